/**
 * Working groups in the notification registry (notify/registry): a group is a context people
 * follow (its members do, from joining); membership news is what happens there.
 */
import type { DomainNotifications, NotificationKind } from '../../notify/registry';
import { isActiveMember } from './group-access';
import { groupPolicy } from './groups.policy';
import * as q from './groups.queries';

/** Membership news reaches whoever may see the group, before they may read its content. */
const membership = (kind: string, wording: Pick<NotificationKind, 'item' | 'mail'> = {}): NotificationKind => ({
	kind,
	...wording,
	mayHear: () => true
});

export const groupsNotifications: DomainNotifications = {
	contexts: [
		{
			type: 'group',
			links: async (db, ids) =>
				(await q.listGroupLinks(db, ids)).map((g) => ({
					id: g.id,
					title: g.name,
					path: `groups/${g.slug}`,
					groupId: g.id,
					hidden: false,
					membersOnly: false,
					authorId: g.created_by
				})),
			// Invitations and requests concern people who may see the group but not yet read it.
			mayRead: ({ actor, group }) => group !== null && groupPolicy.view(actor, group),
			overridable: true,
			wording: { label: 'notifications_context_group', mail: 'notifications_mail_context_group', target: 'notifications_target_group' }
		}
	],
	kinds: [
		{
			kind: 'group_request',
			item: 'notifications_item_group_request',
			mail: 'notifications_mail_kind_group_request',
			// a request to join is for the people who decide it
			mayHear: ({ group }) => group !== null && isActiveMember(group.standing) && group.standing.role === 'coordinator'
		},
		membership('group_invited', { item: 'notifications_item_group_invited', mail: 'notifications_mail_kind_group_invited' }),
		membership('group_request_accepted'),
		membership('group_request_declined'),
		membership('group_joined')
	]
};
