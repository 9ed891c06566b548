/**
 * Who reads and writes a discussion. Group threads follow the group's rules (group-access.ts,
 * the one place for them); general threads are read by everyone and written by signed-in
 * people with a verified address (moderation limits newcomers further when they post).
 */
import { definePolicy, isCoordinator, rule, signedIn, type MaybeActor } from '../../platform/auth';
import { forbidden } from '../../platform/core';
import { canReadGroupContent, canTakePart, type GroupStanding } from '../groups';
import type { GroupKind } from '../../platform/db';

export interface ThreadPlace {
	/** null: the network's general discussions. */
	group: { kind: GroupKind; standing: GroupStanding } | null;
}

export function canReadPlace(actor: MaybeActor, place: ThreadPlace): boolean {
	if (place.group === null) return true;
	return canReadGroupContent(actor, place.group.kind, place.group.standing);
}

export function canWritePlace(actor: MaybeActor, place: ThreadPlace): boolean {
	if (actor === null) return false;
	if (place.group === null) return actor.emailVerified;
	return canTakePart(actor, place.group.standing);
}

/** Hidden things: their author and the network's coordinators still see them (when they may read the place). */
export function seesHidden(actor: MaybeActor, authorId: number | null): boolean {
	if (actor === null) return false;
	const coordinator: boolean = isCoordinator(actor);
	return coordinator || (authorId !== null && actor.id === authorId);
}

/** Only the author edits or deletes a post, and not once it is deleted. */
export function canChangePost(actor: MaybeActor, post: { author_id: number | null; deleted_at: Date | null }): boolean {
	return actor !== null && post.author_id === actor.id && post.deleted_at === null;
}

/**
 * The discussions vocabulary for services. A place, thread or post the actor may not read is
 * not_found; writing where they may read but not write is forbidden, with the reason: general
 * discussions want a verified address, a group's want its active members (one rule each, both
 * asked: each lets the other kind of place through).
 */
export const discussionPolicy = definePolicy({
	signedIn,
	read: (actor, place: ThreadPlace) => canReadPlace(actor, place),
	/** A hidden thread or post is missing for everyone but its author and coordinators. */
	readHidden: (actor, item: { hidden_at: Date | null; author_id: number | null }) => !item.hidden_at || seesHidden(actor, item.author_id),
	/** Lists show hidden threads (marked) to the coordinators. */
	listHidden: (actor) => isCoordinator(actor),
	writeGeneral: rule((actor, place: ThreadPlace) => place.group !== null || canWritePlace(actor, place), {
		denied: () => forbidden('discussions_error_verify_email')
	}),
	writeInGroup: rule((actor, place: ThreadPlace) => place.group === null || canWritePlace(actor, place), {
		denied: () => forbidden('discussions_error_not_member')
	}),
	write: (actor, place: ThreadPlace) => canWritePlace(actor, place),
	changePost: rule((actor, post: { author_id: number | null; deleted_at: Date | null }) => canChangePost(actor, post), {
		denied: forbidden
	})
});
