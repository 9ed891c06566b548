/**
 * For domains that host events of their own (study visits, consultations): they create the
 * event and keep its registrations inside their own transaction, by the events' rules (a free
 * slug, the event row locked before registrations change, one registration per person).
 */
import type { Transaction } from 'kysely';
import type { DB } from '../../platform/db';
import {
	findRegistration,
	insertEvent,
	insertRegistration,
	lockEvent,
	markCancelled,
	renewRegistration,
	slugTaken,
	type EventRow
} from './events.queries';

/** Inserts the event under the first free slug of the candidates; returns its id and slug. */
export async function insertHostedEvent(trx: Transaction<DB>, row: Omit<EventRow, 'slug'>, slugs: Iterable<string>) {
	for (const slug of slugs) {
		if (!(await slugTaken(trx, slug))) return insertEvent(trx, { ...row, slug });
	}
	throw new Error('No free slug for the event');
}

/** Locks the event row until the transaction ends (see lockEvent); undefined when it is gone. */
export const lockHostedEvent = (trx: Transaction<DB>, eventId: number) => lockEvent(trx, eventId);

/** Registers the person (again, if they had cancelled); the caller holds the event lock. */
export async function registerForHostedEvent(trx: Transaction<DB>, eventId: number, personId: number): Promise<void> {
	const registration = await findRegistration(trx, eventId, personId);
	if (!registration) await insertRegistration(trx, { eventId, personId, status: 'registered', answers: {} });
	else if (registration.status !== 'registered') await renewRegistration(trx, registration.id, 'registered', {});
}

/** Cancels the person's registration, if any; the caller holds the event lock. */
export async function cancelHostedRegistration(trx: Transaction<DB>, eventId: number, personId: number): Promise<void> {
	const registration = await findRegistration(trx, eventId, personId);
	if (registration && registration.status !== 'cancelled') await markCancelled(trx, registration.id);
}
