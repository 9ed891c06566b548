/**
 * Who is in a working group: the members page, joining (open), asking to join (closed),
 * invitations (any kind; the only way into a secret group), the coordinators' decisions,
 * leaving, roles. Membership changes of one group run under a lock on its row, so the last
 * coordinator can never leave or be removed by two requests at once.
 */
import type { Transaction } from 'kysely';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { conflict, invalid, notFound, validate, type Deps } from '../../platform/core';
import type { DB } from '../../platform/db';
import { authorize, type MaybeActor } from '../../platform/auth';
import { insertAudit } from '../../platform/audit';
import { insertMail } from '../../platform/mail';
import { deleteFollow, insertFollow } from '../../notify/follows';
import { recordActivity } from '../../notify/notifications';
import { groupPolicy } from './groups.policy';
import * as q from './groups.queries';
import { answerSchema, decisionSchema, inviteSchema, joinRequestSchema, personSchema, roleSchema } from './groups.schemas';
import { asLocale } from '../../platform/i18n';
import { managedGroup, memberDto, standingOf, visibleGroup } from './groups-common';

const groupPath = (locale: string, slug: string) => `/${locale}/groups/${slug}`;

/** The members page: everyone in the group, and for its managers the requests and invitations. */
export async function getGroupMembers(actor: MaybeActor, input: { slug: string; locale: Locale }, deps: Deps) {
	const { row, standing } = await visibleGroup(actor, input.slug, deps);
	const manage = groupPolicy.manage(actor, { kind: row.kind, standing });
	authorize(actor, groupPolicy, 'seeMembers', { kind: row.kind, standing });
	const rows = await q.listMemberRows(deps.db, row.id, manage ? ['active', 'requested', 'invited'] : ['active']);
	const all = rows.map(memberDto);
	return {
		group: { slug: row.slug, name: row.name, kind: row.kind },
		standing: standingOf(standing),
		manage,
		members: all.filter((r) => r.status === 'active'),
		requests: all.filter((r) => r.status === 'requested'),
		invitations: all.filter((r) => r.status === 'invited'),
		coordinatorCount: all.filter((r) => r.status === 'active' && r.role === 'coordinator').length
	};
}

/** Becoming an active member: follow the group and tell its followers. */
async function welcome(trx: Transaction<DB>, group: { id: number; name: string; slug: string }, personId: number, actorId: number) {
	await insertFollow(trx, personId, { type: 'group', id: group.id });
	await recordActivity(trx, {
		kind: 'group_joined',
		actorId,
		subjectType: 'person',
		subjectId: personId,
		contextType: 'group',
		contextId: group.id,
		payload: { title: group.name, slug: group.slug, personId }
	});
}

/** A signed-in network member joins an open group at once. */
export async function joinGroup(actor: MaybeActor, input: { slug: string }, deps: Deps): Promise<void> {
	authorize(actor, groupPolicy, 'signedIn');
	const { row } = await visibleGroup(actor, input.slug, deps);
	authorize(actor, groupPolicy, 'joinAtOnce', row);
	authorize(actor, groupPolicy, 'join');
	await deps.db.transaction().execute(async (trx) => {
		await q.lockGroup(trx, row.id);
		const existing = await q.findMembership(trx, row.id, actor.id);
		if (existing?.status === 'active') return;
		if (existing) await q.activateMembership(trx, row.id, actor.id);
		else await q.insertMembership(trx, { groupId: row.id, personId: actor.id, status: 'active' });
		await welcome(trx, row, actor.id, actor.id);
		await insertAudit(trx, { actorId: actor.id, action: 'group.join', subjectType: 'group', subjectId: row.id });
	});
}

/**
 * A network member asks to join a closed group, with a message for its coordinators (they
 * hear of it through the group_request activity). Someone already invited is simply in.
 */
export async function requestToJoin(
	actor: MaybeActor,
	input: { slug: string; values: unknown },
	deps: Deps
): Promise<'requested' | 'joined'> {
	authorize(actor, groupPolicy, 'signedIn');
	const { row } = await visibleGroup(actor, input.slug, deps);
	authorize(actor, groupPolicy, 'askToJoin', row);
	authorize(actor, groupPolicy, 'join');
	const { message } = validate(joinRequestSchema, input.values);
	return deps.db.transaction().execute(async (trx) => {
		await q.lockGroup(trx, row.id);
		const existing = await q.findMembership(trx, row.id, actor.id);
		if (existing?.status === 'active') return 'joined';
		if (existing?.status === 'requested') throw conflict('groups_error_already_requested');
		if (existing?.status === 'invited') {
			await q.activateMembership(trx, row.id, actor.id);
			await welcome(trx, row, actor.id, actor.id);
			await insertAudit(trx, { actorId: actor.id, action: 'group.invitation_accept', subjectType: 'group', subjectId: row.id });
			return 'joined';
		}
		await q.insertMembership(trx, { groupId: row.id, personId: actor.id, status: 'requested', message });
		await recordActivity(trx, {
			kind: 'group_request',
			actorId: actor.id,
			subjectType: 'person',
			subjectId: actor.id,
			contextType: 'group',
			contextId: row.id,
			payload: { title: row.name, slug: row.slug, personId: actor.id, message }
		});
		await insertAudit(trx, { actorId: actor.id, action: 'group.request', subjectType: 'group', subjectId: row.id });
		return 'requested';
	});
}

