import { conflict, notFound, validate, type Deps } from '../../platform/core';
import { authorize, type Actor, type MaybeActor } from '../../platform/auth';
import { insertAudit } from '../../platform/audit';
import { reindexPerson } from '../../knowledge/search';
import { canSee } from '../people';
import * as q from './organisations.queries';
import { organisationPolicy, type OrganisationStanding } from './organisations.policy';
import {
	invitationRefSchema,
	personRefSchema,
	roleSchema,
	type OrganisationMemberRow,
	type PendingInvitation
} from './organisations.schemas';

type Db = Deps['db'];

/** Refuses all but the organisation's admins: 404 when they cannot see it, 403 when they can. */
function requireAdmin(actor: Actor, standing: OrganisationStanding) {
	authorize(actor, organisationPolicy, 'view', standing);
	authorize(actor, organisationPolicy, 'administer', standing);
}

/** The organisation for an admin's action, or the refusal. */
async function adminOrganisation(db: Db, actor: Actor, slug: string) {
	const org = await q.findOrganisationBySlug(db, slug, actor.locale);
	if (!org) throw notFound();
	requireAdmin(actor, { org, role: await q.findRole(db, org.id, actor.id) });
	return org;
}

/**
 * Role changes run under the organisation's row lock and re-check the actor's own role, so two
 * admins demoting each other at once cannot leave the organisation without an admin.
 */
async function lockedAsAdmin(trx: Db, actor: Actor, org: { id: number; member_since: Date | null }) {
	await q.lockOrganisation(trx, org.id);
	requireAdmin(actor, { org, role: await q.findRole(trx, org.id, actor.id) });
}

/** The people and open invitations of an organisation, for its admins. */
export async function getOrganisationMembers(actor: MaybeActor, slug: string, deps: Deps) {
	authorize(actor, organisationPolicy, 'signedIn');
	const org = await adminOrganisation(deps.db, actor, slug);
	const [people, invitations] = await Promise.all([q.listOrganisationPeople(deps.db, org.id), q.listOpenInvitations(deps.db, org.id)]);
	const members: OrganisationMemberRow[] = people.map((p) => ({
		personId: p.id,
		handle: p.handle,
		name: p.name,
		// Colleagues see each other's address only where its owner allows it.
		email: canSee(actor, p, 'email') ? p.email : null,
		role: p.role,
		isSelf: p.id === actor.id
	}));
	const open: PendingInvitation[] = invitations.map((i) => ({
		id: i.id,
		email: i.email,
		role: i.role,
		expiresAt: i.expires_at.toISOString()
	}));
	return { organisation: { slug: org.slug, name: org.name }, members, invitations: open };
}

/** An admin withdraws an invitation that was not used yet. */
export async function revokeInvitation(actor: MaybeActor, slug: string, input: unknown, deps: Deps): Promise<void> {
	authorize(actor, organisationPolicy, 'signedIn');
	const org = await adminOrganisation(deps.db, actor, slug);
	const { invitation_id } = validate(invitationRefSchema, input);
	await deps.db.transaction().execute(async (trx) => {
		const result = await q.deleteInvitation(trx, org.id, invitation_id);
		if (Number(result.numDeletedRows) === 0) throw notFound();
		await insertAudit(trx, {
			actorId: actor.id,
			action: 'organisation.invitation_revoke',
			subjectType: 'organisation',
			subjectId: org.id,
			details: { invitation_id }
		});
	});
}

/** An admin makes a person admin or member; refuses to demote the last admin. */
export async function changeMemberRole(actor: MaybeActor, slug: string, input: unknown, deps: Deps): Promise<void> {
	authorize(actor, organisationPolicy, 'signedIn');
	const org = await adminOrganisation(deps.db, actor, slug);
	const data = validate(roleSchema, input);
	await deps.db.transaction().execute(async (trx) => {
		await lockedAsAdmin(trx, actor, org);
		const current = await q.findRole(trx, org.id, data.person_id);
		if (current === null) throw notFound();
		if (current === data.role) return;
		if (current === 'admin' && (await q.countAdmins(trx, org.id)) <= 1) throw conflict('org_error_last_admin');
		await q.setMemberRole(trx, org.id, data.person_id, data.role);
		await insertAudit(trx, {
			actorId: actor.id,
			action: 'organisation.role_change',
			subjectType: 'organisation',
			subjectId: org.id,
			details: { person_id: data.person_id, from: current, to: data.role }
		});
	});
}

/** An admin removes a person from the organisation (never its last admin). */
export async function removeMember(actor: MaybeActor, slug: string, input: unknown, deps: Deps): Promise<void> {
	authorize(actor, organisationPolicy, 'signedIn');
	const org = await adminOrganisation(deps.db, actor, slug);
	const { person_id } = validate(personRefSchema, input);
	await deps.db.transaction().execute(async (trx) => {
		await lockedAsAdmin(trx, actor, org);
		const current = await q.findRole(trx, org.id, person_id);
		if (current === null) throw notFound();
		if (current === 'admin' && (await q.countAdmins(trx, org.id)) <= 1) throw conflict('org_error_last_admin');
		await q.deleteMember(trx, org.id, person_id);
		// A person's search document names their organisations.
		await reindexPerson(trx, person_id);
		await insertAudit(trx, {
			actorId: actor.id,
			action: 'organisation.member_remove',
			subjectType: 'organisation',
			subjectId: org.id,
			details: { person_id }
		});
	});
}

/**
 * A person leaves an organisation. Its page and everything it published stay; the last admin
 * must first make someone else admin.
 */
export async function leaveOrganisation(actor: MaybeActor, slug: string, deps: Deps): Promise<void> {
	authorize(actor, organisationPolicy, 'signedIn');
	const org = await q.findOrganisationBySlug(deps.db, slug, actor.locale);
	if (!org) throw notFound();
	await deps.db.transaction().execute(async (trx) => {
		await q.lockOrganisation(trx, org.id);
		const role = await q.findRole(trx, org.id, actor.id);
		if (role === null) throw notFound();
		if (role === 'admin' && (await q.countAdmins(trx, org.id)) <= 1) throw conflict('org_error_last_admin_leave');
		await q.deleteMember(trx, org.id, actor.id);
		await reindexPerson(trx, actor.id);
		await insertAudit(trx, { actorId: actor.id, action: 'organisation.leave', subjectType: 'organisation', subjectId: org.id });
	});
}
