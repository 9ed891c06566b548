/** A consultation for an actor: members only, their part in it (asker, helper, picked expert), the row lock for changes. */
import { conflict, notFound } from '../../platform/core';
import { authorize, type Actor, type MaybeActor } from '../../platform/auth';
import { consultationPolicy, type ConsultationRole } from './consultations.policy';
import * as q from './consultations.queries';
import * as expertQueries from './consultation-experts.queries';

/** The actor, if they may use consultations at all (members); everyone else is refused. */
export function member(actor: MaybeActor): Actor {
	authorize(actor, consultationPolicy, 'use');
	return actor;
}

export type Offers = Awaited<ReturnType<typeof expertQueries.listOffers>>;

/** The actor's part in a consultation, for the policy. */
export function roleOf(
	actor: MaybeActor,
	consultation: { status: ConsultationRole['status']; asker_id: number },
	offers: Offers
): ConsultationRole {
	const own = actor ? offers.find((o) => o.person_id === actor.id) : undefined;
	return {
		status: consultation.status,
		isAsker: actor?.id === consultation.asker_id,
		hasOffered: own !== undefined,
		isPicked: own?.picked === true
	};
}

/** Takes the row lock and works out the actor's part; missing and hidden are the same 404. */
export async function locked(trx: Parameters<typeof q.lockConsultation>[0], actor: Actor, slug: string) {
	const consultation = await q.lockConsultation(trx, slug);
	if (!consultation) throw notFound();
	const offers = await expertQueries.listOffers(trx, actor, consultation.id);
	const role = roleOf(actor, consultation, offers);
	authorize(actor, consultationPolicy, 'view', role);
	return { consultation, offers, role };
}

export const requireOpen = (role: ConsultationRole) => {
	if (role.status !== 'open') throw conflict('consultations_error_not_open');
};
