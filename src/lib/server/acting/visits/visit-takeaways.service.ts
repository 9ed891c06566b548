import type { Locale } from '$lib/paraglide/runtime';
import { AppError, conflict, invalid, validate, type Deps } from '../../platform/core';
import { authorize, type MaybeActor } from '../../platform/auth';
import { createTransfer } from '../../knowledge/transfers';
import { visitPolicy } from './visits.policy';
import * as q from './visits.queries';
import { takeawaySchema } from './visits.schemas';
import { requireVisit } from './visits.service';
import { approvedOrganisationsOf } from '../../shared';

/**
 * After the visit has started, an accepted participant says what they take home: a short note
 * and, optionally, which of the visit's practices they want to bring to their city. Filing again
 * rewrites the note; a transfer already started stays linked while the practice is the same.
 */
export async function fileTakeaway(actor: MaybeActor, input: { slug: string; values: unknown }, deps: Deps): Promise<void> {
	const visit = await requireVisit(actor, input.slug, deps);
	authorize(actor, visitPolicy, 'signedIn');
	const { db } = deps;
	const application = await q.findApplication(db, visit.id, actor.id);
	authorize(actor, visitPolicy, 'fileTakeaway', { visit, applicationStatus: application?.status ?? null, now: new Date() });
	const data = validate(takeawaySchema, input.values);
	if (data.practiceId !== null) {
		const linked = await q.listVisitPractices(db, actor, visit.id, actor.locale);
		if (!linked.some((p) => p.id === data.practiceId)) throw invalid({ practiceId: { key: 'error_invalid_choice' } });
	}
	await q.upsertTakeaway(db, {
		eventId: visit.id,
		personId: actor.id,
		note: data.note.replace(/\r\n/g, '\n'),
		practiceId: data.practiceId
	});
}

/**
 * "Start a transfer" from a takeaway: the participant's organisation (the one they applied
 * for, else their first) records that its city adopts the practice, through the transfers
 * service (which tells the practice's author). When that city already adopts it, the takeaway
 * is linked to the existing transfer instead. Returns where the transfer lives.
 */
export async function startTransferFromTakeaway(
	actor: MaybeActor,
	input: { slug: string; locale: Locale },
	deps: Deps
): Promise<{ practiceSlug: string; transferId: number; created: boolean }> {
	const visit = await requireVisit(actor, input.slug, deps);
	authorize(actor, visitPolicy, 'signedIn');
	const { db } = deps;
	const application = await q.findApplication(db, visit.id, actor.id);
	authorize(actor, visitPolicy, 'fileTakeaway', { visit, applicationStatus: application?.status ?? null, now: new Date() });
	const takeaway = await q.findTakeaway(db, visit.id, actor.id);
	if (!takeaway || takeaway.practice_id === null || takeaway.practice_slug === null) throw conflict('visits_error_takeaway_no_practice');
	if (takeaway.transfer_id !== null) return { practiceSlug: takeaway.practice_slug, transferId: takeaway.transfer_id, created: false };
	const organisations = await approvedOrganisationsOf(db, actor.id);
	const organisation = organisations.find((o) => o.id === application?.organisation_id) ?? organisations[0];
	if (!organisation) throw conflict('visits_error_transfer_no_organisation');

	let transferId: number | null = null;
	let created = false;
	try {
		transferId = (
			await createTransfer(
				actor,
				{ slug: takeaway.practice_slug, values: { organisation_id: organisation.id }, locale: input.locale },
				deps
			)
		).id;
		created = true;
	} catch (error) {
		if (!(error instanceof AppError)) throw error;
		if (error.code === 'conflict') transferId = await q.findTransferId(db, takeaway.practice_id, organisation.city_id);
		else if (error.code === 'validation_failed' && error.fieldErrors.city_id?.key === 'transfer_error_same_city')
			throw conflict('visits_error_transfer_same_city');
		else throw error;
	}
	if (transferId === null) throw conflict('visits_error_transfer_failed');
	await q.setTakeawayTransfer(db, takeaway.id, transferId);
	return { practiceSlug: takeaway.practice_slug, transferId, created };
}
