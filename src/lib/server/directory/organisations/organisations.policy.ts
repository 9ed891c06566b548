import { forbidden, notFound, unauthenticated } from '../../platform/core';
import { isCoordinator, type Actor, type MaybeActor } from '../../platform/auth';
import type { OrganisationRole } from '../../platform/db';

/** Signed in, or `unauthenticated` (pages send the visitor to the login form). */
export function requireActor(actor: MaybeActor): asserts actor is Actor {
	if (!actor) throw unauthenticated();
}

/** Creating things in the network needs a confirmed e-mail address. */
export function requireVerified(actor: MaybeActor): asserts actor is Actor {
	requireActor(actor);
	if (!actor.emailVerified) throw forbidden('org_error_unverified');
}

/**
 * Approved organisations are public; one not (yet) approved is seen only by its own people and
 * by coordinators, who review its application.
 */
export function canViewOrganisation(actor: MaybeActor, org: { member_since: Date | null }, role: OrganisationRole | null): boolean {
	return org.member_since !== null || role !== null || isCoordinator(actor);
}

/**
 * Only the organisation's own admins change it. Someone who cannot even see it gets the same
 * answer as for a missing one; someone who can see it is told they may not.
 */
export function requireOrganisationAdmin(actor: Actor, org: { member_since: Date | null }, role: OrganisationRole | null): void {
	if (role === 'admin') return;
	if (!canViewOrganisation(actor, org, role)) throw notFound();
	throw forbidden('org_error_not_admin');
}

/** Roles inside an organisation are shown to network members and to its own people. */
export function canSeeRoles(actor: MaybeActor, role: OrganisationRole | null): boolean {
	return role !== null || actor?.isMember === true;
}
