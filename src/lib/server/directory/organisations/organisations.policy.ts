import { forbidden, unauthenticated } from '../../platform/core';
import { definePolicy, isCoordinator, rule, signedIn, type Actor, type MaybeActor } from '../../platform/auth';
import type { OrganisationRole } from '../../platform/db';

/**
 * Approved organisations are public; one not (yet) approved is seen only by its own people and
 * by coordinators, who review its application.
 */
export function canViewOrganisation(actor: MaybeActor, org: { member_since: Date | null }, role: OrganisationRole | null): boolean {
	return org.member_since !== null || role !== null || isCoordinator(actor);
}

/** Roles inside an organisation are shown to network members and to its own people. */
export function canSeeRoles(actor: MaybeActor, role: OrganisationRole | null): boolean {
	return role !== null || actor?.isMember === true;
}

/** The organisation and the actor's role in it (null: not one of its people). */
export interface OrganisationStanding {
	org: { member_since: Date | null };
	role: OrganisationRole | null;
}

/**
 * The organisations vocabulary for services. Someone who cannot even see an organisation gets
 * the same answer as for a missing one (ask `view` first); someone who can see it is told they
 * may not change it (`administer`).
 */
export const organisationPolicy = definePolicy({
	signedIn,
	/** Creating things in the network needs a confirmed e-mail address. */
	create: rule((actor): actor is Actor => actor !== null && actor.emailVerified, {
		anonymous: unauthenticated,
		denied: () => forbidden('org_error_unverified')
	}),
	view: (actor, standing: OrganisationStanding) => canViewOrganisation(actor, standing.org, standing.role),
	/** Only the organisation's own admins change it. */
	administer: rule((_actor, standing: Pick<OrganisationStanding, 'role'>) => standing.role === 'admin', {
		denied: () => forbidden('org_error_not_admin')
	}),
	seeRoles: (actor, standing: Pick<OrganisationStanding, 'role'>) => canSeeRoles(actor, standing.role),
	/** Whether a membership application waits: as the page has always told it (everyone but plain signed-in outsiders). */
	seePendingApplication: (actor, standing: Pick<OrganisationStanding, 'role'>) => standing.role !== null || actor?.role !== 'person'
});
