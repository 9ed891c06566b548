/**
 * One "server process" for the exactly-once mail test (src/lib/server/notify/notifications/
 * mailing.processes.test.ts): its own PostgreSQL pool, the notification mail job and the
 * outbox worker, run in a loop as app.ts runs them, until RUN_MS have passed. Prints what it
 * did as one JSON line. Not part of the app.
 *
 * Env: DATABASE_URL, SMTP_URL, ORIGIN, START_AT (epoch ms: both processes start together),
 * RUN_MS.
 */
import { openDatabase } from '../../src/lib/server/platform/db/database';
import { createMailWorker } from '../../src/lib/server/platform/mail/mail-worker';
import { mailNotifications } from '../../src/lib/server/notify/notifications/mailing';

const { DATABASE_URL, SMTP_URL, ORIGIN = 'http://localhost:3999' } = process.env;
const startAt = Number(process.env.START_AT ?? Date.now());
const runMs = Number(process.env.RUN_MS ?? 4000);
if (!DATABASE_URL || !SMTP_URL) throw new Error('DATABASE_URL and SMTP_URL are required');

const database = await openDatabase({ databaseUrl: DATABASE_URL, poolSize: 4 });
const worker = createMailWorker(database.db, {
	smtpUrl: SMTP_URL,
	from: 'Headframe <no-reply@headframe.test>',
	log: (line) => console.error(line)
});
await new Promise((resolve) => setTimeout(resolve, Math.max(0, startAt - Date.now())));

const stats = { pid: process.pid, mailRuns: 0, queued: 0, sent: 0 };
const until = Date.now() + runMs;
// The job and the worker run side by side, as in a server process.
await Promise.all([
	(async () => {
		while (Date.now() < until) {
			const result = await mailNotifications(database.db, new Date(), ORIGIN);
			stats.mailRuns++;
			stats.queued += result.mails;
			await new Promise((resolve) => setTimeout(resolve, 10));
		}
	})(),
	(async () => {
		while (Date.now() < until) {
			stats.sent += await worker.flush();
			await new Promise((resolve) => setTimeout(resolve, 10));
		}
	})()
]);
stats.sent += await worker.flush();
await worker.stop();
await database.close();
console.log(JSON.stringify(stats));
