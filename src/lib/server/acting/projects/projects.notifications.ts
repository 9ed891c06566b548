/** Projects in the notification registry (notify/registry): followed through the projects' own forms. */
import type { DomainNotifications } from '../../notify/registry';
import { listProjectTitles } from './projects.queries';

export const projectsNotifications: DomainNotifications = {
	targets: [
		{
			type: 'project',
			titles: async (db, ids) => (await listProjectTitles(db, ids)).map((p) => ({ id: p.id, title: p.title, path: `projects/${p.slug}` })),
			mayFollow: 'own-form',
			wording: { target: 'notifications_target_project' }
		}
	]
};
