/** The platform's periodic jobs, started with the app (app.ts) in every server process. */
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db';
import { queueEventReminders } from '../../acting/calendar';
import { queueCallReminders } from '../../acting/calls';
import { mailNotifications, processPendingActivity } from '../../notify/notifications';
import { createPeriodicRunner, type PeriodicRunner } from '../../platform/jobs';

/** Reminders look 24 to 26 hours ahead (events) or days ahead (calls): every 10 minutes is plenty. */
const INTERVAL_MS = 10 * 60_000;
/** Activity becomes notifications within seconds: people expect a reply to show up soon. */
const FAST_INTERVAL_MS = 5_000;
/** "Immediately" means within a minute or two; digests are due by the day. */
const MAIL_INTERVAL_MS = 60_000;

export function createPlatformJobs(db: Kysely<DB>, origin: string): PeriodicRunner {
	const slow = createPeriodicRunner(
		[
			{ name: 'event reminders', run: (now) => queueEventReminders(db, now, origin) },
			{ name: 'call reminders', run: (now) => queueCallReminders(db, now, origin) }
		],
		{ intervalMs: INTERVAL_MS, firstRunMs: 60_000 }
	);
	const fast = createPeriodicRunner([{ name: 'notification fan-out', run: () => processPendingActivity(db) }], {
		intervalMs: FAST_INTERVAL_MS,
		firstRunMs: 2_000
	});
	// Notification mail (immediate mail, due digests) every minute; each person is claimed with a row lock.
	const mail = createPeriodicRunner([{ name: 'notification mail', run: (now) => mailNotifications(db, now, origin) }], {
		intervalMs: MAIL_INTERVAL_MS,
		firstRunMs: 30_000
	});
	return combineRunners([slow, fast, mail]);
}

/** Several runners (each with its own interval) started, stopped and run as one. */
function combineRunners(runners: PeriodicRunner[]): PeriodicRunner {
	return {
		start: () => runners.forEach((r) => r.start()),
		stop: async () => {
			await Promise.all(runners.map((r) => r.stop()));
		},
		runOnce: async () => {
			for (const r of runners) await r.runOnce();
		}
	};
}
