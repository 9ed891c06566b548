/**
 * Discussions: threads of numbered posts, general (the network's) or in a working group.
 * Who may read and write comes from discussions.policy.ts (group threads: group-access.ts);
 * anything a viewer may not read is "not found", so a secret group's threads do not leak by
 * address, by a link to a reply or by a mention.
 */
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import type { Kysely, Transaction } from 'kysely';
import type { DB, GroupKind } from '../../platform/db';
import { conflict, notFound, validate, type Deps } from '../../platform/core';
import { authorize, type Actor, type MaybeActor } from '../../platform/auth';
import { findGroupWithStanding } from '../groups';
import { recordActivity } from '../../notify/notifications';
import { deleteFollow, findFollow, insertFollow } from '../../notify/follows';
import { assertMayPost } from '../moderation';
import { discussionPolicy, type ThreadPlace } from './discussions.policy';
import * as q from './discussions.queries';
import {
	editSchema,
	pageOfNumber,
	PAGE_SIZE,
	TITLE_MAX,
	rangeOfPage,
	replySchema,
	THREADS_PER_PAGE,
	threadSchema
} from './discussions.schemas';
import { extractMentions, handlesInText, quoteText, renderPostBody } from './post-text';
import { slugCandidates, slugify } from '../../shared';

type Db = Kysely<DB> | Transaction<DB>;

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
async function mayPost(db: Kysely<DB>, actor: Actor, text: string): Promise<void> {
	await assertMayPost(db, actor, text);
}

// ---------------------------------------------------------------------------------------------
// Access

