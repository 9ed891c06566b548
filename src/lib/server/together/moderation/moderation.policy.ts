/**
 * Who moderates what. Content outside working groups (general discussions, challenges and
 * their answers, profiles): the network's coordinators. Content of a working group: whoever
 * manages the group (group-access.ts: its own coordinators, and network coordinators for open
 * and closed groups). A secret group is moderated by its own coordinators only: network
 * coordinators are not its members and must not learn it exists, so its reports never reach
 * the network's queue.
 */
import { isCoordinator, type MaybeActor } from '../../platform/auth';
import { canManageGroup, canReadGroupContent, type GroupStanding } from '../groups';
import { canSeeChallenge } from '../challenges';
import type { TargetRow } from './reports.queries';

export function canModerate(actor: MaybeActor, target: Pick<TargetRow, 'group'>, standing: GroupStanding): boolean {
	if (actor === null) return false;
	if (target.group) return canManageGroup(actor, target.group.kind, standing);
	return isCoordinator(actor);
}

/**
 * Whether the reporter may see the target as it stands (hidden and deleted things are seen by
 * nobody who could report them). Profiles are checked in SQL (visibility settings) by the service.
 */
export function reporterSees(actor: MaybeActor, target: TargetRow, standing: GroupStanding): boolean {
	if (actor === null || target.deletedAt || target.hiddenAt) return false;
	switch (target.type) {
		case 'post':
		case 'thread':
			if (target.thread?.hiddenAt) return false;
			return target.group === null || canReadGroupContent(actor, target.group.kind, standing);
		case 'challenge':
		case 'answer':
			return target.challenge !== null && canSeeChallenge(actor, {
				visibility: target.challenge.visibility,
				author_id: target.challenge.authorId,
				hidden_at: target.challenge.hiddenAt
			}) && !target.challenge.hiddenAt;
		case 'profile':
			return true;
	}
}
