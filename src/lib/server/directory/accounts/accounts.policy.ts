import type { Actor, MaybeActor } from '../../platform/auth';
import { unauthenticated } from '../../platform/core';

/**
 * Who may do what with accounts. Anyone may register, log in or ask for a reset link (those are
 * limited by rate, not by role); everything on the account page is the signed-in person's own.
 */
export function requireSignedIn(actor: MaybeActor): asserts actor is Actor {
	if (!actor) throw unauthenticated();
}
