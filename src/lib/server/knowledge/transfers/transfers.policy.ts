import { isCoordinator, isMember, type MaybeActor } from '../../platform/auth';

/** Any network member may record that their city adopts a practice (for one of their organisations). */
export const canAdoptPractices = (actor: MaybeActor): boolean => isMember(actor);

/**
 * A transfer is kept by the people of the adopting organisation; coordinators help everywhere.
 * `belongs` is whether the actor is in that organisation (looked up by the service).
 */
export const canManageTransfer = (actor: MaybeActor, belongs: boolean): boolean =>
	actor !== null && (belongs || isCoordinator(actor));
