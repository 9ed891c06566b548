/**
 * Faults: the server killed with -9 in the middle of a burst of replies, then started again on
 * the same data: every reply that got its success answer is there, once, and the thread's
 * numbering has no hole or half-written post (PGlite and PostgreSQL). And PostgreSQL dropping
 * every connection under load: pages answer 200 or 503, never 500, and recover by themselves.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, demo } from '../e2e/support/env';
import { Client } from './support/client';
import { startServer, type TestServer } from './support/server';

const ADMIN_URL = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
	for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
});

function tempDir(): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hf-faults-'));
	cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
	return dir;
}

/** A throwaway database on the test PostgreSQL, or null when none answers. */
async function throwawayDatabase(): Promise<string | null> {
	const admin = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3000 });
	try {
		await admin.connect();
	} catch {
		return null;
	}
	const name = `hf_faults_${Date.now().toString(36)}`;
	await admin.query(`create database ${name}`);
	await admin.end();
	cleanups.push(async () => {
		const again = new pg.Client({ connectionString: ADMIN_URL });
		await again.connect();
		await again.query(`drop database if exists ${name} with (force)`);
		await again.end();
	});
	const url = new URL(ADMIN_URL);
	url.pathname = `/${name}`;
	return url.toString();
}
const postgresUrl = await throwawayDatabase();

async function signedIn(server: TestServer): Promise<Client> {
	const client = new Client('Ewa', server.base);
	await client.logIn(demo.member, DEMO_PASSWORD);
	return client;
}

/** Starts a thread and answers its path (/en/discussions/<slug>). */
async function newThread(client: Client, title: string): Promise<string> {
	const answer = await client.post('/en/discussions/new', new URLSearchParams({ title, body: 'Opening post of a fault test.' }));
	expect(answer.status, answer.text.slice(0, 300)).toBe(303);
	return new URL(answer.location!, client.base).pathname;
}

/** Every post of the thread as [number, text] pairs, page by page. */
async function readThread(client: Client, threadPath: string): Promise<{ numbers: number[]; text: string }> {
	const numbers: number[] = [];
	let text = '';
	for (let page = 1; page < 100; page++) {
		const answer = await client.get(`${threadPath}?page=${page}`);
		if (answer.status !== 200) break;
		const found = [...answer.text.matchAll(/id="reply-(\d+)"/g)].map((m) => Number(m[1]));
		if (found.length === 0 || (numbers.length && found[0] <= numbers[numbers.length - 1])) break;
		numbers.push(...found);
		text += answer.text;
	}
	return { numbers, text };
}

async function killDuringReplies(options: { dataDir: string; databaseUrl?: string }) {
	let server = await startServer(options);
	cleanups.push(() => server.stop());
	let client = await signedIn(server);
	const threadPath = await newThread(client, `Fault test ${Date.now().toString(36)}`);

	const tokens = Array.from({ length: 120 }, (_, i) => `fault-${Date.now().toString(36)}-${i}`);
	const answers: (number | null)[] = new Array(tokens.length).fill(null);
	let next = 0;
	// eight writers at a time, as people would; the server dies while they are writing
	const writer = async () => {
		while (next < tokens.length) {
			const i = next++;
			answers[i] = await client
				.post(`${threadPath}?/reply`, new URLSearchParams({ body: `Reply ${tokens[i]} end` }))
				.then((a) => a.status)
				.catch(() => null);
		}
	};
	const writers = Array.from({ length: 8 }, writer);
	await new Promise((r) => setTimeout(r, 400));
	await server.crash();
	await Promise.all(writers);

	const succeeded = tokens.filter((_, i) => answers[i] === 303);
	const cut = answers.filter((a) => a === null).length;
	expect(succeeded.length, 'some replies got through before the crash').toBeGreaterThan(0);
	expect(cut, 'the crash cut some replies').toBeGreaterThan(0);
	expect(
		answers.filter((a) => a !== null && a !== 303),
		'no other answer than success or a cut connection'
	).toEqual([]);

	server = await startServer(options);
	cleanups.push(() => server.stop());
	client = await signedIn(server);
	const { numbers, text } = await readThread(client, threadPath);
	const missing = succeeded.filter((token) => !text.includes(`Reply ${token} end`));
	expect(missing, 'replies answered 303 before the crash').toEqual([]);
	const twice = tokens.filter((token) => text.split(`Reply ${token} end`).length > 2);
	expect(twice).toEqual([]);
	// no hole and no half-written post: numbers run 1..n without a gap
	expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1));
	expect(numbers.length).toBeGreaterThanOrEqual(1 + succeeded.length);
	console.log(
		`kill -9 (${options.databaseUrl ? 'PostgreSQL' : 'PGlite'}): ${succeeded.length} replies answered before the crash, ${cut} cut, all ${succeeded.length} there after restart; ${numbers.length} posts numbered without a gap`
	);
	await server.stop();
}

describe('faults', () => {
	it('PGlite: kill -9 during a burst of replies loses nothing that was answered', async () => {
		await killDuringReplies({ dataDir: tempDir() });
	}, 300_000);

	it.skipIf(!postgresUrl)(
		'PostgreSQL: kill -9 during a burst of replies loses nothing that was answered',
		async () => {
			await killDuringReplies({ dataDir: tempDir(), databaseUrl: postgresUrl! });
		},
		300_000
	);

	it.skipIf(!postgresUrl)(
		'PostgreSQL dropping every connection under load: 200 or 503, never 500, and back without a restart',
		async () => {
			const server = await startServer({ dataDir: tempDir(), databaseUrl: postgresUrl! });
			cleanups.push(() => server.stop());
			const database = new URL(postgresUrl!).pathname.slice(1);
			const admin = new pg.Client({ connectionString: ADMIN_URL });
			await admin.connect();
			const statuses = new Map<number, number>();
			let stop = false;
			const reader = async () => {
				while (!stop) {
					const status = await fetch(`${server.base}/en/practices`).then(
						(r) => (r.body?.cancel(), r.status),
						() => 0
					);
					statuses.set(status, (statuses.get(status) ?? 0) + 1);
				}
			};
			const readers = Array.from({ length: 6 }, reader);
			// the database goes away again and again for two seconds (as in a restart or failover)
			for (let round = 0; round < 10; round++) {
				await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [
					database
				]);
				await new Promise((r) => setTimeout(r, 200));
			}
			stop = true;
			await Promise.all(readers);
			await admin.end();
			console.log(`connections dropped 10 times under load: ${JSON.stringify(Object.fromEntries(statuses))}`);
			expect(
				[...statuses.keys()].filter((s) => s !== 200 && s !== 503),
				server.log().slice(-2000)
			).toEqual([]);
			expect(statuses.get(200) ?? 0).toBeGreaterThan(0);
			// and after: every request answers as if nothing happened
			for (let i = 0; i < 5; i++) expect((await fetch(`${server.base}/en/practices`)).status).toBe(200);
			await server.stop();
		},
		300_000
	);
});
