import { isAdmin, isMember, type MaybeActor } from '../auth/actor';
import type { EventVisibility } from '../db/schema';

/** Members who run the network or belong to the host organisation may create its events. */
export const canCreateEventFor = (actor: MaybeActor, belongsToHost: boolean) =>
	isMember(actor) && (isAdmin(actor) || belongsToHost);

/** Who may see an event at all: public ones everyone, members-only ones members. */
export const canSeeEvent = (actor: MaybeActor, visibility: EventVisibility) => visibility === 'public' || isMember(actor);

/** Who may register: members for members-only events, any verified person for public ones. */
export const canRegister = (actor: MaybeActor, visibility: EventVisibility) =>
	actor !== null && (visibility === 'public' ? actor.emailVerified || actor.isMember : isMember(actor));

/** Registration is open from `opensAt` (or now) until `closesAt`, or the start when unset. */
export function isRegistrationOpen(event: { registration_opens_at: Date | null; registration_closes_at: Date | null; starts_at: Date }, now: Date) {
	if (event.registration_opens_at && now < event.registration_opens_at) return false;
	const closes = event.registration_closes_at ?? event.starts_at;
	return now <= closes;
}
