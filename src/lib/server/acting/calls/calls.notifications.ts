/**
 * Funding calls in the notification registry (notify/registry): people follow a call from its
 * own page (followCall, with the calls' rules) to hear of its deadline.
 */
import type { DomainNotifications } from '../../notify/registry';
import { listCallTitles } from './calls.queries';

export const callsNotifications: DomainNotifications = {
	targets: [
		{
			type: 'call',
			titles: async (db, ids) => (await listCallTitles(db, ids)).map((c) => ({ id: c.id, title: c.title, path: `calls/${c.slug}` })),
			mayFollow: 'own-form',
			wording: { target: 'notifications_target_call' }
		}
	]
};
