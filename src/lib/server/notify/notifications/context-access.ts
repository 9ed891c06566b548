/**
 * Whether a person may read notification contexts now, after the group access rules, challenge
 * visibility and moderation: the same rules as the fan-out, for lists, follows and settings.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db';
import { isCoordinator, isMember, type Actor } from '../../platform/auth';
import { canSeeGroup } from '../../together/groups';
import { findGroupWithStanding, readableGroupIds } from '../../together/groups/group-access.queries';
import { contextKey, type ContextLink } from './contexts.queries';

/** Keys (contextKey) of the links the actor may read. A group counts when they may see it. */
export async function readableContexts(db: Kysely<DB>, actor: Actor, links: ContextLink[]): Promise<Set<string>> {
	const readable = new Set<string>();
	if (links.length === 0) return readable;
	const readableGroups = new Set(await readableGroupIds(db, actor.id, isMember(actor)));
	for (const link of links) {
		if (link.hidden && link.authorId !== actor.id && !isCoordinator(actor)) continue;
		if (link.membersOnly && !isMember(actor)) continue;
		if (link.type === 'group') {
			// Invitations and requests concern people who may see the group but not yet read it.
			const found = await findGroupWithStanding(db, { id: link.id }, actor.id);
			if (!found || !canSeeGroup(actor, found.group.kind, found.standing)) continue;
		} else if (link.groupId !== null && !readableGroups.has(link.groupId)) continue;
		readable.add(contextKey(link));
	}
	return readable;
}