/** A group coordinator accepts or declines a request; the person is told by mail in their language. */
export async function decideRequest(
	actor: MaybeActor,
	input: { slug: string; values: unknown },
	deps: Deps
): Promise<'accept' | 'decline'> {
	const { row, actor: who } = await managedGroup(actor, input.slug, deps);
	const { person_id, decision } = validate(decisionSchema, input.values);
	await deps.db.transaction().execute(async (trx) => {
		await q.lockGroup(trx, row.id);
		const request = await q.findMembership(trx, row.id, person_id);
		if (!request || request.status !== 'requested') throw notFound();
		const locale = asLocale(request.locale);
		const params = { group: row.name };
		if (decision === 'accept') {
			await q.activateMembership(trx, row.id, person_id);
			await welcome(trx, row, person_id, who.id);
			await insertMail(trx, {
				to: request.email,
				subject: m.groups_mail_accepted_subject(params, { locale }),
				text: m.groups_mail_accepted_text(
					{ ...params, name: request.name, url: `${deps.origin}${groupPath(locale, row.slug)}` },
					{ locale }
				)
			});
		} else {
			await q.deleteMembership(trx, row.id, person_id);
			await insertMail(trx, {
				to: request.email,
				subject: m.groups_mail_declined_subject(params, { locale }),
				text: m.groups_mail_declined_text({ ...params, name: request.name }, { locale })
			});
		}
		await insertAudit(trx, {
			actorId: who.id,
			action: `group.request_${decision}`,
			subjectType: 'group',
			subjectId: row.id,
			details: { personId: person_id }
		});
	});
	return decision;
}

/**
 * A group coordinator invites a network member by handle or e-mail; they are told by mail
 * and accept or decline on the group's page. Someone who had asked to join is simply in.
 */
export async function invitePerson(
	actor: MaybeActor,
	input: { slug: string; values: unknown },
	deps: Deps
): Promise<{ name: string; joined: boolean }> {
	const { row, actor: who } = await managedGroup(actor, input.slug, deps);
	const { who: handleOrEmail, message } = validate(inviteSchema, input.values);
	const person = await q.findInvitee(deps.db, handleOrEmail);
	// the same answer for "no such person" and "not a member": nobody learns who has an account
	if (!person || !person.is_member || person.email_verified_at === null) throw invalid({ who: { key: 'groups_error_invitee_not_found' } });
	return deps.db.transaction().execute(async (trx) => {
		await q.lockGroup(trx, row.id);
		const existing = await q.findMembership(trx, row.id, person.id);
		if (existing?.status === 'active') throw invalid({ who: { key: 'groups_error_already_member' } });
		if (existing?.status === 'invited') throw invalid({ who: { key: 'groups_error_already_invited' } });
		if (existing?.status === 'requested') {
			await q.activateMembership(trx, row.id, person.id);
			await welcome(trx, row, person.id, who.id);
			await insertAudit(trx, {
				actorId: who.id,
				action: 'group.request_accept',
				subjectType: 'group',
				subjectId: row.id,
				details: { personId: person.id }
			});
			return { name: person.name, joined: true };
		}
		await q.insertMembership(trx, { groupId: row.id, personId: person.id, status: 'invited', message, invitedBy: who.id });
		await recordActivity(trx, {
			kind: 'group_invited',
			actorId: who.id,
			subjectType: 'person',
			subjectId: person.id,
			contextType: 'group',
			contextId: row.id,
			mentioned: [person.id],
			payload: { title: row.name, slug: row.slug, personId: person.id }
		});
		const locale = asLocale(person.locale);
		const params = { group: row.name, inviter: who.name };
		await insertMail(trx, {
			to: person.email,
			subject: m.groups_mail_invited_subject(params, { locale }),
			text: m.groups_mail_invited_text(
				{ ...params, name: person.name, message: message || '—', url: `${deps.origin}${groupPath(locale, row.slug)}` },
				{ locale }
			)
		});
		await insertAudit(trx, {
			actorId: who.id,
			action: 'group.invite',
			subjectType: 'group',
			subjectId: row.id,
			details: { personId: person.id }
		});
		return { name: person.name, joined: false };
	});
}

