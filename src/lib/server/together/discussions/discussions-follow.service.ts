/** Following a thread, or no longer following it. */
import type { Deps } from '../../platform/core';
import { authorize, type MaybeActor } from '../../platform/auth';
import { deleteFollow, insertFollow } from '../../notify/follows';
import { discussionPolicy } from './discussions.policy';
import { checkGroupSlug, readableThread } from './discussions-common';

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
