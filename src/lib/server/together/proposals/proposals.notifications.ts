/**
 * Proposals in the notification registry (notify/registry): a proposal is a context people
 * follow (its author and voters do); a new proposal is news of its group.
 */
import type { DomainNotifications } from '../../notify/registry';
import { canReadProposals } from './proposals.policy';
import * as q from './proposals.queries';

export const proposalsNotifications: DomainNotifications = {
	contexts: [
		{
			type: 'proposal',
			links: async (db, ids) =>
				(await q.listProposalLinks(db, ids)).map((p) => ({
					id: p.id,
					title: p.title,
					path: `groups/${p.group_slug}/proposals/${p.slug}`,
					groupId: p.group_id,
					hidden: false,
					membersOnly: false,
					authorId: p.created_by
				})),
			mayRead: ({ actor, group }) => group !== null && canReadProposals(actor, group.kind, group.standing),
			// the group's frequency covers its proposals
			overridable: false,
			wording: {
				label: 'notifications_context_proposal',
				mail: 'notifications_mail_context_proposal',
				target: 'notifications_target_proposal'
			}
		}
	],
	kinds: [
		// recorded on the group: its followers hear of it
		{
			kind: 'proposal_opened',
			item: 'notifications_item_proposal_opened',
			itemMany: 'notifications_item_other',
			mail: 'notifications_mail_kind_proposal_opened',
			toActorFollowers: true
		},
		{ kind: 'proposal_closed', item: 'notifications_item_proposal_closed', mail: 'notifications_mail_kind_proposal_closed' }
	]
};
