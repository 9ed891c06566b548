/** Practices in the notification registry (notify/registry): people follow a practice they may see. */
import type { DomainNotifications } from '../../notify/registry';
import { canViewPractice } from './practices.policy';
import * as q from './practice-read.queries';

export const practicesNotifications: DomainNotifications = {
	targets: [
		{
			type: 'practice',
			titles: async (db, ids, locale) =>
				(await q.listPracticeTitles(db, ids, locale)).map((p) => ({ id: p.id, title: p.title, path: `practices/${p.slug}` })),
			mayFollow: async (db, actor, id) => {
				const p = await q.findPracticeAccessById(db, id, actor.id);
				return (
					p !== undefined &&
					canViewPractice(actor, {
						publishedAt: p.published_at,
						visibility: p.visibility,
						createdBy: p.created_by,
						viewerInOrganisation: Boolean(p.viewer_in_organisation)
					})
				);
			},
			findId: (db, slug) => q.findPracticeIdBySlug(db, slug),
			wording: { target: 'notifications_target_practice' }
		}
	]
};
