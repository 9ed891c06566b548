/** Writing in a thread: replying (with its quote), and the author editing or deleting their own post. */
import { conflict, notFound, validate, type Deps } from '../../platform/core';
import { authorize, type MaybeActor } from '../../platform/auth';
import { recordActivity } from '../../notify/notifications';
import { insertFollow } from '../../notify/follows';
import { discussionPolicy } from './discussions.policy';
import * as q from './discussions.queries';
import { editSchema, pageOfNumber, replySchema } from './discussions.schemas';
import { checkGroupSlug, mayPost, mentionedIds, readableThread, relatedOf, type Db, type PostRef } from './discussions-common';

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
