/**
 * Notification mail through a real SMTP server: the digest a follower receives after 25 replies
 * in 3 threads (counts, grouping, links, what was read skipped, List-Unsubscribe headers), the
 * one-click unsubscribe through the route without a session, and the rules around it
 * (immediately, never, overrides, no empty digest, secret groups).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { useTestDatabase, TEST_ORIGIN } from '../../platform/db/testing/test-db';
import { actorOf, makeMember, makePerson } from '../../platform/db/testing/factories';
import { insertFollow } from '../follows';
import { createMailWorker } from '../../platform/mail';
import { createThread, replyToThread } from '../../together/discussions';
import { recordActivity } from './activity.sql';
import { processPendingActivity } from './fanout';
import { mailNotifications, digestDue } from './mailing';
import { makeGroup, makePost, makeThread } from './notifications.testing';
// a plain JS helper of the browser tests, typed by JSDoc
import { parseMessage } from '../../../../../tests/e2e/support/smtp-capture.js';
import { actions, load } from '../../../../routes/unsubscribe/[token]/+page.server';

const t = useTestDatabase();
const DAY = 86_400_000;

interface Received {
	to: string[];
	subject: string;
	text: string;
	headers: Record<string, string>;
}

/** A real SMTP server on a free port that keeps what it receives in memory. */
async function startSmtp() {
	const received: Received[] = [];
	const server = new SMTPServer({
		disabledCommands: ['STARTTLS', 'AUTH'],
		disableReverseLookup: true,
		authOptional: true,
		logger: false,
		onData(stream, session, callback) {
			const chunks: Buffer[] = [];
			stream.on('data', (chunk: Buffer) => chunks.push(chunk));
			stream.on('end', () => {
				const parsed = parseMessage(Buffer.concat(chunks).toString('utf8')) as {
					headers: Record<string, string>;
					subject: string;
					text: string;
				};
				received.push({
					to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
					subject: parsed.subject,
					text: parsed.text,
					headers: parsed.headers
				});
				callback();
			});
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
	const port = (server.server.address() as AddressInfo).port;
	return { received, url: `smtp://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

let smtp: Awaited<ReturnType<typeof startSmtp>>;
beforeAll(async () => {
	smtp = await startSmtp();
});
afterAll(async () => {
	await smtp?.close();
});

/** Sends what is in the outbox through the real mail worker to the test SMTP server. */
async function deliver() {
	const worker = createMailWorker(t.db, { smtpUrl: smtp.url, from: 'Headframe <no-reply@headframe.test>', log: () => {} });
	await worker.flush();
	await worker.stop();
}

const mailTo = (email: string) => smtp.received.filter((r) => r.to.includes(email.toLowerCase()));
const outboxTo = (email: string) => t.db.selectFrom('outbox').selectAll().where('to_address', '=', email).execute();

/** A second ahead: an event written this very millisecond is due too (the database clock has microseconds). */
async function fanOut(now = new Date(Date.now() + 1000)) {
	while ((await processPendingActivity(t.db, now)) > 0) {
		/* until every event is processed */
	}
}

const member = async (locale = 'en') => (await makeMember(t.db, { locale })).person;

// The route handlers without any session: what a mail client or a signed-out person reaches.
type LoadEvent = Parameters<typeof load>[0];
type ActionEvent = Parameters<(typeof actions)['default']>[0];
const routeEvent = (token: string, request?: Request) =>
	({ params: { token }, locals: { actor: null, locale: 'pl', deps: t.deps }, request, setHeaders: () => {} }) as unknown as LoadEvent &
		ActionEvent;

async function status(work: () => unknown) {
	try {
		await work();
		return 200;
	} catch (failure) {
		return (failure as { status?: number }).status;
	}
}

describe('digests through a real SMTP server', () => {
	it('sends a follower one weekly digest of 25 replies in 3 threads, grouped, read ones left out; one click unsubscribes without signing in', async () => {
		const [starter, replierA, replierB] = [await member(), await member(), await member()];
		const follower = await member('en');
		const threads: Awaited<ReturnType<typeof createThread>>[] = [];
		for (const title of ['Mine water heat', 'Spoil heaps as parks', 'Tram lines to old shafts']) {
			threads.push(await createThread(actorOf(starter, true), { groupId: null, values: { title, body: `About ${title}` } }, t.deps));
		}
		// the follower follows the three threads once they are started
		await fanOut();
		for (const ref of threads) await insertFollow(t.db, follower.id, { type: 'thread', id: ref.threadId });

		// 25 replies by two others: 10, 8 and 7
		const perThread = [10, 8, 7];
		for (const [i, count] of perThread.entries()) {
			for (let n = 0; n < count; n++) {
				const actor = actorOf(n % 2 ? replierA : replierB, true);
				await replyToThread(actor, { threadId: threads[i].threadId, values: { body: `Reply ${n + 1} in thread ${i + 1}` } }, t.deps);
			}
		}
		await fanOut();
		const notifications = await t.db.selectFrom('notifications').selectAll().where('person_id', '=', follower.id).orderBy('id').execute();
		expect(notifications).toHaveLength(25);

		// four replies of the third thread were read on the site
		const third = notifications.filter((n) => n.context_id === threads[2].threadId).slice(0, 4);
		await t.db
			.updateTable('notifications')
			.set({ read_at: new Date() })
			.where(
				'id',
				'in',
				third.map((n) => n.id)
			)
			.execute();

		// weekly is the default: nothing goes before the week is over
		expect((await mailNotifications(t.db, new Date(), TEST_ORIGIN)).digests).toBe(0);
		expect(await outboxTo(follower.email)).toHaveLength(0);

		const weekLater = new Date(Date.now() + 7 * DAY + 60_000);
		const run = await mailNotifications(t.db, weekLater, TEST_ORIGIN);
		expect(run.digests).toBeGreaterThanOrEqual(1);
		await deliver();

		const mails = mailTo(follower.email);
		expect(mails).toHaveLength(1);
		const [digest] = mails;
		expect(digest.subject).toBe('Headframe: your weekly summary (21 new)');
		// grouped by thread, in the order things happened, with counts and absolute links
		const blocks = digest.text.split('\n\n').filter((b) => b.startsWith('Discussion'));
		expect(blocks).toHaveLength(3);
		for (const [i, expected] of [10, 8, 3].entries()) {
			expect(blocks[i]).toContain(`Discussion “${['Mine water heat', 'Spoil heaps as parks', 'Tram lines to old shafts'][i]}”`);
			expect(blocks[i]).toContain(`New replies: ${expected}`);
			expect(blocks[i]).toContain(`${TEST_ORIGIN}/en/discussions/${threads[i].slug}`);
		}
		expect(digest.text.match(/New replies:/g)).toHaveLength(3);
		expect(digest.text).toContain(`${TEST_ORIGIN}/en/account/notifications`);

		// one-click unsubscribe: the same link in the text and the headers
		const settings = await t.db
			.selectFrom('notification_settings')
			.selectAll()
			.where('person_id', '=', follower.id)
			.executeTakeFirstOrThrow();
		const unsubscribe = `${TEST_ORIGIN}/unsubscribe/${/\/unsubscribe\/([A-Za-z0-9_-]+)/.exec(digest.text)?.[1]}`;
		expect(digest.text).toContain(unsubscribe);
		expect(digest.headers['list-unsubscribe']).toBe(`<${unsubscribe}>`);
		expect(digest.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
		expect(settings.last_digest_at?.getTime()).toBe(weekLater.getTime());

		// everything is marked mailed: a second run sends nothing
		expect(
			await t.db.selectFrom('notifications').select('id').where('person_id', '=', follower.id).where('mailed_at', 'is', null).execute()
		).toHaveLength(0);
		await mailNotifications(t.db, new Date(weekLater.getTime() + 60_000), TEST_ORIGIN);
		expect(await outboxTo(follower.email)).toHaveLength(1);

		// the link from the mail, opened and posted without any session, as a mail client does
		const token = new URL(unsubscribe).pathname.split('/').pop()!;
		const shown = (await load(routeEvent(token))) as { email: string; locale: string; frequency: string };
		expect(shown).toMatchObject({ email: follower.email, locale: 'en', frequency: 'weekly' });
		const oneClick = new Request(unsubscribe, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: 'List-Unsubscribe=One-Click'
		});
		expect(await actions.default(routeEvent(token, oneClick))).toEqual({ done: true });
		const after = await t.db
			.selectFrom('notification_settings')
			.select('email_frequency')
			.where('person_id', '=', follower.id)
			.executeTakeFirstOrThrow();
		expect(after.email_frequency).toBe('never');
		expect(await status(() => load(routeEvent('no-such-token-at-all-here')))).toBe(404);
		expect(await status(() => actions.default(routeEvent('no-such-token-at-all-here')))).toBe(404);

		// later replies reach the site's list but no mail, daily or weekly
		await replyToThread(actorOf(replierA, true), { threadId: threads[0].threadId, values: { body: 'One more' } }, t.deps);
		await fanOut();
		await mailNotifications(t.db, new Date(Date.now() + 30 * DAY), TEST_ORIGIN);
		await deliver();
		expect(await outboxTo(follower.email)).toHaveLength(1);
		expect(mailTo(follower.email)).toHaveLength(1);
		const unmailed = await t.db
			.selectFrom('notifications')
			.select('id')
			.where('person_id', '=', follower.id)
			.where('mailed_at', 'is', null)
			.execute();
		expect(unmailed).toHaveLength(0);
	});

	it('sends nothing when everything waiting was read on the site: never an empty digest', async () => {
		const [author, follower] = [await member(), await member()];
		const thread = await makeThread(t.db, author.id);
		await insertFollow(t.db, follower.id, { type: 'thread', id: thread.id });
		for (let i = 0; i < 3; i++) await reply(thread.id, author.id);
		await fanOut();
		await t.db.updateTable('notifications').set({ read_at: new Date() }).where('person_id', '=', follower.id).execute();
		const result = await mailNotifications(t.db, new Date(Date.now() + 8 * DAY), TEST_ORIGIN);
		expect(result.skipped).toBeGreaterThanOrEqual(3);
		expect(await outboxTo(follower.email)).toHaveLength(0);
	});
});

/** A reply recorded as the discussions service does, for tests that need odd events. */
async function reply(threadId: number, authorId: number, extra: { mentioned?: number[]; related?: { type: 'group'; id: number }[] } = {}) {
	const post = await makePost(t.db, threadId, authorId);
	await recordActivity(t.db, {
		kind: 'reply_posted',
		actorId: authorId,
		subjectType: 'post',
		subjectId: post.id,
		contextType: 'thread',
		contextId: threadId,
		mentioned: extra.mentioned,
		related: extra.related,
		payload: { number: post.number }
	});
}

async function setFrequency(personId: number, frequency: 'immediately' | 'daily' | 'weekly' | 'never') {
	await t.db
		.insertInto('notification_settings')
		.values({
			person_id: personId,
			email_frequency: frequency
		})
		.onConflict((oc) => oc.column('person_id').doUpdateSet({ email_frequency: frequency }))
		.execute();
}

describe('frequencies and overrides', () => {
	it('mails "immediately" people at once, one mail per context with the count, in their language', async () => {
		const [author, follower] = [await member(), await member('pl')];
		await setFrequency(follower.id, 'immediately');
		const [one, two] = [await makeThread(t.db, author.id, { title: 'Hałdy' }), await makeThread(t.db, author.id, { title: 'Szyby' })];
		for (const thread of [one, two]) await insertFollow(t.db, follower.id, { type: 'thread', id: thread.id });
		for (let i = 0; i < 3; i++) await reply(one.id, author.id);
		await reply(two.id, author.id, { mentioned: [follower.id] });
		await fanOut();
		const result = await mailNotifications(t.db, new Date(), TEST_ORIGIN);
		expect(result.mails).toBeGreaterThanOrEqual(2);
		const mails = await outboxTo(follower.email);
		// thread titles (written by others) are in the body, never in the subject
		expect(mails.map((m) => m.subject).sort()).toEqual(['Nowości w tym, co obserwujesz (1)', 'Nowości w tym, co obserwujesz (3)']);
		const second = mails.find((m) => m.text_body.includes('Szyby'))!;
		expect(second.text_body).toContain('Nowe odpowiedzi: 1');
		expect(second.text_body).toContain('Wzmianki o Tobie: 1');
		expect(second.text_body).toContain(`${TEST_ORIGIN}/pl/discussions/${two.slug}`);
		expect(second.headers).toMatchObject({ 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' });
		expect(await mailNotifications(t.db, new Date(), TEST_ORIGIN)).toMatchObject({ mails: 0 });
	});

	it('honours per-thread and per-group overrides over the person setting; never marks without mail', async () => {
		const [author, follower] = [await member(), await member()];
		await setFrequency(follower.id, 'never');
		const group = await makeGroup(t.db, 'open');
		const groupThread = await makeThread(t.db, author.id, { groupId: group.id, title: 'In the group' });
		const loud = await makeThread(t.db, author.id, { title: 'Loud' });
		const muted = await makeThread(t.db, author.id, { title: 'Muted' });
		for (const thread of [groupThread, loud, muted]) await insertFollow(t.db, follower.id, { type: 'thread', id: thread.id });
		await t.db
			.insertInto('notification_overrides')
			.values([
				{ person_id: follower.id, context_type: 'group', context_id: group.id, email_frequency: 'daily' },
				{ person_id: follower.id, context_type: 'thread', context_id: loud.id, email_frequency: 'immediately' },
				{ person_id: follower.id, context_type: 'thread', context_id: muted.id, email_frequency: 'weekly' }
			])
			.execute();
		for (const thread of [groupThread, loud, muted]) await reply(thread.id, author.id);
		await fanOut();

		await mailNotifications(t.db, new Date(), TEST_ORIGIN);
		const loudMails = await outboxTo(follower.email);
		expect(loudMails.map((m) => m.subject)).toEqual(['New in what you follow (1)']);
		expect(loudMails[0].text_body).toContain('“Loud”');

		// a day later the group thread's daily digest goes; the weekly one waits
		await mailNotifications(t.db, new Date(Date.now() + DAY + 60_000), TEST_ORIGIN);
		const daily = (await outboxTo(follower.email)).filter((m) => m.subject.includes('daily'));
		expect(daily).toHaveLength(1);
		expect(daily[0].text_body).toContain('“In the group”');
		expect(daily[0].text_body).not.toContain('Muted');

		// a week later the weekly one
		await mailNotifications(t.db, new Date(Date.now() + 7 * DAY + 120_000), TEST_ORIGIN);
		const weekly = (await outboxTo(follower.email)).filter((m) => m.subject.includes('weekly'));
		expect(weekly).toHaveLength(1);
		expect(weekly[0].text_body).toContain('“Muted”');
	});

	it('starts the digest clock with the first waiting notification, at most one digest a day', () => {
		const now = new Date('2026-03-10T12:00:00Z');
		const ago = (ms: number) => new Date(now.getTime() - ms);
		expect(digestDue(now, null, null, ago(6 * DAY))).toEqual({ daily: false, weekly: false });
		expect(digestDue(now, null, null, ago(7 * DAY))).toEqual({ daily: false, weekly: true });
		expect(digestDue(now, null, ago(DAY), null)).toEqual({ daily: true, weekly: false });
		expect(digestDue(now, null, ago(60_000), ago(8 * DAY))).toEqual({ daily: true, weekly: true });
		expect(digestDue(now, ago(DAY / 2), ago(3 * DAY), ago(8 * DAY))).toEqual({ daily: false, weekly: false });
	});

	it('leaves out people whose address is not verified', async () => {
		const author = await member();
		const unverified = await makePerson(t.db, { verified: false, member: true });
		await setFrequency(unverified.id, 'immediately');
		const thread = await makeThread(t.db, author.id);
		await insertFollow(t.db, unverified.id, { type: 'thread', id: thread.id });
		await reply(thread.id, author.id);
		await fanOut();
		await mailNotifications(t.db, new Date(), TEST_ORIGIN);
		expect(await outboxTo(unverified.email)).toHaveLength(0);
	});
});

describe('secret groups in mail', () => {
	it('never mails a secret group thread to a non-member, mentioned or once a member', async () => {
		const [insider, leaver, outsider] = [await member(), await member(), await member()];
		for (const person of [insider, leaver, outsider]) await setFrequency(person.id, 'daily');
		const group = await makeGroup(t.db, 'secret', [{ id: insider.id }, { id: leaver.id }]);
		const thread = await makeThread(t.db, insider.id, { groupId: group.id, title: 'Secret plans' });
		await insertFollow(t.db, leaver.id, { type: 'thread', id: thread.id });
		await insertFollow(t.db, outsider.id, { type: 'thread', id: thread.id });
		// a mention of the outsider (as if a service let it through) and a reply the leaver is told of
		await reply(thread.id, insider.id, { mentioned: [outsider.id], related: [{ type: 'group', id: group.id }] });
		await fanOut();
		expect(await t.db.selectFrom('notifications').select('id').where('person_id', '=', outsider.id).execute()).toHaveLength(0);
		expect(await t.db.selectFrom('notifications').select('id').where('person_id', '=', leaver.id).execute()).toHaveLength(1);

		// the leaver leaves before the digest is due: the digest must not name the thread
		await t.db.deleteFrom('group_members').where('group_id', '=', group.id).where('person_id', '=', leaver.id).execute();
		await mailNotifications(t.db, new Date(Date.now() + 2 * DAY), TEST_ORIGIN);
		await deliver();
		for (const person of [leaver, outsider]) {
			expect(await outboxTo(person.email)).toHaveLength(0);
			expect(mailTo(person.email)).toHaveLength(0);
		}
		expect(smtp.received.some((r) => r.text.includes('Secret plans') && !r.to.includes(insider.email.toLowerCase()))).toBe(false);
	});
});
