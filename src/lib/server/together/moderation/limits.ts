import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db';
import { authorize, type Actor } from '../../platform/auth';
import { AppError } from '../../platform/core';
import { moderationPolicy } from './moderation.policy';
import { containsLink } from './links';
import * as q from './limits.queries';

/** What people who are not yet network members may do (see the moderation section of the README). */
export const NEWCOMER_LIMITS = {
	/** Posts, answers and challenges (a new thread counts once) per hour. */
	postsPerHour: 5,
	/** Their first this-many posts may contain no links or web addresses. */
	firstPostsWithoutLinks: 5
} as const;

const HOUR = 60 * 60;

/**
 * Call before storing a post, answer, thread or challenge (inside the write's transaction if
 * there is one). Network members and coordinators pass. Others must have confirmed their e-mail
 * address (403 `moderation_error_unverified`), may post `postsPerHour` times an hour
 * (429 `moderation_error_rate`), and their first posts may contain no links (400
 * `validation_failed` with a field error on `field`, 'body' unless the form names it otherwise).
 * Every message is translated; forms keep the typed text.
 */
export async function assertMayPost(db: Kysely<DB> | Transaction<DB>, actor: Actor, text: string, field = 'body'): Promise<void> {
	if (moderationPolicy.postFreely(actor)) return;
	authorize(actor, moderationPolicy, 'postAsNewcomer');
	const { total, recent } = await q.countAuthored(db, actor.id, HOUR);
	if (recent >= NEWCOMER_LIMITS.postsPerHour) {
		throw new AppError('rate_limited', 'moderation_error_rate', {
			[field]: { key: 'moderation_error_rate_field', params: { max: NEWCOMER_LIMITS.postsPerHour } }
		});
	}
	if (total < NEWCOMER_LIMITS.firstPostsWithoutLinks && containsLink(text)) {
		const ref = { key: 'moderation_error_links_field', params: { count: NEWCOMER_LIMITS.firstPostsWithoutLinks } };
		throw new AppError('validation_failed', 'moderation_error_links', { [field]: ref });
	}
}
