import { definePolicy, isMember, rule, signedIn, type Actor, type MaybeActor } from '../../platform/auth';
import { forbidden, invalid, unauthenticated } from '../../platform/core';
import type { PartnerSearchStatus } from '../../platform/db';

/** Partner searches are members' business: project ideas are not for anonymous visitors. */
export const canSeeSearches = (actor: MaybeActor) => isMember(actor);

/** A member posts a search on behalf of an organisation they belong to. */
export const canPostSearchFor = (actor: MaybeActor, belongsToOrganisation: boolean) => isMember(actor) && belongsToOrganisation;

/** Only people of the posting organisation see all interests, accept, decline and complete. */
export const canManageSearch = (actor: MaybeActor, belongsToPoster: boolean) => isMember(actor) && belongsToPoster;

/** Another organisation's member may answer an open search on behalf of that organisation. */
export const canExpressInterestFor = (
	actor: MaybeActor,
	search: { status: PartnerSearchStatus; organisation_id: number },
	organisationId: number,
	belongsToOrganisation: boolean
) => isMember(actor) && search.status === 'open' && belongsToOrganisation && organisationId !== search.organisation_id;

const notYours = () => invalid({ organisation_id: { key: 'partners_error_not_your_organisation' } });

/** The partner search vocabulary for services: members only; visitors are sent to log in. */
export const partnerPolicy = definePolicy({
	signedIn,
	view: rule((actor): actor is Actor => canSeeSearches(actor), {
		anonymous: unauthenticated,
		denied: () => forbidden('partners_error_members_only')
	}),
	postFor: rule((actor, poster: { belongsToOrganisation: boolean }) => canPostSearchFor(actor, poster.belongsToOrganisation), {
		denied: notYours
	}),
	manage: rule((actor, search: { belongsToPoster: boolean }) => canManageSearch(actor, search.belongsToPoster), { denied: forbidden }),
	answerFor: rule(
		(
			actor,
			answer: { search: { status: PartnerSearchStatus; organisation_id: number }; organisationId: number; belongsToOrganisation: boolean }
		) => canExpressInterestFor(actor, answer.search, answer.organisationId, answer.belongsToOrganisation),
		{ denied: notYours }
	)
});
