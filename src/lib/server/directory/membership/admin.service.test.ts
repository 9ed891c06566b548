import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, makeMember, makePerson } from '../../platform/db/testing/factories';
import { AppError } from '../../platform/core';
import { listAuditFor } from '../../platform/audit';
import { getDashboard, listPeopleWithRoles, setPersonRole } from './admin.service';

const t = useTestDatabase();

async function failure(promise: Promise<unknown>): Promise<AppError> {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(AppError);
	return error as AppError;
}

describe('coordination dashboard', () => {
	it('counts for coordinators, 404 for everyone else', async () => {
		await makeMember(t.db);
		const dashboard = await getDashboard(actorOf(await makePerson(t.db, { role: 'coordinator' })), t.deps);
		expect(dashboard.memberOrganisations).toBeGreaterThanOrEqual(1);
		expect(dashboard.people).toBeGreaterThanOrEqual(2);
		expect(dashboard.isAdmin).toBe(false);
		const { person } = await makeMember(t.db, { orgRole: 'admin' });
		for (const who of [null, actorOf(await makePerson(t.db)), actorOf(person, true)]) {
			expect((await failure(getDashboard(who, t.deps))).code).toBe('not_found');
		}
	});
});

describe('roles of people', () => {
	it('lets admins (and only admins) set roles, audited; never their own', async () => {
		const admin = actorOf(await makePerson(t.db, { role: 'admin' }));
		const coordinator = actorOf(await makePerson(t.db, { role: 'coordinator' }));
		const target = await makePerson(t.db, { name: 'Zofia Rolewska' });

		const list = await listPeopleWithRoles(admin, new URLSearchParams('q=rolewska'), t.deps);
		expect(list.people).toMatchObject([{ id: target.id, role: 'person', name: 'Zofia Rolewska' }]);

		await setPersonRole(admin, { person_id: target.id, role: 'coordinator' }, t.deps);
		expect((await listPeopleWithRoles(admin, new URLSearchParams('q=rolewska'), t.deps)).people[0].role).toBe('coordinator');
		expect((await listAuditFor(t.db, 'person', target.id))[0]).toMatchObject({
			action: 'person.role_change',
			actor_id: admin.id,
			details: { from: 'person', to: 'coordinator' }
		});

		expect((await failure(setPersonRole(admin, { person_id: admin.id, role: 'person' }, t.deps))).messageKey).toBe('admin_error_own_role');
		expect((await failure(setPersonRole(admin, { person_id: target.id, role: 'king' }, t.deps))).fieldErrors.role?.key).toBe(
			'error_invalid_choice'
		);
		for (const who of [null, coordinator, actorOf(target)]) {
			expect((await failure(listPeopleWithRoles(who, new URLSearchParams(), t.deps))).code).toBe('not_found');
			expect((await failure(setPersonRole(who, { person_id: target.id, role: 'admin' }, t.deps))).code).toBe('not_found');
		}
	});
});
