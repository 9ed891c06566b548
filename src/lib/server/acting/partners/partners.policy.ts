import { isMember, type MaybeActor } from '../../platform/auth';
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
