/**
 * Finding a project for an actor: one place decides "not found" and the viewer's standing.
 *
 * Who sees what (projects.policy.ts): public projects everyone, members-only ones members and the
 * partners' people. Updates and documents have an audience: `members` (every network member) or
 * `partners` (people of the partner organisations, coordinators, admins). People of the lead
 * organisation edit; people of any partner organisation post updates and documents.
 */
import { notFound, type Deps } from '../../platform/core';
import { authorize, type MaybeActor } from '../../platform/auth';
import { projectPolicy, type ProjectStanding } from './projects.policy';
import * as q from './projects.queries';
import * as partnerQueries from './project-partners.queries';

/** The project at this address with the viewer's standing; missing and hidden are both 404. */
export async function visibleProject(deps: Deps, actor: MaybeActor, slug: string) {
	const row = await q.findProjectBySlug(deps.db, slug);
	if (!row) throw notFound();
	const standing: ProjectStanding = await partnerQueries.standingOf(deps.db, row.id, actor?.id ?? null);
	authorize(actor, projectPolicy, 'view', { visibility: row.visibility, standing });
	return { row, standing };
}
