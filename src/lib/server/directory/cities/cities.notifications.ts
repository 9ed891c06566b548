/** Cities in the notification registry (notify/registry): anyone signed in may follow a city. */
import type { DomainNotifications } from '../../notify/registry';
import * as q from './cities.queries';
import { cityExists } from './cities.sql';

export const citiesNotifications: DomainNotifications = {
	targets: [
		{
			type: 'city',
			titles: async (db, ids, locale) =>
				(await q.listCityTitles(db, ids, locale)).map((c) => ({ id: c.id, title: c.name, path: `cities/${c.slug}` })),
			// cities are public: they only need to exist
			mayFollow: (db, _actor, id) => cityExists(db, id),
			findId: (db, slug) => q.findCityIdBySlug(db, slug),
			wording: { target: 'notifications_target_city' }
		}
	]
};