/** The invited person accepts (joins and follows) or declines (the invitation is gone). */
export async function answerInvitation(
	actor: MaybeActor,
	input: { slug: string; values: unknown },
	deps: Deps
): Promise<'accept' | 'decline'> {
	authorize(actor, groupPolicy, 'signedIn');
	const { row } = await visibleGroup(actor, input.slug, deps);
	const { decision } = validate(answerSchema, input.values);
	await deps.db.transaction().execute(async (trx) => {
		await q.lockGroup(trx, row.id);
		const own = await q.findMembership(trx, row.id, actor.id);
		if (!own || own.status !== 'invited') throw notFound();
		if (decision === 'accept') {
			await q.activateMembership(trx, row.id, actor.id);
			await welcome(trx, row, actor.id, actor.id);
		} else {
			await q.deleteMembership(trx, row.id, actor.id);
		}
		await insertAudit(trx, { actorId: actor.id, action: `group.invitation_${decision}`, subjectType: 'group', subjectId: row.id });
	});
	return decision;
}

/** Refuses a change that would leave the group without an active coordinator. */
async function keepOneCoordinator(trx: Transaction<DB>, groupId: number, leaving: { role: string; status: string }) {
	if (leaving.status !== 'active' || leaving.role !== 'coordinator') return;
	if ((await q.countCoordinators(trx, groupId)) <= 1) throw conflict('groups_error_last_coordinator');
}

/** Leaving a group (or withdrawing one's request); the last coordinator must name another first. */
export async function leaveGroup(actor: MaybeActor, input: { slug: string }, deps: Deps): Promise<void> {
	authorize(actor, groupPolicy, 'signedIn');
	const { row } = await visibleGroup(actor, input.slug, deps);
	await deps.db.transaction().execute(async (trx) => {
		await q.lockGroup(trx, row.id);
		const own = await q.findMembership(trx, row.id, actor.id);
		if (!own || own.status === 'invited') throw notFound();
		await keepOneCoordinator(trx, row.id, own);
		await q.deleteMembership(trx, row.id, actor.id);
		await deleteFollow(trx, actor.id, { type: 'group', id: row.id });
		await insertAudit(trx, {
			actorId: actor.id,
			action: own.status === 'active' ? 'group.leave' : 'group.request_withdraw',
			subjectType: 'group',
			subjectId: row.id
		});
	});
}

/** Naming or removing a coordinator among the active members; at least one stays. */
export async function setRole(actor: MaybeActor, input: { slug: string; values: unknown }, deps: Deps): Promise<void> {
	const { row, actor: who } = await managedGroup(actor, input.slug, deps);
	const { person_id, role } = validate(roleSchema, input.values);
	await deps.db.transaction().execute(async (trx) => {
		await q.lockGroup(trx, row.id);
		const target = await q.findMembership(trx, row.id, person_id);
		if (!target || target.status !== 'active') throw notFound();
		if (target.role === role) return;
		if (role === 'member') await keepOneCoordinator(trx, row.id, target);
		await q.setMemberRole(trx, row.id, person_id, role);
		await insertAudit(trx, {
			actorId: who.id,
			action: 'group.role',
			subjectType: 'group',
			subjectId: row.id,
			details: { personId: person_id, from: target.role, to: role }
		});
	});
}

/** Removes a member, or withdraws an invitation; never the last coordinator. */
export async function removeMember(actor: MaybeActor, input: { slug: string; values: unknown }, deps: Deps): Promise<void> {
	const { row, actor: who } = await managedGroup(actor, input.slug, deps);
	const { person_id } = validate(personSchema, input.values);
	await deps.db.transaction().execute(async (trx) => {
		await q.lockGroup(trx, row.id);
		const target = await q.findMembership(trx, row.id, person_id);
		if (!target || target.status === 'requested') throw notFound();
		await keepOneCoordinator(trx, row.id, target);
		await q.deleteMembership(trx, row.id, person_id);
		await deleteFollow(trx, person_id, { type: 'group', id: row.id });
		await insertAudit(trx, {
			actorId: who.id,
			action: target.status === 'invited' ? 'group.invitation_withdraw' : 'group.remove',
			subjectType: 'group',
			subjectId: row.id,
			details: { personId: person_id }
		});
	});
}
