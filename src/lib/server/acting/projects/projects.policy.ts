import { definePolicy, isCoordinator, isMember, rule, signedIn, type Actor, type MaybeActor } from '../../platform/auth';
import type { Audience, PartnerRole } from '../../platform/db';
import { forbidden, invalid, unauthenticated } from '../../platform/core';

/**
 * Who the viewer is for one project. `partner`: belongs to one of the project's partner
 * organisations (any role: lead, partner, associated); `lead`: belongs to the lead organisation.
 */
export interface ProjectStanding {
	partner: boolean;
	lead: boolean;
}

export const NO_STANDING: ProjectStanding = { partner: false, lead: false };

/** Public projects everyone, members-only ones members (and people of partner organisations). */
export const canSeeProject = (actor: MaybeActor, visibility: 'public' | 'members', standing: ProjectStanding) =>
	visibility === 'public' || isMember(actor) || (actor !== null && standing.partner);

/**
 * Who may read an update or a document of that audience: `members` every network member (and the
 * project's partners); `partners` only people of partner organisations, coordinators and admins.
 * Visitors and registered non-members read neither, even on a public project.
 */
export function canReadAudience(actor: MaybeActor, audience: Audience, standing: ProjectStanding) {
	if (actor === null) return false;
	if (isCoordinator(actor) || standing.partner) return true;
	return audience === 'members' && isMember(actor);
}

/** The audiences the viewer may read, for filtering queries. */
export function readableAudiences(actor: MaybeActor, standing: ProjectStanding): Audience[] {
	return (['partners', 'members'] as const).filter((a) => canReadAudience(actor, a, standing));
}

/** People of the lead organisation edit the project (fields, status, partners); so do coordinators. */
export const canEditProject = (actor: MaybeActor, standing: ProjectStanding) =>
	actor !== null && (isCoordinator(actor) || (standing.lead && isMember(actor)));

/** People of any partner organisation post updates and documents; so do coordinators. */
export const canContribute = (actor: MaybeActor, standing: ProjectStanding) =>
	actor !== null && (isCoordinator(actor) || (standing.partner && isMember(actor)));

/** A member creates a project for an organisation they belong to (which becomes the lead). */
export const canCreateProjectFor = (actor: MaybeActor, belongsToOrganisation: boolean) =>
	isMember(actor) && (belongsToOrganisation || isCoordinator(actor));

/**
 * A project has exactly one lead organisation, and no organisation twice. Throws a validation error
 * (`projects_error_one_lead` / `projects_error_partner_twice` on the `partners` field) otherwise.
 */
export function assertOneLead(partners: readonly { organisationId: number; role: PartnerRole }[]) {
	const leads = partners.filter((p) => p.role === 'lead').length;
	if (leads !== 1) throw invalid({ partners: { key: 'projects_error_one_lead' } }, 'projects_error_one_lead');
	if (new Set(partners.map((p) => p.organisationId)).size !== partners.length)
		throw invalid({ partners: { key: 'projects_error_partner_twice' } }, 'projects_error_partner_twice');
}

const membersOnly = () => forbidden('projects_error_members_only');

/**
 * The projects vocabulary for services. Hidden and missing projects are both not_found; a
 * visitor asked to do something is sent to log in; someone who sees the project but may not
 * change it is refused (forbidden).
 */
export const projectPolicy = definePolicy({
	signedIn,
	view: (actor, project: { visibility: 'public' | 'members'; standing: ProjectStanding }) =>
		canSeeProject(actor, project.visibility, project.standing),
	/** Starting a project at all: network members. */
	start: rule((actor): actor is Actor => isMember(actor), { anonymous: unauthenticated, denied: membersOnly }),
	/** Any approved organisation may be named lead (not only the actor's own). */
	leadAnywhere: (actor) => isCoordinator(actor),
	createFor: rule((actor, lead: { belongsToOrganisation: boolean }) => canCreateProjectFor(actor, lead.belongsToOrganisation), {
		denied: membersOnly
	}),
	edit: rule((actor, standing: ProjectStanding): actor is Actor => canEditProject(actor, standing), {
		anonymous: unauthenticated,
		denied: forbidden
	}),
	contribute: rule((actor, standing: ProjectStanding): actor is Actor => canContribute(actor, standing), {
		anonymous: unauthenticated,
		denied: forbidden
	})
});
