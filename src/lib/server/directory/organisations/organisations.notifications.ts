/** Organisations in the notification registry (notify/registry): anyone signed in may follow one. */
import type { DomainNotifications } from '../../notify/registry';
import * as q from './organisations.queries';

export const organisationsNotifications: DomainNotifications = {
	targets: [
		{
			type: 'organisation',
			titles: async (db, ids) =>
				(await q.listOrganisationTitles(db, ids)).map((o) => ({ id: o.id, title: o.name, path: `organisations/${o.slug}` })),
			// organisations are public: they only need to exist
			mayFollow: async (db, _actor, id) => (await q.listOrganisationTitles(db, [id])).length > 0,
			findId: (db, slug) => q.findOrganisationIdBySlug(db, slug),
			wording: { target: 'notifications_target_organisation' }
		}
	]
};
