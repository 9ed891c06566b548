import { definePolicy, isCoordinator, isMember, rule, signedIn, type Actor, type MaybeActor } from '../../platform/auth';
import { forbidden, invalid, unauthenticated } from '../../platform/core';
import type { EventVisibility, VisitApplicationStatus } from '../../platform/db';
import { eventPolicy } from '../events';

/** A member offers a visit on behalf of one of their organisations. */
export const canOfferVisit = (actor: MaybeActor, belongsToHost: boolean) => isMember(actor) && belongsToHost;

/** People of the host organisation run the visit; coordinators help everywhere. */
export const canRunVisit = (actor: MaybeActor, belongsToHost: boolean) => actor !== null && (belongsToHost || isCoordinator(actor));

/** Members apply, but not to their own organisation's visit. */
export const canApplyToVisit = (actor: MaybeActor, belongsToHost: boolean) => isMember(actor) && !belongsToHost;

/** Applications are open until the deadline, or until the visit starts; never for a cancelled one. */
export function areApplicationsOpen(visit: { applications_close_at: Date | null; starts_at: Date; cancelled_at: Date | null }, now: Date) {
	if (visit.cancelled_at) return false;
	return now <= (visit.applications_close_at ?? visit.starts_at);
}

/** An application that still counts: a person with one cannot apply again. */
export const isLiveApplication = (status: VisitApplicationStatus) => status === 'pending' || status === 'accepted';

/** After the visit has started, accepted participants say what they take home. */
export const canFileTakeaway = (
	actor: MaybeActor,
	visit: { starts_at: Date },
	applicationStatus: VisitApplicationStatus | null,
	now: Date
) => actor !== null && applicationStatus === 'accepted' && visit.starts_at <= now;

/** What the rules need to know about the actor's tie to a visit's host organisation. */
interface HostTie {
	belongsToHost: boolean;
}

/**
 * The study visits vocabulary for services. A visit follows its event's visibility (hidden is
 * not_found); visitors are sent to log in; others are told why they may not.
 */
export const visitPolicy = definePolicy({
	signedIn,
	view: (actor, visit: { visibility: EventVisibility }) => eventPolicy.view(actor, visit),
	/** Members-only visits are listed to members, who may also offer visits. */
	seeMembersOnly: (actor) => isMember(actor),
	offer: rule((actor): actor is Actor => isMember(actor), { anonymous: unauthenticated, denied: forbidden }),
	offerFor: rule((actor, host: HostTie) => canOfferVisit(actor, host.belongsToHost), {
		denied: () => invalid({ hostOrganisationId: { key: 'visits_error_not_your_organisation' } })
	}),
	run: rule((actor, host: HostTie): actor is Actor => canRunVisit(actor, host.belongsToHost), {
		anonymous: unauthenticated,
		denied: () => forbidden('visits_error_host_only')
	}),
	/** The host's own people do not apply to their visit (asked before `apply`, for its own message). */
	applyAsGuest: rule((_actor, host: HostTie) => !host.belongsToHost, { denied: () => forbidden('visits_error_own_visit') }),
	apply: rule((actor, host: HostTie) => canApplyToVisit(actor, host.belongsToHost), {
		denied: () => forbidden('visits_error_members_only')
	}),
	fileTakeaway: rule(
		(actor, part: { visit: { starts_at: Date }; applicationStatus: VisitApplicationStatus | null; now: Date }) =>
			canFileTakeaway(actor, part.visit, part.applicationStatus, part.now),
		{ denied: () => forbidden('visits_error_takeaway_participants') }
	)
});
