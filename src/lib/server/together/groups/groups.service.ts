/**
 * Working groups: the list, a group's page, creating and editing. Joining (open), asking to
 * join (closed), invitations (any kind; the only way into a secret group), leaving and roles
 * are in groups-membership.service.ts; what both use is in groups-common.ts.
 *
 * Who sees and does what is decided in group-access.ts only; these modules ask it. A group the
 * viewer may not see is a 404 everywhere (a secret group to anyone outside it, network
 * coordinators included).
 */
import type { Locale } from '$lib/paraglide/runtime';
import { checkVersion, editVersion, invalid, notFound, validate, type Deps } from '../../platform/core';
import { authorize, type MaybeActor } from '../../platform/auth';
import { insertAudit } from '../../platform/audit';
import { listAreas } from '../../knowledge/areas';
import { insertFollow } from '../../notify/follows';
import { groupPolicy } from './groups.policy';
import * as q from './groups.queries';
import { GROUP_KINDS, groupFieldsSchema, type AreaRef, type GroupFields, type GroupPage, type GroupSummary } from './groups.schemas';
import { newSlugCandidates, renderMarkdown } from '../../shared';
import { managedGroup, memberDto, standingOf, visibleGroup } from './groups-common';

/** Words under /groups/ that a group's slug must not take. */
const RESERVED_SLUGS = new Set(['new']);

function areasByGroup(rows: Awaited<ReturnType<typeof q.listGroupAreas>>) {
	const byGroup = new Map<number, AreaRef[]>();
	for (const r of rows) {
		const list = byGroup.get(r.group_id) ?? [];
		list.push({ id: r.id, key: r.key, name: r.name });
		byGroup.set(r.group_id, list);
	}
	return byGroup;
}

/**
 * `/groups`: the groups the viewer may see (secret ones only to their members and the people
 * invited to them), each with its kind, areas, count of members and the viewer's standing.
 */
export async function listGroups(
	actor: MaybeActor,
	input: { locale: Locale },
	deps: Deps
): Promise<{ groups: GroupSummary[]; canCreate: boolean }> {
	const rows = (await q.listGroupsWithStanding(deps.db, actor?.id ?? null)).filter((r) =>
		groupPolicy.view(actor, { kind: r.kind, standing: { status: r.status, role: r.role } })
	);
	const areas = areasByGroup(
		await q.listGroupAreas(
			deps.db,
			rows.map((r) => r.id),
			input.locale
		)
	);
	return {
		groups: rows.map((r) => ({
			slug: r.slug,
			name: r.name,
			description: r.description,
			kind: r.kind,
			areas: areas.get(r.id) ?? [],
			memberCount: Number(r.member_count ?? 0),
			standing: standingOf({ status: r.status, role: r.role })
		})),
		canCreate: groupPolicy.create(actor)
	};
}

/** One group as its page shows it, with what the viewer may do there. */
export async function getGroup(actor: MaybeActor, input: { slug: string; locale: Locale }, deps: Deps): Promise<GroupPage> {
	const { row, standing } = await visibleGroup(actor, input.slug, deps);
	const place = { kind: row.kind, standing };
	const manage = groupPolicy.manage(actor, place);
	const readContent = groupPolicy.readContent(actor, place);
	const [areaRows, members, pendingCount, own] = await Promise.all([
		q.listGroupAreas(deps.db, [row.id], input.locale),
		q.listMemberRows(deps.db, row.id, ['active']),
		manage ? q.countPending(deps.db, row.id) : Promise.resolve(0),
		standing.status === 'invited' && actor
			? q.listMemberRows(deps.db, row.id, ['invited']).then((rs) => rs.find((r) => r.person_id === actor.id))
			: undefined
	]);
	// someone invited to a secret group learns its name and purpose, not who is in it yet
	const showMembers = groupPolicy.seeMembers(actor, place);
	const networkMember = groupPolicy.join(actor);
	return {
		id: row.id,
		slug: row.slug,
		name: row.name,
		description: row.description,
		descriptionHtml: renderMarkdown(row.description),
		kind: row.kind,
		areas: areaRows.map((a) => ({ id: a.id, key: a.key, name: a.name })),
		standing: standingOf(standing),
		memberCount: members.length,
		members: showMembers ? members.map(memberDto) : [],
		invitation: own ? { invitedBy: own.inviter_name, message: own.message } : null,
		pendingCount,
		can: {
			readContent,
			takePart: groupPolicy.takePart(actor, place),
			manage,
			join: networkMember && row.kind === 'open' && (standing.status === null || standing.status === 'requested'),
			request: networkMember && row.kind === 'closed' && standing.status === null,
			answerInvitation: standing.status === 'invited',
			leave: standing.status === 'active',
			withdraw: standing.status === 'requested'
		}
	};
}

