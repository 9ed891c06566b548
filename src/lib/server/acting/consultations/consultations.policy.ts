import { definePolicy, isCoordinator, isMember, rule, signedIn, type Actor, type MaybeActor } from '../../platform/auth';
import { conflict, forbidden, unauthenticated } from '../../platform/core';
import type { ConsultationStatus } from '../../platform/db';

/** What a rule needs to know about one consultation and the reader's part in it. */
export interface ConsultationRole {
	status: ConsultationStatus;
	isAsker: boolean;
	/** The reader has offered to help (picked or not). */
	hasOffered: boolean;
	/** The reader was picked as an expert. */
	isPicked: boolean;
}

/** Consultations are the network's own business: members only. */
export const canSeeConsultations = (actor: MaybeActor) => isMember(actor);

export const canAsk = (actor: MaybeActor) => isMember(actor);

/** A withdrawn request stays visible to its asker and the coordinators only. */
export const canSeeConsultation = (actor: MaybeActor, role: ConsultationRole) =>
	isMember(actor) && (role.status !== 'withdrawn' || role.isAsker || isCoordinator(actor));

/** Any other member may offer help while the request is open. */
export const canOffer = (actor: MaybeActor, role: ConsultationRole) =>
	isMember(actor) && role.status === 'open' && !role.isAsker && !role.hasOffered;

export const canWithdrawOffer = (actor: MaybeActor, role: ConsultationRole) => isMember(actor) && role.status === 'open' && role.hasOffered;

/** Only the asker picks experts and a time, once, while the request is open. */
export const canSchedule = (actor: MaybeActor, role: ConsultationRole) => isMember(actor) && role.status === 'open' && role.isAsker;

export const canInvite = canSchedule;

export const canWithdraw = canSchedule;

/**
 * The outcome is written by those who took part, the asker or a picked expert, once the
 * meeting has begun; it may be corrected afterwards.
 */
export const canRecordOutcome = (actor: MaybeActor, role: ConsultationRole, started: boolean) =>
	isMember(actor) && (role.isAsker || role.isPicked) && started && (role.status === 'scheduled' || role.status === 'done');

/**
 * The consultations vocabulary for services. Members only (visitors are sent to log in); a
 * request the reader may not see is not_found; a step that is not theirs is forbidden; a step
 * that does not fit the request's state is a conflict.
 */
export const consultationPolicy = definePolicy({
	signedIn,
	use: rule((actor): actor is Actor => canSeeConsultations(actor), {
		anonymous: unauthenticated,
		denied: () => forbidden('consultations_error_members_only')
	}),
	ask: (actor) => canAsk(actor),
	view: (actor, role: ConsultationRole) => canSeeConsultation(actor, role),
	/** Asked before `offer`, for its own message. */
	offerAsGuest: rule((_actor, role: ConsultationRole) => !role.isAsker, { denied: () => forbidden('consultations_error_own_request') }),
	offer: rule((actor, role: ConsultationRole) => canOffer(actor, role), { denied: () => conflict('consultations_error_already_offered') }),
	withdrawOffer: rule((actor, role: ConsultationRole) => canWithdrawOffer(actor, role), {
		denied: () => conflict('consultations_error_no_offer')
	}),
	/** The asker's own steps (withdrawing, scheduling, inviting), before the request's state is checked. */
	actAsAsker: rule((_actor, role: ConsultationRole) => role.isAsker, { denied: () => forbidden('consultations_error_not_asker') }),
	schedule: (actor, role: ConsultationRole) => canSchedule(actor, role),
	withdraw: (actor, role: ConsultationRole) => canWithdraw(actor, role),
	invite: (actor, role: ConsultationRole) => canInvite(actor, role),
	takePart: rule((_actor, role: ConsultationRole) => role.isAsker || role.isPicked, {
		denied: () => forbidden('consultations_error_not_participant')
	}),
	recordOutcome: rule((actor, part: { role: ConsultationRole; started: boolean }) => canRecordOutcome(actor, part.role, part.started), {
		denied: () => conflict('consultations_error_too_early')
	})
});
