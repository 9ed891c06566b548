/**
 * Who does what with a group's proposals, on top of the group's own rules (group-access.ts):
 * reading follows the group's content, voting and proposing need active membership, closing
 * early and recording the outcome are for the proposal's author and the group's managers.
 */
import { definePolicy, rule, signedIn, type MaybeActor } from '../../platform/auth';
import { forbidden, unauthenticated } from '../../platform/core';
import type { GroupKind, ResultsVisible } from '../../platform/db';
import { canManageGroup, canReadGroupContent, canTakePart, type GroupStanding } from '../groups';

export interface ProposalClock {
	closes_at: Date;
	closed_at: Date | null;
}

/** Voting ends when the proposal is closed early or when its deadline passes (no job needed). */
export const isOpen = (p: ProposalClock, now: Date) => p.closed_at === null && now.getTime() < p.closes_at.getTime();

/** When voting ended, or null while it goes on. */
export const endedAt = (p: ProposalClock, now: Date): Date | null => p.closed_at ?? (isOpen(p, now) ? null : p.closes_at);

export const canReadProposals = (actor: MaybeActor, kind: GroupKind, standing: GroupStanding) => canReadGroupContent(actor, kind, standing);

export const canPropose = (actor: MaybeActor, standing: GroupStanding) => canTakePart(actor, standing);

export const canVote = (actor: MaybeActor, standing: GroupStanding, p: ProposalClock, now: Date) =>
	canTakePart(actor, standing) && isOpen(p, now);

/** Closing early and recording the outcome: the author (while still an active member) or a group manager. */
export function canConclude(actor: MaybeActor, kind: GroupKind, standing: GroupStanding, createdBy: number | null): boolean {
	if (actor === null) return false;
	if (canManageGroup(actor, kind, standing)) return true;
	return createdBy === actor.id && canTakePart(actor, standing);
}

/**
 * Whether the results (counts and who voted what) are shown: always; after the viewer voted or
 * once voting ended; or only once voting ended.
 */
export function resultsShown(setting: ResultsVisible, voted: boolean, p: ProposalClock, now: Date): boolean {
	if (setting === 'always') return true;
	if (!isOpen(p, now)) return true;
	return setting === 'after_vote' && voted;
}

/** A group and the viewer's standing in it. */
interface GroupPlace {
	group: { kind: GroupKind };
	standing: GroupStanding;
}

/**
 * The proposals vocabulary for services. A group whose content the viewer may not read, or that
 * does not exist, is not_found, and a visitor is asked to sign in first (so a missing group and
 * a hidden one answer alike); taking part needs active membership.
 */
export const proposalPolicy = definePolicy({
	signedIn,
	read: rule((actor, place: GroupPlace | undefined) => place !== undefined && canReadProposals(actor, place.group.kind, place.standing), {
		anonymous: unauthenticated
	}),
	/** Proposing and voting: the group's active members. */
	takePart: rule((actor, standing: GroupStanding) => canPropose(actor, standing), {
		denied: () => forbidden('proposals_error_members_only')
	}),
	vote: (actor, ballot: { standing: GroupStanding; proposal: ProposalClock; now: Date }) =>
		canVote(actor, ballot.standing, ballot.proposal, ballot.now),
	conclude: rule(
		(actor, proposal: GroupPlace & { createdBy: number | null }) =>
			canConclude(actor, proposal.group.kind, proposal.standing, proposal.createdBy),
		{
			denied: () => forbidden('proposals_error_not_yours')
		}
	)
});
