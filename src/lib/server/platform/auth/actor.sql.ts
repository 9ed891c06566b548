import type { Role } from '../db';
import { asLocale } from '../i18n';
import type { Actor } from './actor';
import { isNetworkMemberSql } from './network-member.sql';

/**
 * The columns of the person selected as `p` that an Actor is built from (with `toActor`), the
 * network-member rule included, so a session, a notification's recipient and a mail digest's
 * reader are the same actor.
 */
export const actorColumns = () =>
	['p.id', 'p.handle', 'p.name', 'p.email', 'p.role', 'p.locale', 'p.email_verified_at', isNetworkMemberSql().as('is_member')] as const;

/** A row selected with `actorColumns`. */
export interface ActorRow {
	id: number;
	handle: string;
	name: string;
	email: string;
	role: Role;
	locale: string;
	email_verified_at: Date | null;
	is_member: boolean;
}

/** The actor services see for a row of `actorColumns`; an unknown stored locale reads as the default. */
export function toActor(row: ActorRow): Actor {
	return {
		id: row.id,
		handle: row.handle,
		name: row.name,
		email: row.email,
		role: row.role,
		locale: asLocale(row.locale),
		emailVerified: row.email_verified_at !== null,
		isMember: row.is_member
	};
}
