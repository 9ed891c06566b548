import type { Role } from '../db';
import type { Locale } from '$lib/paraglide/runtime';

/** The signed-in person as services see them. `null` is an anonymous visitor. */
export interface Actor {
	id: number;
	handle: string;
	name: string;
	email: string;
	role: Role;
	locale: Locale;
	emailVerified: boolean;
	/** Belongs to an approved organisation, is an approved individual, or runs the network. */
	isMember: boolean;
}

export type MaybeActor = Actor | null;

export const isCoordinator = (actor: MaybeActor): actor is Actor =>
	actor !== null && (actor.role === 'coordinator' || actor.role === 'admin');

export const isAdmin = (actor: MaybeActor): actor is Actor => actor !== null && actor.role === 'admin';

export const isMember = (actor: MaybeActor): actor is Actor => actor !== null && actor.isMember;
