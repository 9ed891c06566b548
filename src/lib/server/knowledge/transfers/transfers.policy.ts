import { definePolicy, isCoordinator, isMember, rule, signedIn, type Actor, type MaybeActor } from '../../platform/auth';
import { forbidden } from '../../platform/core';

/** Any network member may record that their city adopts a practice (for one of their organisations). */
export const canAdoptPractices = (actor: MaybeActor): boolean => isMember(actor);

/**
 * A transfer is kept by the people of the adopting organisation; coordinators help everywhere.
 * `belongs` is whether the actor is in that organisation (looked up by the service).
 */
export const canManageTransfer = (actor: MaybeActor, belongs: boolean): boolean => actor !== null && (belongs || isCoordinator(actor));

/**
 * The transfers vocabulary for services. A transfer or practice the actor may not see is
 * not_found (the queries filter by the practice's visibility); visitors are asked to log in.
 */
export const transferPolicy = definePolicy({
	signedIn,
	adopt: rule((actor): actor is Actor => canAdoptPractices(actor), { denied: () => forbidden('transfer_error_members_only') }),
	manage: rule((actor, transfer: { belongs: boolean }): actor is Actor => canManageTransfer(actor, transfer.belongs), {
		denied: () => forbidden('transfer_error_not_yours')
	})
});
