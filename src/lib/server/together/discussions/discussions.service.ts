/**
 * Discussions: threads of numbered posts, general (the network's) or in a working group. This
 * file lists threads and starts them; a thread's page is in discussions-read.service.ts, replies
 * and their authors' edits in discussions-posts.service.ts, following a thread in
 * discussions-follow.service.ts, and what they share (addresses, access, mentions) in
 * discussions-common.ts.
 *
 * Who may read and write comes from discussions.policy.ts (group threads: group-access.ts);
 * anything a viewer may not read is "not found", so a secret group's threads do not leak by
 * address, by a link to a reply or by a mention.
 */
import { notFound, validate, type Deps } from '../../platform/core';
import { authorize, type MaybeActor } from '../../platform/auth';
import { findGroupWithStanding } from '../groups';
import { recordActivity } from '../../notify/notifications';
import { insertFollow } from '../../notify/follows';
import { discussionPolicy } from './discussions.policy';
import * as q from './discussions.queries';
import { THREADS_PER_PAGE, TITLE_MAX, threadSchema } from './discussions.schemas';
import { newSlugCandidates } from '../../shared';
import {
	authorOf,
	mayPost,
	mentionedIds,
	readablePlace,
	relatedOf,
	threadPath,
	type AuthorView,
	type GroupRef,
	type PostRef
} from './discussions-common';

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

	return db.transaction().execute(async (trx) => {
		const now = new Date();
		let created: Awaited<ReturnType<typeof q.insertThread>>;
		for (const slug of newSlugCandidates(values.title, 'discussion')) {
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
