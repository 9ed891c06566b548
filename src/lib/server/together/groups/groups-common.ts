/** What both group services share: the viewer's standing as pages name it, the group a viewer may see or manage, a member as listed. */
import { notFound, type Deps } from '../../platform/core';
import { authorize, type MaybeActor } from '../../platform/auth';
import type { GroupStanding } from './group-access';
import { groupPolicy } from './groups.policy';
import { findGroupStanding } from './group-access.sql';
import * as q from './groups.queries';
import type { GroupMemberDto, MyStanding } from './groups.schemas';

export function standingOf(standing: GroupStanding): MyStanding {
	if (standing.status === 'active') return standing.role === 'coordinator' ? 'coordinator' : 'member';
	return standing.status ?? 'none';
}

/** The group at this address with the viewer's standing; a group they may not see is missing. */
export async function visibleGroup(actor: MaybeActor, slug: string, deps: Deps) {
	const row = await q.findGroupRow(deps.db, slug);
	if (!row) throw notFound();
	const standing = await findGroupStanding(deps.db, row.id, actor?.id ?? null);
	authorize(actor, groupPolicy, 'discover', { kind: row.kind, standing });
	authorize(actor, groupPolicy, 'view', { kind: row.kind, standing });
	return { row, standing };
}

/** A group the actor manages (its coordinators; network coordinators for open and closed ones). */
export async function managedGroup(actor: MaybeActor, slug: string, deps: Deps) {
	authorize(actor, groupPolicy, 'signedIn');
	const found = await visibleGroup(actor, slug, deps);
	authorize(actor, groupPolicy, 'manage', { kind: found.row.kind, standing: found.standing });
	return { ...found, actor };
}

export const memberDto = (r: Awaited<ReturnType<typeof q.listMemberRows>>[number]): GroupMemberDto => ({
	personId: r.person_id,
	handle: r.handle,
	name: r.name,
	role: r.role,
	status: r.status,
	message: r.message,
	since: r.decided_at ?? r.created_at,
	invitedBy: r.inviter_name
});
