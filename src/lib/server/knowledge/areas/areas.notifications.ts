/** Thematic areas in the notification registry (notify/registry): anyone signed in may follow an area. */
import type { DomainNotifications } from '../../notify/registry';
import { findAreaByKey } from './areas.queries';
import { existingAreaIds, listAreas } from './areas.sql';

export const areasNotifications: DomainNotifications = {
	targets: [
		{
			type: 'area',
			// a network has a few dozen areas: all of them, named once
			titles: async (db, ids, locale) => {
				const wanted = new Set(ids);
				return (await listAreas(db, locale))
					.filter((a) => wanted.has(a.id))
					.map((a) => ({ id: a.id, title: a.name, path: `areas/${a.key}` }));
			},
			// areas are public: they only need to exist
			mayFollow: async (db, _actor, id) => (await existingAreaIds(db, [id])).length > 0,
			findId: async (db, key) => (await findAreaByKey(db, key))?.id,
			wording: { target: 'notifications_target_area' }
		}
	]
};
