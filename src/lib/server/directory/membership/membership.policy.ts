import { notFound } from '../../platform/core';
import { isAdmin, isCoordinator, type Actor, type MaybeActor } from '../../platform/auth';

/**
 * Coordination pages do not exist for anyone else: the same 404 as a missing page, so their
 * existence and contents leak nothing. Checked in every service, not only in routes.
 */
export function requireCoordinator(actor: MaybeActor): asserts actor is Actor {
	if (!isCoordinator(actor)) throw notFound();
}

/** Platform admins only (roles of people). */
export function requireAdmin(actor: MaybeActor): asserts actor is Actor {
	if (!isAdmin(actor)) throw notFound();
}
