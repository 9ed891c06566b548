/** Project updates: a partner's person posts news for the partners or for all members. */
import { validate, type Deps } from '../../platform/core';
import { authorize, type MaybeActor } from '../../platform/auth';
import { projectPolicy } from './projects.policy';
import * as q from './projects.queries';
import { updateSchema } from './projects.schemas';
import { visibleProject } from './projects-access';

/** A partner's person posts an update (form values body in Markdown, update_audience partners|members). */
export async function postProjectUpdate(actor: MaybeActor, input: { slug: string; values: unknown }, deps: Deps): Promise<{ id: number }> {
	authorize(actor, projectPolicy, 'signedIn');
	const { row, standing } = await visibleProject(deps, actor, input.slug);
	authorize(actor, projectPolicy, 'contribute', standing);
	const { body, update_audience: audience } = validate(updateSchema, input.values);
	return deps.db.transaction().execute(async (trx) => {
		const created = await q.insertUpdate(trx, { projectId: row.id, authorId: actor.id, body, audience });
		await q.touchProject(trx, row.id);
		return created;
	});
}
