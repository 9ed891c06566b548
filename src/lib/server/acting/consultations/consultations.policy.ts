import { isCoordinator, isMember, type MaybeActor } from '../../platform/auth';
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

export const canWithdrawOffer = (actor: MaybeActor, role: ConsultationRole) =>
	isMember(actor) && role.status === 'open' && role.hasOffered;

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
