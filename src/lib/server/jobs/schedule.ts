/** The platform's periodic jobs, started with the app (app.ts) in every server process. */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { queueEventReminders } from '../calendar/reminders';
import { queueCallReminders } from '../calls/call-reminders';
import { createPeriodicRunner, type PeriodicRunner } from './periodic';

/** Reminders look 24 to 26 hours ahead (events) or days ahead (calls): every 10 minutes is plenty. */
const INTERVAL_MS = 10 * 60_000;

export function createPlatformJobs(db: Kysely<DB>, origin: string): PeriodicRunner {
	return createPeriodicRunner(
		[
			{ name: 'event reminders', run: (now) => queueEventReminders(db, now, origin) },
			{ name: 'call reminders', run: (now) => queueCallReminders(db, now, origin) }
		],
		{ intervalMs: INTERVAL_MS, firstRunMs: 60_000 }
	);
}
