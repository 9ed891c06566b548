/** What the discussion services share: where threads and replies live, who may read a place or a thread, mentions, authors as shown. */
import type { Kysely, Transaction } from 'kysely';
import type { DB, GroupKind } from '../../platform/db';
import { notFound } from '../../platform/core';
import { authorize, type Actor, type MaybeActor } from '../../platform/auth';
import { findGroupWithStanding } from '../groups';
import { assertMayPost } from '../moderation';
import { discussionPolicy, type ThreadPlace } from './discussions.policy';
import * as q from './discussions.queries';
import { pageOfNumber } from './discussions.schemas';
import { extractMentions } from './post-text';

export type Db = Kysely<DB> | Transaction<DB>;

export interface GroupRef {
	id: number;
	slug: string;
	name: string;
	kind: GroupKind;
}

/** Where a thread lives: /{lang}/discussions/<slug>, or under its group. */
export function threadPath(locale: string, threadSlug: string, groupSlug: string | null): string {
	return groupSlug ? `/${locale}/groups/${groupSlug}/discussions/${threadSlug}` : `/${locale}/discussions/${threadSlug}`;
}

/** The address of post `number`: its page with the post's anchor. */
export function replyPath(locale: string, threadSlug: string, groupSlug: string | null, number: number): string {
	const page = pageOfNumber(number);
	return `${threadPath(locale, threadSlug, groupSlug)}${page > 1 ? `?page=${page}` : ''}#reply-${number}`;
}

/**
 * MODERATION HOOK: the single place where discussions ask moderation whether the actor may
 * post this text now (newcomers' rate and link limits). Throws a translated AppError.
 */
export async function mayPost(db: Kysely<DB>, actor: Actor, text: string): Promise<void> {
	await assertMayPost(db, actor, text);
}

// ---------------------------------------------------------------------------------------------
// Access

export interface Place extends ThreadPlace {
	groupRef: GroupRef | null;
}

async function placeOf(db: Db, actor: MaybeActor, groupId: number | null): Promise<Place | undefined> {
	if (groupId === null) return { group: null, groupRef: null };
	const found = await findGroupWithStanding(db, { id: groupId }, actor?.id ?? null);
	if (!found) return undefined;
	const { group, standing } = found;
	return { group: { kind: group.kind, standing }, groupRef: { id: group.id, slug: group.slug, name: group.name, kind: group.kind } };
}

/** The place, or not found when the viewer may not read it. */
export async function readablePlace(db: Db, actor: MaybeActor, groupId: number | null): Promise<Place> {
	const place = await placeOf(db, actor, groupId);
	if (!place) throw notFound();
	authorize(actor, discussionPolicy, 'read', place);
	return place;
}

/** The thread and its place, or not found when the viewer may not read it (or it is hidden from them). */
export async function readableThread(db: Db, actor: MaybeActor, key: { slug: string } | { id: number }) {
	const thread = 'slug' in key ? await q.findThreadBySlug(db, key.slug) : await q.findThreadById(db, key.id);
	if (!thread) throw notFound();
	const place = await readablePlace(db, actor, thread.group_id);
	authorize(actor, discussionPolicy, 'readHidden', thread);
	return { thread, place };
}

/** The group's slug must be the thread's (group routes), or no group at all when `groupSlug` is null. */
export function checkGroupSlug(place: Place, groupSlug: string | null | undefined) {
	if (groupSlug === undefined) return;
	if ((place.groupRef?.slug ?? null) !== groupSlug) throw notFound();
}

/** Ids of people @mentioned in `body` who exist, leaving out the author; in closed and secret groups only the group's members. */
export async function mentionedIds(db: Db, actor: Actor, body: string, place: Place): Promise<number[]> {
	const handles = extractMentions(body);
	if (handles.length === 0) return [];
	const people = await q.findPeopleByHandles(db, actor, handles);
	let ids = people.map((p) => p.id).filter((id) => id !== actor.id);
	if (place.groupRef && place.groupRef.kind !== 'open') {
		const members = new Set(await q.activeGroupMemberIds(db, place.groupRef.id, ids));
		ids = ids.filter((id) => members.has(id));
	}
	return ids;
}

export function relatedOf(place: Place) {
	return place.groupRef ? [{ type: 'group' as const, id: place.groupRef.id }] : [];
}

// ---------------------------------------------------------------------------------------------
// Authors and results

/**
 * A post's or thread's author as this viewer may see them: null when the account is gone;
 * name and handle null when the viewer may not see the profile (people visibility, hidden
 * profiles): the page says "a network member".
 */
export type AuthorView = { name: string | null; handle: string | null } | null;

export function authorOf(row: { author_name: string | null; author_handle: string | null; author_visible: boolean }): AuthorView {
	if (row.author_name === null) return null;
	return row.author_visible ? { name: row.author_name, handle: row.author_handle } : { name: null, handle: null };
}

export interface PostRef {
	threadId: number;
	slug: string;
	groupSlug: string | null;
	postId: number;
	number: number;
	page: number;
}