interface Place extends ThreadPlace {
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
async function readablePlace(db: Db, actor: MaybeActor, groupId: number | null): Promise<Place> {
	const place = await placeOf(db, actor, groupId);
	if (!place) throw notFound();
	authorize(actor, discussionPolicy, 'read', place);
	return place;
}

/** The thread and its place, or not found when the viewer may not read it (or it is hidden from them). */
async function readableThread(db: Db, actor: MaybeActor, key: { slug: string } | { id: number }) {
	const thread = 'slug' in key ? await q.findThreadBySlug(db, key.slug) : await q.findThreadById(db, key.id);
	if (!thread) throw notFound();
	const place = await readablePlace(db, actor, thread.group_id);
	authorize(actor, discussionPolicy, 'readHidden', thread);
	return { thread, place };
}

/** The group's slug must be the thread's (group routes), or no group at all when `groupSlug` is null. */
function checkGroupSlug(place: Place, groupSlug: string | null | undefined) {
	if (groupSlug === undefined) return;
	if ((place.groupRef?.slug ?? null) !== groupSlug) throw notFound();
}

/** Ids of people @mentioned in `body` who exist, leaving out the author; in closed and secret groups only the group's members. */
async function mentionedIds(db: Db, actor: Actor, body: string, place: Place): Promise<number[]> {
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

function relatedOf(place: Place) {
	return place.groupRef ? [{ type: 'group' as const, id: place.groupRef.id }] : [];
}

// ---------------------------------------------------------------------------------------------
// Lists

/**
 * A post's or thread's author as this viewer may see them: null when the account is gone;
 * name and handle null when the viewer may not see the profile (people visibility, hidden
 * profiles): the page says "a network member".
 */
export type AuthorView = { name: string | null; handle: string | null } | null;

function authorOf(row: { author_name: string | null; author_handle: string | null; author_visible: boolean }): AuthorView {
	if (row.author_name === null) return null;
	return row.author_visible ? { name: row.author_name, handle: row.author_handle } : { name: null, handle: null };
}

export interface ThreadSummary {
	slug: string;
	title: string;
	path: string;
	author: AuthorView;
	replies: number;
	lastPostAt: Date;
	createdAt: Date;
	locked: boolean;
	hidden: boolean;
}

export interface ThreadList {
	group: GroupRef | null;
	threads: ThreadSummary[];
	page: number;
	pages: number;
	total: number;
	/** The viewer may start a thread here. */
	canStart: boolean;
	/** Signed in but their address is not verified yet (general threads). */
	needsVerification: boolean;
}

/** Threads of the general discussions (groupId null) or of a group, newest activity first. */
export async function listThreads(
	actor: MaybeActor,
	input: { groupId: number | null; page?: number; locale?: string },
	{ db }: Deps
): Promise<ThreadList> {
	const place = await readablePlace(db, actor, input.groupId);
	const locale = input.locale ?? actor?.locale ?? 'pl';
	const page = Math.max(1, Math.floor(input.page ?? 1));
	const { rows, total } = await q.listThreads(db, actor, {
		groupId: input.groupId,
		seeHidden: discussionPolicy.listHidden(actor),
		limit: THREADS_PER_PAGE,
		offset: (page - 1) * THREADS_PER_PAGE
	});
	return {
		group: place.groupRef,
		threads: rows.map((row) => ({
			slug: row.slug,
			title: row.title,
			path: threadPath(locale, row.slug, place.groupRef?.slug ?? null),
			author: authorOf(row),
			replies: Math.max(0, row.post_count - 1),
			lastPostAt: row.last_post_at,
			createdAt: row.created_at,
			locked: row.locked,
			hidden: row.hidden_at !== null
		})),
		page,
		pages: Math.max(1, Math.ceil(total / THREADS_PER_PAGE)),
		total,
		canStart: discussionPolicy.write(actor, place),
		needsVerification: actor !== null && place.group === null && !actor.emailVerified
	};
}

/** A group's threads by the group's slug (its discussions page); not found when the viewer may not read them. */
export async function listGroupThreads(
	actor: MaybeActor,
	input: { groupSlug: string; page?: number; locale?: string },
	deps: Deps
): Promise<ThreadList> {
	const found = await findGroupWithStanding(deps.db, { slug: input.groupSlug }, actor?.id ?? null);
	if (!found) throw notFound();
	return listThreads(actor, { groupId: found.group.id, page: input.page, locale: input.locale }, deps);
}

/** For /new pages: the place and whether the viewer may start a thread there (signed-in people only). */
export async function getNewThreadForm(actor: MaybeActor, input: { groupSlug: string | null }, { db }: Deps) {
	authorize(actor, discussionPolicy, 'signedIn');
	let groupId: number | null = null;
	if (input.groupSlug !== null) {
		const found = await findGroupWithStanding(db, { slug: input.groupSlug }, actor.id);
		if (!found) throw notFound();
		groupId = found.group.id;
	}
	const place = await readablePlace(db, actor, groupId);
	return {
		group: place.groupRef,
		canStart: discussionPolicy.write(actor, place),
		needsVerification: place.group === null && !actor.emailVerified,
		titleMax: TITLE_MAX
	};
}

// ---------------------------------------------------------------------------------------------
// Writing

export interface PostRef {
	threadId: number;
	slug: string;
	groupSlug: string | null;
	postId: number;
	number: number;
	page: number;
}

/** Starts a thread with its opening post (number 1); the author follows it. */
export async function createThread(
	actor: MaybeActor,
	input: { groupId: number | null; values: Record<string, unknown> },
	deps: Deps
): Promise<PostRef> {
	authorize(actor, discussionPolicy, 'signedIn');
	const { db } = deps;
	const place = await readablePlace(db, actor, input.groupId);
	authorize(actor, discussionPolicy, 'writeGeneral', place);
	authorize(actor, discussionPolicy, 'writeInGroup', place);
	const values = validate(threadSchema, input.values);
	await mayPost(db, actor, `${values.title}\n\n${values.body}`);
	const mentioned = await mentionedIds(db, actor, values.body, place);
	const base = slugify(values.title, 'discussion');

	return db.transaction().execute(async (trx) => {
		const now = new Date();
		const taken = new Set(await q.slugsStartingWith(trx, base));
		let created: Awaited<ReturnType<typeof q.insertThread>>;
		for (const slug of slugCandidates(base)) {
			if (taken.has(slug)) continue;
			created = await q.insertThread(trx, {
				slug,
				groupId: input.groupId,
				title: values.title,
				authorId: actor.id,
				body: values.body,
				now
			});
			if (created) break;
		}
		const { thread, post } = created!;
		await recordActivity(trx, {
			kind: 'thread_started',
			actorId: actor.id,
			subjectType: 'post',
			subjectId: post.id,
			contextType: 'thread',
			contextId: thread.id,
			mentioned,
			related: relatedOf(place),
			payload: { title: values.title, number: 1, slug: thread.slug, groupSlug: place.groupRef?.slug ?? null }
		});
		await insertFollow(trx, actor.id, { type: 'thread', id: thread.id });
		return { threadId: thread.id, slug: thread.slug, groupSlug: place.groupRef?.slug ?? null, postId: post.id, number: 1, page: 1 };
	});
}

/** Adds a reply; it takes the next number under a lock on the thread. The author follows the thread. */
export async function replyToThread(
	actor: MaybeActor,
	input: ({ threadId: number } | { slug: string }) & { values: Record<string, unknown>; groupSlug?: string | null },
	deps: Deps
): Promise<PostRef> {
	authorize(actor, discussionPolicy, 'signedIn');
	const { db } = deps;
	const { thread, place } = await readableThread(db, actor, 'threadId' in input ? { id: input.threadId } : { slug: input.slug });
	checkGroupSlug(place, input.groupSlug);
	authorize(actor, discussionPolicy, 'writeGeneral', place);
	authorize(actor, discussionPolicy, 'writeInGroup', place);
	if (thread.locked) throw conflict('discussions_error_locked');
	const values = validate(replySchema, input.values);
	if (values.quote !== null && values.quote > thread.post_count) throw conflict('discussions_error_no_such_post');
	await mayPost(db, actor, values.body);
	const mentioned = await mentionedIds(db, actor, values.body, place);

	return db.transaction().execute(async (trx) => {
		const locked = await q.lockThread(trx, thread.id);
		if (locked.locked) throw conflict('discussions_error_locked');
		const number = locked.post_count + 1;
		const post = await q.insertPost(trx, { threadId: thread.id, number, authorId: actor.id, body: values.body, now: new Date() });
		await recordActivity(trx, {
			kind: 'reply_posted',
			actorId: actor.id,
			subjectType: 'post',
			subjectId: post.id,
			contextType: 'thread',
			contextId: thread.id,
			mentioned,
			related: relatedOf(place),
			payload: {
				title: thread.title,
				number,
				slug: thread.slug,
				groupSlug: place.groupRef?.slug ?? null,
				...(values.quote ? { quote: values.quote } : {})
			}
		});
		await insertFollow(trx, actor.id, { type: 'thread', id: thread.id });
		return {
			threadId: thread.id,
			slug: thread.slug,
			groupSlug: place.groupRef?.slug ?? null,
			postId: post.id,
			number,
			page: pageOfNumber(number)
		};
	});
}

async function changeablePost(db: Db, actor: MaybeActor, input: { slug: string; number: number; groupSlug?: string | null }) {
	authorize(actor, discussionPolicy, 'signedIn');
	const { thread, place } = await readableThread(db, actor, { slug: input.slug });
	checkGroupSlug(place, input.groupSlug);
	const post = await q.findPost(db, thread.id, input.number);
	if (!post) throw notFound();
	authorize(actor, discussionPolicy, 'readHidden', post);
	authorize(actor, discussionPolicy, 'changePost', post);
	return { thread, place, post, actor };
}

/** The author rewrites their post; it shows "edited" with the time. Hidden posts stay as the moderators left them. */
export async function editPost(
	actor: MaybeActor,
	input: { slug: string; number: number; values: Record<string, unknown>; groupSlug?: string | null },
	deps: Deps
): Promise<PostRef> {
	const { thread, place, post, actor: author } = await changeablePost(deps.db, actor, input);
	if (post.hidden_at) throw conflict('discussions_error_hidden');
	const values = validate(editSchema, input.values);
	await mayPost(deps.db, author, values.body);
	await q.updatePostBody(deps.db, post.id, values.body, new Date());
	return {
		threadId: thread.id,
		slug: thread.slug,
		groupSlug: place.groupRef?.slug ?? null,
		postId: post.id,
		number: post.number,
		page: pageOfNumber(post.number)
	};
}

/** The author deletes their post: its text goes, a note keeps its place and number; the thread stays (even for post 1). */
export async function deletePost(
	actor: MaybeActor,
	input: { slug: string; number: number; groupSlug?: string | null },
	deps: Deps
): Promise<PostRef> {
	const { thread, place, post } = await changeablePost(deps.db, actor, input);
	await q.markPostDeleted(deps.db, post.id, new Date());
	return {
		threadId: thread.id,
		slug: thread.slug,
		groupSlug: place.groupRef?.slug ?? null,
		postId: post.id,
		number: post.number,
		page: pageOfNumber(post.number)
	};
}

/** Follow or stop following a thread the viewer may read. */
export async function setThreadFollow(
	actor: MaybeActor,
	input: { slug: string; follow: boolean; groupSlug?: string | null },
	{ db }: Deps
): Promise<{ slug: string; groupSlug: string | null }> {
	authorize(actor, discussionPolicy, 'signedIn');
	const { thread, place } = await readableThread(db, actor, { slug: input.slug });
	checkGroupSlug(place, input.groupSlug);
	if (input.follow) await insertFollow(db, actor.id, { type: 'thread', id: thread.id });
	else await deleteFollow(db, actor.id, { type: 'thread', id: thread.id });
	return { slug: thread.slug, groupSlug: place.groupRef?.slug ?? null };
}

// ---------------------------------------------------------------------------------------------
// Reading

export type PostState = 'visible' | 'deleted' | 'hidden';

export interface PostView {
	id: number;
	number: number;
	state: PostState;
	/** Rendered, sanitised HTML; empty for deleted posts and for hidden ones the viewer may not see. */
	html: string;
	/** For the author and coordinators of a hidden post: why it was hidden. */
	hiddenReason: string | null;
	author: AuthorView;
	createdAt: Date;
	editedAt: Date | null;
	deletedAt: Date | null;
	mine: boolean;
	canChange: boolean;
}

export interface ThreadPage {
	thread: {
		id: number;
		slug: string;
		title: string;
		locked: boolean;
		hidden: boolean;
		hiddenReason: string | null;
		postCount: number;
		createdAt: Date;
		lastPostAt: Date;
	};
	group: GroupRef | null;
	path: string;
	page: number;
	pages: number;
	/** The numbers this page shows. */
	from: number;
	to: number;
	posts: PostView[];
	viewer: {
		signedIn: boolean;
		canReply: boolean;
		needsVerification: boolean;
		following: boolean;
	};
	/** The reply form's starting text when quoting (?quote=n). */
	quote: { number: number; text: string } | null;
	/** The post being edited (?edit=n), for its author. */
	edit: { number: number; body: string } | null;
}

/**
 * One page of a thread: page k shows numbers 30(k-1)+1 … 30k (or the page holding `number`).
 * `groupSlug`: undefined takes any thread (callers redirect group threads to their group's
 * address), null or a slug must match the thread's place.
 */
export async function getThreadPage(
	actor: MaybeActor,
	input: {
		slug: string;
		page?: number;
		number?: number;
		groupSlug?: string | null;
		quote?: number | null;
		edit?: number | null;
		locale?: Locale;
	},
	{ db }: Deps
): Promise<ThreadPage> {
	const locale = input.locale ?? actor?.locale ?? 'pl';
	const { thread, place } = await readableThread(db, actor, { slug: input.slug });
	checkGroupSlug(place, input.groupSlug);
	const groupSlug = place.groupRef?.slug ?? null;
	const pages = Math.max(1, Math.ceil(thread.post_count / PAGE_SIZE));
	const page = input.number !== undefined ? pageOfNumber(input.number) : Math.max(1, Math.floor(input.page ?? 1));
	if (page > pages || !Number.isFinite(page)) throw notFound();
	const { from, to } = rangeOfPage(page);
	const rows = await q.listPostRange(db, actor, thread.id, from, to);

	const mayRead = (row: { hidden_at: Date | null; author_id: number | null }) => discussionPolicy.readHidden(actor, row);
	const handles = new Set<string>();
	for (const row of rows) if (!row.deleted_at && mayRead(row)) for (const h of handlesInText(row.body)) handles.add(h);
	const linkable = new Set((await q.findPeopleByHandles(db, actor, [...handles])).filter((p) => p.visible).map((p) => p.handle));
	const replyHref = (n: number) => (n >= 1 && n <= thread.post_count ? replyPath(locale, thread.slug, groupSlug, n) : null);

	const posts: PostView[] = rows.map((row) => {
		const state: PostState = row.deleted_at ? 'deleted' : row.hidden_at ? 'hidden' : 'visible';
		const readable = state === 'visible' || (state === 'hidden' && mayRead(row));
		const mine = actor !== null && row.author_id === actor.id;
		return {
			id: row.id,
			number: row.number,
			state,
			html: readable ? renderPostBody(row.body, { locale, linkable, replyHref }) : '',
			hiddenReason: state === 'hidden' && readable ? (row.hidden_reason ?? '') : null,
			author: authorOf(row),
			createdAt: row.created_at,
			editedAt: row.edited_at,
			deletedAt: row.deleted_at,
			mine,
			canChange: discussionPolicy.changePost(actor, row) && state === 'visible'
		};
	});

	const canReply = discussionPolicy.write(actor, place) && !thread.locked;
	let quote: ThreadPage['quote'] = null;
	if (canReply && input.quote) {
		const [quoted] = await q.listPostRange(db, actor, thread.id, input.quote, input.quote);
		if (quoted && !quoted.deleted_at && !quoted.hidden_at) {
			const author = authorOf(quoted);
			const name =
				author === null ? m.discussions_former_member({}, { locale }) : (author.name ?? m.discussions_network_member({}, { locale }));
			const reference = m.discussions_quote_reference({ number: quoted.number, name }, { locale });
			quote = { number: quoted.number, text: quoteText(quoted, reference) };
		}
	}
	let edit: ThreadPage['edit'] = null;
	if (actor && input.edit) {
		const own = rows.find((row) => row.number === input.edit) ?? (await q.findPost(db, thread.id, input.edit));
		if (own && discussionPolicy.changePost(actor, own) && !own.hidden_at) edit = { number: own.number, body: own.body };
	}

	return {
		thread: {
			id: thread.id,
			slug: thread.slug,
			title: thread.title,
			locked: thread.locked,
			hidden: thread.hidden_at !== null,
			hiddenReason: thread.hidden_at ? (thread.hidden_reason ?? '') : null,
			postCount: thread.post_count,
			createdAt: thread.created_at,
			lastPostAt: thread.last_post_at
		},
		group: place.groupRef,
		path: threadPath(locale, thread.slug, groupSlug),
		page,
		pages,
		from,
		to: Math.min(to, thread.post_count),
		posts,
		viewer: {
			signedIn: actor !== null,
			canReply,
			needsVerification: actor !== null && place.group === null && !actor.emailVerified,
			following: actor !== null && (await findFollow(db, actor.id, { type: 'thread', id: thread.id })) !== undefined
		},
		quote,
		edit
	};
}

/**
 * Where a link to one reply goes: its page and anchor, under the thread's own place.
 * Not found when the viewer may not read the thread or there is no such post.
 */
export async function locateReply(
	actor: MaybeActor,
	input: { slug: string; number: number; groupSlug?: string | null; locale?: string },
	{ db }: Deps
): Promise<{ path: string; page: number; groupSlug: string | null }> {
	const { thread, place } = await readableThread(db, actor, { slug: input.slug });
	checkGroupSlug(place, input.groupSlug);
	if (!Number.isInteger(input.number) || input.number < 1 || input.number > thread.post_count) throw notFound();
	const groupSlug = place.groupRef?.slug ?? null;
	const locale = input.locale ?? actor?.locale ?? 'pl';
	return { path: replyPath(locale, thread.slug, groupSlug, input.number), page: pageOfNumber(input.number), groupSlug };
}

/** A thread's title and address for a viewer who may read it (notifications, reports); undefined otherwise. */
export async function threadForViewer(actor: MaybeActor, threadId: number, locale: string, { db }: Deps) {
	try {
		const { thread, place } = await readableThread(db, actor, { id: threadId });
		return {
			id: thread.id,
			title: thread.title,
			path: threadPath(locale, thread.slug, place.groupRef?.slug ?? null),
			group: place.groupRef
		};
	} catch {
		return undefined;
	}
}
