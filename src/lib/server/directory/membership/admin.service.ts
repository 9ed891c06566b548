import { z } from 'zod';
import { notFound, oneOf, validate, type Deps } from '../../platform/core';
import { authorize, type MaybeActor } from '../../platform/auth';
import type { Role } from '../../platform/db';
import { insertAudit } from '../../platform/audit';
import * as q from './admin.queries';
import { membershipPolicy } from './membership.policy';

export const PEOPLE_PAGE_SIZE = 50;
export const ROLES = ['person', 'coordinator', 'admin'] as const satisfies readonly Role[];

/** The coordinator's dashboard: what waits, and how big the network is. */
export async function getDashboard(actor: MaybeActor, deps: Deps) {
	authorize(actor, membershipPolicy, 'coordinate');
	const counts = await q.countNetwork(deps.db);
	return {
		pending: Number(counts.pending ?? 0),
		memberOrganisations: Number(counts.member_organisations ?? 0),
		individualMembers: Number(counts.individual_members ?? 0),
		organisations: Number(counts.organisations ?? 0),
		people: Number(counts.people ?? 0),
		isAdmin: membershipPolicy.administer(actor)
	};
}

const peopleQuerySchema = z.object({
	q: z.string().trim().max(100).catch(''),
	page: z.coerce.number().int().min(1).max(10_000).catch(1)
});

/** Everyone with an account and their platform role; admins only. */
export async function listPeopleWithRoles(actor: MaybeActor, params: URLSearchParams, deps: Deps) {
	authorize(actor, membershipPolicy, 'administer');
	const filters = validate(peopleQuerySchema, Object.fromEntries(params));
	const { rows, total } = await q.listPeople(deps.db, filters.q, PEOPLE_PAGE_SIZE, (filters.page - 1) * PEOPLE_PAGE_SIZE);
	return {
		filters,
		people: rows.map((r) => ({
			id: r.id,
			handle: r.handle,
			name: r.name,
			email: r.email,
			role: r.role,
			verified: r.email_verified_at !== null,
			isDemo: r.is_demo,
			isSelf: r.id === actor.id
		})),
		total,
		page: filters.page,
		pages: Math.max(1, Math.ceil(total / PEOPLE_PAGE_SIZE))
	};
}

const roleChangeSchema = z.object({
	person_id: z.coerce.number({ error: 'error_invalid' }).int('error_invalid').positive('error_invalid'),
	role: oneOf(ROLES)
});

/**
 * An admin makes a person a coordinator, admin or plain person. Admins cannot change their
 * own role, so the platform always keeps at least the admin doing the changing.
 */
export async function setPersonRole(actor: MaybeActor, input: unknown, deps: Deps): Promise<void> {
	authorize(actor, membershipPolicy, 'administer');
	const data = validate(roleChangeSchema, input);
	authorize(actor, membershipPolicy, 'changeRoleOf', { id: data.person_id });
	await deps.db.transaction().execute(async (trx) => {
		const person = await q.findPersonRole(trx, data.person_id);
		if (!person) throw notFound();
		if (person.role === data.role) return;
		await q.setPersonRole(trx, person.id, data.role);
		await insertAudit(trx, {
			actorId: actor.id,
			action: 'person.role_change',
			subjectType: 'person',
			subjectId: person.id,
			details: { from: person.role, to: data.role }
		});
	});
}
