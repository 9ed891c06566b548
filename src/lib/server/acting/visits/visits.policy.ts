import { isCoordinator, isMember, type MaybeActor } from '../../platform/auth';
import type { VisitApplicationStatus } from '../../platform/db';

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
