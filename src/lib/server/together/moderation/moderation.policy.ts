/**
 * Who moderates what. Content outside working groups (general discussions, challenges and
 * their answers, profiles): the network's coordinators. Content of a working group: whoever
 * manages the group (group-access.ts: its own coordinators, and network coordinators for open
 * and closed groups). A secret group is moderated by its own coordinators only: network
 * coordinators are not its members and must not learn it exists, so its reports never reach
 * the network's queue.
 */
import { definePolicy, isCoordinator, rule, signedIn, type MaybeActor } from '../../platform/auth';
import { forbidden } from '../../platform/core';
import { canManageGroup, canReadGroupContent, type GroupStanding } from '../groups';
import { canSeeChallenge } from '../challenges';
import type { TargetRow } from './report-targets.queries';

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
			return (
				target.challenge !== null &&
				canSeeChallenge(actor, {
					visibility: target.challenge.visibility,
					author_id: target.challenge.authorId,
					hidden_at: target.challenge.hiddenAt
				}) &&
				!target.challenge.hiddenAt
			);
		case 'profile':
			return true;
	}
}

/** A target and the actor's standing in its group (NO_STANDING outside groups). */
interface Placed {
	target: TargetRow;
	standing: GroupStanding;
}

/**
 * The moderation vocabulary for services. What the actor may not see is not_found; a secret
 * group's content stays not_found for network coordinators too; a network coordinator refused
 * elsewhere is told so (forbidden).
 */
export const moderationPolicy = definePolicy({
	signedIn,
	report: (actor, placed: Placed) => reporterSees(actor, placed.target, placed.standing),
	/** People edit or delete their own content rather than report it. */
	reportOthers: rule((actor, target: { authorId: number | null }) => target.authorId !== actor?.id, {
		denied: () => forbidden('moderation_error_own')
	}),
	/** Asked before `moderate`: whether the refusal may say more than "not found". */
	findToModerate: (actor, placed: Placed) =>
		canModerate(actor, placed.target, placed.standing) || (placed.target.group?.kind !== 'secret' && isCoordinator(actor)),
	moderate: rule((actor, placed: Placed) => canModerate(actor, placed.target, placed.standing), { denied: forbidden }),
	/** The network's coordinators moderate outside groups, and close reports about things gone for good. */
	moderateNetwork: (actor) => isCoordinator(actor),
	/** The queue: network coordinators, and the coordinators of some group (for their groups). */
	seeQueue: rule((actor, moderator: { coordinatesGroup: boolean }) => isCoordinator(actor) || moderator.coordinatesGroup, {
		denied: forbidden
	}),
	/** Network members and coordinators post without the newcomers' limits. */
	postFreely: (actor) => actor !== null && (actor.isMember || actor.role === 'coordinator' || actor.role === 'admin'),
	postAsNewcomer: rule((actor) => actor?.emailVerified === true, { denied: () => forbidden('moderation_error_unverified') })
});
