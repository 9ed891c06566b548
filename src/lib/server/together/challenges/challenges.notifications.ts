/**
 * Challenges in the notification registry (notify/registry): a challenge is a context people
 * follow; an answer or the challenge itself is what changed.
 */
import type { ContextLink, DomainNotifications, NotificationSubject } from '../../notify/registry';
import { canSeeChallenge } from './challenges.policy';
import * as q from './challenges.queries';
import * as responses from './challenge-responses.queries';

// The policy only asks whether it is hidden, not since when.
const refOf = (link: ContextLink) => ({
	visibility: link.membersOnly ? ('members' as const) : ('public' as const),
	author_id: link.authorId,
	hidden_at: link.hidden ? 'hidden' : null
});

const answerState: NotificationSubject['state'] = async (db, id) => {
	const answer = await responses.findAnswer(db, id);
	return answer && { hidden: answer.hidden_at !== null, deleted: answer.deleted_at !== null, authorId: answer.author_id };
};

export const challengesNotifications: DomainNotifications = {
	contexts: [
		{
			type: 'challenge',
			links: async (db, ids) =>
				(await q.listChallengeLinks(db, ids)).map((c) => ({
					id: c.id,
					title: c.title,
					path: `challenges/${c.slug}`,
					groupId: null,
					hidden: c.hidden_at !== null,
					membersOnly: c.visibility === 'members',
					authorId: c.author_id
				})),
			mayRead: ({ actor }, link) => canSeeChallenge(actor, refOf(link)),
			overridable: true,
			wording: {
				label: 'notifications_context_challenge',
				mail: 'notifications_mail_context_challenge',
				target: 'notifications_target_challenge'
			}
		}
	],
	subjects: [
		{ type: 'answer', state: answerState },
		{ type: 'challenge_answer', state: answerState },
		{
			type: 'challenge',
			state: async (db, id) => {
				const [challenge] = await q.listChallengeLinks(db, [id]);
				return challenge && { hidden: challenge.hidden_at !== null, deleted: false, authorId: challenge.author_id };
			}
		}
	],
	kinds: [
		{
			kind: 'challenge_posted',
			item: 'notifications_item_challenge_posted',
			itemMany: 'notifications_item_other',
			mail: 'notifications_mail_kind_challenge_posted',
			toActorFollowers: true
		},
		{ kind: 'challenge_answered', item: 'notifications_item_challenge_answered', mail: 'notifications_mail_kind_challenge_answered' },
		{ kind: 'challenge_joined', item: 'notifications_item_challenge_joined', mail: 'notifications_mail_kind_challenge_joined' },
		{ kind: 'challenge_solved', item: 'notifications_item_challenge_solved', mail: 'notifications_mail_kind_challenge_solved' }
	]
};
