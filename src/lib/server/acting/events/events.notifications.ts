/** Events in the notification registry (notify/registry): followed through the events' own forms. */
import type { DomainNotifications } from '../../notify/registry';
import { listEventTitles } from './event-read.queries';

export const eventsNotifications: DomainNotifications = {
	targets: [
		{
			type: 'event',
			titles: async (db, ids) => (await listEventTitles(db, ids)).map((e) => ({ id: e.id, title: e.title, path: `events/${e.slug}` })),
			mayFollow: 'own-form',
			wording: { target: 'notifications_target_event' }
		}
	]
};
