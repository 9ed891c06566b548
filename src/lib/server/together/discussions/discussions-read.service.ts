/** Reading threads: a thread's page of posts, where a link to one reply goes, and a thread as notifications and reports name it. */
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { notFound, type Deps } from '../../platform/core';
import type { MaybeActor } from '../../platform/auth';
import { findFollow } from '../../notify/follows';
import { discussionPolicy } from './discussions.policy';
import * as q from './discussions.queries';
import { pageOfNumber, PAGE_SIZE, rangeOfPage } from './discussions.schemas';
import { handlesInText, quoteText, renderPostBody } from './post-text';
import { authorOf, checkGroupSlug, readableThread, replyPath, threadPath, type AuthorView, type GroupRef } from './discussions-common';

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
