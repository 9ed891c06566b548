import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { makePerson } from '../../platform/db/testing/factories';
import { assignRoleFromConsole } from './roles.service';

const t = useTestDatabase();

describe('roles from the console', () => {
	it('makes an existing person admin by default, or coordinator, and records it', async () => {
		const person = await makePerson(t.db, { email: 'magda.coordinator@example.org' });
		expect(await assignRoleFromConsole({ email: 'Magda.Coordinator@example.org' }, t.deps)).toMatchObject({
			previousRole: 'person',
			role: 'admin'
		});
		await assignRoleFromConsole({ email: person.email, role: 'coordinator' }, t.deps);
		const row = await t.db.selectFrom('people').select('role').where('id', '=', person.id).executeTakeFirstOrThrow();
		expect(row.role).toBe('coordinator');
		const audit = await t.db
			.selectFrom('audit_log')
			.select(['action', 'details'])
			.where('subject_id', '=', String(person.id))
			.orderBy('id')
			.execute();
		expect(audit).toHaveLength(2);
		expect(audit[1]).toMatchObject({ action: 'person.role_set', details: { from: 'admin', to: 'coordinator', via: 'console' } });
	});

	it('refuses an unknown address and an unknown role', async () => {
		await expect(assignRoleFromConsole({ email: 'nobody@example.org' }, t.deps)).rejects.toMatchObject({ code: 'not_found' });
		const person = await makePerson(t.db);
		await expect(assignRoleFromConsole({ email: person.email, role: 'person' }, t.deps)).rejects.toMatchObject({
			code: 'validation_failed'
		});
	});
});
