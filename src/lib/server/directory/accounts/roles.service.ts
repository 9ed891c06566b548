import { notFound, validate, type Deps } from '../../platform/core';
import type { Role } from '../../platform/db';
import { roleSchema } from './roles.schemas';
import * as q from './accounts.queries';
import { insertAudit } from '../../platform/audit';

/**
 * Gives an existing person the coordinator or admin role, from the server console
 * (`npm run admin`). There is no actor: whoever can run commands on the server already holds
 * the database. Recorded in the audit log. Unknown address: `not_found`.
 */
export async function assignRoleFromConsole(
	input: unknown,
	deps: Deps
): Promise<{ name: string; email: string; previousRole: Role; role: Role }> {
	const { email, role } = validate(roleSchema, input);
	const person = await q.findCredentialsByEmail(deps.db, email);
	if (!person) throw notFound();
	await deps.db.transaction().execute(async (trx) => {
		await q.updateRole(trx, person.id, role);
		await insertAudit(trx, {
			actorId: null,
			action: 'person.role_set',
			subjectType: 'person',
			subjectId: String(person.id),
			details: { from: person.role, to: role, via: 'console' }
		});
	});
	return { name: person.name, email: person.email, previousRole: person.role, role };
}
