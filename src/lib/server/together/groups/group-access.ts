/**
 * Who sees and does what in a working group. One place, used by groups, discussions,
 * proposals, documents, notifications and search, so secret groups stay secret everywhere.
 *
 * - open: every network member sees the group and its content, and may join;
 * - closed: network members see that it exists (name, description, members); its content
 *   (discussions, documents, proposals) only its members; joining is on request;
 * - secret: nobody but its members learns it exists, network coordinators included;
 *   invitation only.
 */
import { isCoordinator, isMember, type MaybeActor } from '../../platform/auth';
import type { GroupKind, GroupMemberStatus, GroupRole } from '../../platform/db';

/** The viewer's place in one group; both null when they are not in it at all. */
export interface GroupStanding {
	status: GroupMemberStatus | null;
	role: GroupRole | null;
}

export const NO_STANDING: GroupStanding = { status: null, role: null };

export const isActiveMember = (standing: GroupStanding) => standing.status === 'active';

/** Whether the group exists for this viewer (its page, its name in lists). */
export function canSeeGroup(actor: MaybeActor, kind: GroupKind, standing: GroupStanding): boolean {
	if (kind === 'secret') return actor !== null && (isActiveMember(standing) || standing.status === 'invited');
	return isMember(actor);
}

/** Discussions, documents, proposals, members' activity. */
export function canReadGroupContent(actor: MaybeActor, kind: GroupKind, standing: GroupStanding): boolean {
	if (kind === 'open') return isMember(actor);
	return actor !== null && isActiveMember(standing);
}

/** Starting threads, replying, voting, uploading. */
export function canTakePart(actor: MaybeActor, standing: GroupStanding): boolean {
	return actor !== null && isActiveMember(standing);
}

/** Accepting requests, inviting, naming coordinators, editing the group. Network coordinators
 * run open and closed groups too; a secret group only its own coordinators. */
export function canManageGroup(actor: MaybeActor, kind: GroupKind, standing: GroupStanding): boolean {
	if (actor === null) return false;
	if (isActiveMember(standing) && standing.role === 'coordinator') return true;
	return kind !== 'secret' && isCoordinator(actor);
}
