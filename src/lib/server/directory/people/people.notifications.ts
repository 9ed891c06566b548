/** People in the notification registry (notify/registry): others follow a person whose profile they may see. */
import type { DomainNotifications } from '../../notify/registry';
import * as q from './people.queries';
import { canSee } from './visibility';

export const peopleNotifications: DomainNotifications = {
	targets: [
		{
			type: 'person',
			titles: async (db, ids) => (await q.listPersonTitles(db, ids)).map((p) => ({ id: p.id, title: p.name, path: `people/${p.handle}` })),
			mayFollow: async (db, actor, id) => {
				const p = await q.findPersonFollowAccess(db, id);
				return p !== undefined && p.id !== actor.id && canSee(actor, p, 'profile');
			},
			// no button to follow oneself
			findId: async (db, handle, actor) => {
				const id = await q.findPersonIdByHandle(db, handle);
				return id === actor.id ? undefined : id;
			},
			wording: { target: 'notifications_target_person' }
		}
	]
};
