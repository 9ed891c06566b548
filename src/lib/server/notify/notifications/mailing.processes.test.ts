/**
 * "Two server processes on one PostgreSQL send each mail exactly once."
 *
 * On PostgreSQL (npm run test:pg): two real child processes (node + tsx, running
 * scripts/test-support/mail-process.ts), each with its own connection pool, run the
 * notification mail job and the outbox worker at the same moment for a few seconds against one
 * database holding 200 outbox mails and 200 notifications of 50 people (4 threads each, mail
 * 'immediately'). A real SMTP server in this test counts what arrives: each message exactly once.
 *
 * On PGlite (one connection, one process) that test is skipped; the other test runs two jobs and
 * two workers at once in this process everywhere.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import type { Kysely } from 'kysely';
import { openDatabase, type Database, type DB } from '../../platform/db';
import { withDatabase } from '../../platform/db/testing/global-setup';
import { useTestDatabase, TEST_ORIGIN } from '../../platform/db/testing/test-db';
import { makePerson } from '../../platform/db/testing/factories';
import { createMailWorker } from '../../platform/mail';
import { recordActivity } from './activity.sql';
import { processPendingActivity } from './fanout';
import { mailNotifications } from './mailing';
import { makePost, makeThread } from './notifications.testing';

const t = useTestDatabase();
const root = path.resolve(__dirname, '../../../../..');
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

/** A real SMTP server counting messages by recipient and what they are about (each is unique here). */
async function startSmtp() {
	const received: string[] = [];
	const server = new SMTPServer({
		disabledCommands: ['STARTTLS', 'AUTH'],
		disableReverseLookup: true,
		authOptional: true,
		logger: false,
		onData(stream, session, callback) {
			const chunks: Buffer[] = [];
			stream.on('data', (chunk: Buffer) => chunks.push(chunk));
			stream.on('end', () => {
				const raw = Buffer.concat(chunks).toString('utf8');
				// notification mail is told apart by its thread, named in the body (never in the subject)
				const thread = /Thread \d+/.exec(raw.replace(/=\r?\n/g, ''))?.[0];
				const key = /^X-Test-Key: (.+)$/im.exec(raw)?.[1]?.trim() ?? thread ?? /^Subject: (.+)$/im.exec(raw)?.[1]?.trim();
				received.push(`${session.envelope.rcptTo.map((r) => r.address).join(',')}|${key}`);
				// a little time per message widens the window in which two senders could collide
				setTimeout(() => callback(), 2);
			});
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
	const port = (server.server.address() as AddressInfo).port;
	return { received, url: `smtp://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** `n` people following 4 threads each, one reply per thread (4n notifications), and 4n outbox mails. */
async function seed(db: Kysely<DB>, n: number) {
	const author = await makePerson(db, { member: true });
	const people = await Promise.all(Array.from({ length: n }, () => makePerson(db, { member: true })));
	await db
		.insertInto('notification_settings')
		.values(
			people.map((person) => ({
				person_id: person.id,
				email_frequency: 'immediately' as const
			}))
		)
		.execute();
	for (let i = 0; i < 4; i++) {
		const thread = await makeThread(db, author.id, { title: `Thread ${i}` });
		await db
			.insertInto('follows')
			.values(people.map((person) => ({ person_id: person.id, target_type: 'thread' as const, target_id: thread.id })))
			.execute();
		const post = await makePost(db, thread.id, author.id);
		await recordActivity(db, {
			kind: 'reply_posted',
			actorId: author.id,
			subjectType: 'post',
			subjectId: post.id,
			contextType: 'thread',
			contextId: thread.id
		});
	}
	while ((await processPendingActivity(db, new Date(Date.now() + 1000))) > 0) {
		/* fan out everything */
	}
	await db
		.insertInto('outbox')
		.values(
			Array.from({ length: 4 * n }, (_, i) => ({
				to_address: `outbox-${i}@example.org`,
				subject: `Outbox mail ${i}`,
				text_body: 'Hello',
				headers: { 'X-Test-Key': `outbox-${i}` }
			}))
		)
		.execute();
	return people;
}

async function expectEachOnce(db: Kysely<DB>, received: string[], people: { email: string }[]) {
	const n = people.length;
	const counts = new Map<string, number>();
	for (const key of received) counts.set(key, (counts.get(key) ?? 0) + 1);
	const twice = [...counts].filter(([, n]) => n > 1);
	expect(twice).toEqual([]);
	// the seeded mails + one mail per person and thread
	expect(received).toHaveLength(8 * n);
	for (const person of people) expect(received.filter((r) => r.startsWith(`${person.email}|`))).toHaveLength(4);
	const outbox = await db.selectFrom('outbox').select(['status']).execute();
	expect(outbox.filter((m) => m.status !== 'sent')).toEqual([]);
	expect(await db.selectFrom('notifications').select('id').where('mailed_at', 'is', null).execute()).toEqual([]);
}

let smtp: Awaited<ReturnType<typeof startSmtp>>;
beforeAll(async () => {
	smtp = await startSmtp();
});
afterAll(async () => {
	await smtp?.close();
});

describe('exactly once with several senders', () => {
	it('two mail jobs and two outbox workers running at once send each mail once (in this process)', { timeout: 120_000 }, async () => {
		smtp.received.length = 0;
		// small here: PGlite runs it all on one connection anyway
		const people = await seed(t.db, 10);
		const workers = [1, 2].map(() =>
			createMailWorker(t.db, { smtpUrl: smtp.url, from: 'Headframe <no-reply@headframe.test>', log: () => {} })
		);
		const now = new Date();
		const [a, b] = await Promise.all([mailNotifications(t.db, now, TEST_ORIGIN), mailNotifications(t.db, now, TEST_ORIGIN)]);
		expect(a.mails + b.mails).toBe(40);
		await Promise.all(workers.map((w) => w.flush()));
		await Promise.all(workers.map((w) => w.stop()));
		await expectEachOnce(t.db, smtp.received, people);
	});

	// PGlite is one connection in one process: two processes on one database need PostgreSQL.
	it.skipIf(!onPostgres)('two server processes on one PostgreSQL send each mail exactly once', { timeout: 120_000 }, async () => {
		smtp.received.length = 0;
		// A database of its own, so the child processes can connect to it by URL.
		const url = process.env.TEST_DATABASE_URL!;
		const name = `hf_test_mail_${randomBytes(5).toString('hex')}`;
		const admin = new pg.Client({ connectionString: url });
		await admin.connect();
		let database: Database | undefined;
		try {
			await admin.query(`create database ${name} template ${inject('pgTemplate')}`);
			const databaseUrl = withDatabase(url, name);
			database = await openDatabase({ databaseUrl, poolSize: 4 });
			const people = await seed(database.db, 50);

			const startAt = Date.now() + 3000; // both are loaded and connected by then
			const run = () =>
				new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
					const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/test-support/mail-process.ts'], {
						cwd: root,
						env: {
							...process.env,
							DATABASE_URL: databaseUrl,
							SMTP_URL: smtp.url,
							ORIGIN: TEST_ORIGIN,
							START_AT: String(startAt),
							RUN_MS: '3000'
						},
						stdio: ['ignore', 'pipe', 'pipe']
					});
					let out = '';
					let err = '';
					child.stdout.on('data', (d) => (out += d));
					child.stderr.on('data', (d) => (err += d));
					child.on('close', (code) => resolve({ code, out, err }));
				});
			const results = await Promise.all([run(), run()]);
			for (const r of results) expect(r.code, r.err).toBe(0);
			const stats = results.map((r) => JSON.parse(r.out.trim().split('\n').pop()!) as { pid: number; queued: number; sent: number });
			// both took part, and together they did each thing once
			expect(new Set(stats.map((s) => s.pid)).size).toBe(2);
			expect(stats[0].queued + stats[1].queued).toBe(200);
			expect(stats[0].sent + stats[1].sent).toBe(400);
			expect(stats.every((s) => s.sent > 0)).toBe(true);
			await expectEachOnce(database.db, smtp.received, people);
		} finally {
			await database?.close();
			await admin.query(`drop database if exists ${name} with (force)`);
			await admin.end();
		}
	});
});
