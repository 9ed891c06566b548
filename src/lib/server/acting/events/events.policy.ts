import { definePolicy, isCoordinator, isMember, rule, signedIn, type Actor, type MaybeActor } from '../../platform/auth';
import { forbidden, invalid, unauthenticated } from '../../platform/core';
import type { EventVisibility, RegistrationStatus } from '../../platform/db';

/** Members who run the network (coordinators, admins) or belong to the host organisation may create its events. */
export const canCreateEventFor = (actor: MaybeActor, belongsToHost: boolean) => isMember(actor) && (isCoordinator(actor) || belongsToHost);

/** Who may see an event at all: public ones everyone, members-only ones members. */
export const canSeeEvent = (actor: MaybeActor, visibility: EventVisibility) => visibility === 'public' || isMember(actor);

/** Who may register: members for members-only events, any verified person for public ones. */
export const canRegister = (actor: MaybeActor, visibility: EventVisibility) =>
	actor !== null && (visibility === 'public' ? actor.emailVerified || actor.isMember : isMember(actor));

/** Registration is open from `opensAt` (or now) until `closesAt`, or the start when unset. */
export function isRegistrationOpen(
	event: { registration_opens_at: Date | null; registration_closes_at: Date | null; starts_at: Date },
	now: Date
) {
	if (event.registration_opens_at && now < event.registration_opens_at) return false;
	const closes = event.registration_closes_at ?? event.starts_at;
	return now <= closes;
}

/** What the policy needs to know about the actor's tie to one event. */
export interface EventTies {
	/** The actor belongs to the host organisation. */
	belongsToHost: boolean;
	/** The actor created the event. */
	isCreator: boolean;
}

/**
 * Organisers: people of the host organisation, the event's creator, coordinators and admins.
 * They edit, cancel, see the participants, write to them and mark attendance.
 */
export const canManageEvent = (actor: MaybeActor, ties: EventTies) =>
	isCoordinator(actor) || (isMember(actor) && (ties.belongsToHost || ties.isCreator));

/**
 * The meeting link is for people who will take part: registered participants, and organisers
 * (who wrote it and must be able to check it). Waiting people, visitors and other members never
 * receive it, in the page's HTML or its data.
 */
export const canSeeMeetingLink = (status: RegistrationStatus | null, manages: boolean) => manages || status === 'registered';

/**
 * The events vocabulary for services. Hidden and missing events are both not_found; an
 * organiser's page asked by a visitor sends them to log in; signed-in people who may see the
 * event but not do the thing are refused (forbidden).
 */
export const eventPolicy = definePolicy({
	signedIn,
	view: (actor, event: { visibility: EventVisibility }) => canSeeEvent(actor, event.visibility),
	create: rule((actor, ties: Pick<EventTies, 'belongsToHost'>): actor is Actor => canCreateEventFor(actor, ties.belongsToHost), {
		denied: forbidden
	}),
	/** Moving an event to another host: one the actor belongs to, unless they run the network. */
	hostAt: rule((actor, ties: Pick<EventTies, 'belongsToHost'>) => isCoordinator(actor) || ties.belongsToHost, {
		denied: () => invalid({ hostOrganisationId: { key: 'events_error_host_not_yours' } })
	}),
	/** Every approved organisation is offered as host (not only the actor's own). */
	hostAnywhere: (actor) => isCoordinator(actor),
	register: rule((actor, event: { visibility: EventVisibility }): actor is Actor => canRegister(actor, event.visibility), {
		anonymous: unauthenticated,
		denied: forbidden
	}),
	manage: rule((actor, ties: EventTies): actor is Actor => canManageEvent(actor, ties), { anonymous: unauthenticated, denied: forbidden }),
	seeMeetingLink: (_actor, viewer: { status: RegistrationStatus | null; manages: boolean }) =>
		canSeeMeetingLink(viewer.status, viewer.manages)
});
