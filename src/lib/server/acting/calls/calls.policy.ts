import { definePolicy, isCoordinator, isMember, rule, signedIn, type Actor, type MaybeActor } from '../../platform/auth';
import { forbidden, unauthenticated } from '../../platform/core';
import type { CallStatus } from '../../platform/db';

interface CallRef {
	status: CallStatus;
	created_by: number | null;
}

const addedBy = (actor: MaybeActor, call: CallRef) => actor !== null && call.created_by === actor.id;

/** Members add calls; a coordinator checks them before everyone sees them. */
export const canAddCall = (actor: MaybeActor) => isMember(actor);

/** Checked calls are public; the rest only for whoever added them and coordinators. */
export const canSeeCall = (actor: MaybeActor, call: CallRef) => call.status === 'checked' || isCoordinator(actor) || addedBy(actor, call);

/** The member who added a call keeps it up to date; coordinators may fix any. */
export const canEditCall = (actor: MaybeActor, call: CallRef) => isCoordinator(actor) || (isMember(actor) && addedBy(actor, call));

export const canCheckCalls = (actor: MaybeActor) => isCoordinator(actor);

/** Members follow checked calls to be reminded of the deadline. */
export const canFollowCall = (actor: MaybeActor, call: CallRef) => isMember(actor) && call.status === 'checked';

const membersOnly = () => forbidden('calls_error_members_only');

/**
 * The calls vocabulary for services: a call the actor may not see is not_found; a visitor is
 * sent to log in; a signed-in person who may not do the thing is refused (forbidden).
 */
export const callPolicy = definePolicy({
	signedIn,
	view: (actor, call: CallRef) => canSeeCall(actor, call),
	add: rule((actor): actor is Actor => canAddCall(actor), { anonymous: unauthenticated, denied: membersOnly }),
	edit: rule((actor, call: CallRef): actor is Actor => canEditCall(actor, call), { anonymous: unauthenticated, denied: forbidden }),
	check: rule((actor): actor is Actor => canCheckCalls(actor), { anonymous: unauthenticated, denied: forbidden }),
	follow: rule((actor, call: CallRef): actor is Actor => canFollowCall(actor, call), { anonymous: unauthenticated, denied: membersOnly })
});
