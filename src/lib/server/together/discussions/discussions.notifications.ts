/**
 * Discussions in the notification registry (notify/registry): a thread is a context people
 * follow; a post or a thread is what changed; replies and new threads are what happens.
 */
import type { DomainNotifications } from '../../notify/registry';
import { canReadPlace, seesHidden } from './discussions.policy';
import { pageOfNumber } from './discussions.schemas';
import * as q from './discussions.queries';

export const discussionsNotifications: DomainNotifications = {
	contexts: [
		{
			type: 'thread',
			links: async (db, ids) =>
				(await q.listThreadLinks(db, ids)).map((t) => ({
					id: t.id,
					title: t.title,
					path: t.group_id !== null && t.group_slug ? `groups/${t.group_slug}/discussions/${t.slug}` : `discussions/${t.slug}`,
					groupId: t.group_id,
					hidden: t.hidden_at !== null,
					membersOnly: false,
					authorId: t.author_id
				})),
			mayRead: ({ actor, group }, link) => canReadPlace(actor, { group }) && (!link.hidden || seesHidden(actor, link.authorId)),
			overridable: true,
			// straight to the first new reply, on its page
			unreadPath: (link, firstUnread) => {
				const page = pageOfNumber(firstUnread);
				return `${link.path}${page > 1 ? `?page=${page}` : ''}#reply-${firstUnread}`;
			},
			wording: { label: 'notifications_context_thread', mail: 'notifications_mail_context_thread', target: 'notifications_target_thread' }
		}
	],
	subjects: [
		{
			type: 'post',
			state: async (db, id) => {
				const post = await q.findPostState(db, id);
				return post && { hidden: post.hidden_at !== null, deleted: post.deleted_at !== null, authorId: post.author_id };
			}
		},
		{
			type: 'thread',
			state: async (db, id) => {
				const thread = await q.findThreadById(db, id);
				return thread && { hidden: thread.hidden_at !== null, deleted: false, authorId: thread.author_id };
			}
		}
	],
	kinds: [
		{ kind: 'reply_posted', item: 'notifications_item_reply_posted', mail: 'notifications_mail_kind_reply_posted' },
		{
			kind: 'thread_started',
			item: 'notifications_item_thread_started',
			itemMany: 'notifications_item_other',
			mail: 'notifications_mail_kind_thread_started',
			toActorFollowers: true
		}
	]
};