/**
 * The group's id for its documents, if the actor may read its content (otherwise 404). Who
 * uploads and deletes is the documents service's decision, through group-access.ts.
 */
export async function groupForDocuments(actor: MaybeActor, slug: string, deps: Deps): Promise<{ id: number }> {
	const { row, standing } = await visibleGroup(actor, slug, deps);
	authorize(actor, groupPolicy, 'readContent', { kind: row.kind, standing });
	return { id: row.id };
}

async function areaOptions(deps: Deps, locale: Locale) {
	return (await listAreas(deps.db, locale)).map((a) => ({ value: String(a.id), label: a.name }));
}

/** The "new group" form: its choices, or why the actor may not create one. */
export async function getNewGroupForm(actor: MaybeActor, input: { locale: Locale }, deps: Deps) {
	authorize(actor, groupPolicy, 'signedIn');
	return {
		areas: await areaOptions(deps, input.locale),
		kinds: [...GROUP_KINDS],
		blocked: groupPolicy.create(actor) ? null : ('not_member' as const)
	};
}

async function checkAreas(deps: Deps, fields: GroupFields) {
	const ids = [...new Set(fields.area_ids)];
	if ((await q.countAreas(deps.db, ids)) !== ids.length) throw invalid({ area_ids: { key: 'error_invalid_choice' } });
}

/**
 * Any network member starts a group of any kind and becomes its coordinator (and follows it).
 * Values: name, description, kind, area_ids.
 */
export async function createGroup(actor: MaybeActor, input: { values: unknown }, deps: Deps): Promise<{ id: number; slug: string }> {
	authorize(actor, groupPolicy, 'create');
	const fields = validate(groupFieldsSchema, input.values);
	await checkAreas(deps, fields);
	return deps.db.transaction().execute(async (trx) => {
		let slug = '';
		for (const candidate of newSlugCandidates(fields.name, 'group')) {
			if (RESERVED_SLUGS.has(candidate) || (await q.slugTaken(trx, candidate))) continue;
			slug = candidate;
			break;
		}
		const created = await q.insertGroup(trx, {
			slug,
			name: fields.name,
			description: fields.description,
			kind: fields.kind,
			createdBy: actor.id
		});
		await q.setGroupAreas(trx, created.id, fields.area_ids);
		await q.insertMembership(trx, { groupId: created.id, personId: actor.id, role: 'coordinator', status: 'active' });
		await insertFollow(trx, actor.id, { type: 'group', id: created.id });
		await insertAudit(trx, {
			actorId: actor.id,
			action: 'group.create',
			subjectType: 'group',
			subjectId: created.id,
			details: { kind: fields.kind }
		});
		return created;
	});
}

/** A stored group as the values of its edit form. */
async function groupFormValues(db: Deps['db'], row: { id: number; name: string; description: string; kind: string }) {
	const areas = await q.listGroupAreas(db, [row.id], 'en');
	return { name: row.name, description: row.description, kind: row.kind, area_ids: areas.map((a) => String(a.id)) };
}

/** The edit form: current values, the version they are, and choices; only for those who manage the group. */
export async function getGroupEditForm(actor: MaybeActor, input: { slug: string; locale: Locale }, deps: Deps) {
	const { row } = await managedGroup(actor, input.slug, deps);
	const [areas, values] = await Promise.all([areaOptions(deps, input.locale), groupFormValues(deps.db, row)]);
	return {
		group: { slug: row.slug, name: row.name, description: row.description, kind: row.kind, areaIds: values.area_ids },
		version: editVersion(row.version, values),
		areas,
		kinds: [...GROUP_KINDS]
	};
}

/**
 * Saves name, description, kind and areas. The address (slug) stays, so links keep working. A
 * save based on an older version of the form is refused when someone changed it since.
 */
export async function updateGroup(actor: MaybeActor, input: { slug: string; values: unknown }, deps: Deps): Promise<void> {
	const { row, actor: who } = await managedGroup(actor, input.slug, deps);
	const fields = validate(groupFieldsSchema, input.values);
	await checkAreas(deps, fields);
	await deps.db.transaction().execute(async (trx) => {
		const locked = await q.lockGroup(trx, row.id);
		if (!locked) throw notFound();
		await checkVersion({
			input: input.values,
			current: locked.version,
			theirs: async () => {
				const now = await q.findGroupRow(trx, row.slug);
				if (!now) throw notFound();
				return groupFormValues(trx, now);
			}
		});
		await q.updateGroupFields(trx, row.id, fields);
		await q.setGroupAreas(trx, row.id, fields.area_ids);
		await insertAudit(trx, {
			actorId: who.id,
			action: 'group.update',
			subjectType: 'group',
			subjectId: row.id,
			details: row.kind !== fields.kind ? { from: row.kind, to: fields.kind } : {}
		});
	});
}
