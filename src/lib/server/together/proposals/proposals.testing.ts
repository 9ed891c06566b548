/** Test worlds for proposals: groups and members written directly (the groups domain owns the real forms). */
import type { Kysely } from 'kysely';
import type { DB, GroupKind, GroupMemberStatus, GroupRole } from '../../platform/db';
import { actorOf, makeMember } from '../../platform/db/testing/factories';
import type { TestDatabase } from '../../platform/db/testing/test-db';
import { AppError } from '../../platform/core';
import { createProposal } from './proposals.service';

let counter = 0;

export async function makeGroup(db: Kysely<DB>, overrides: { kind?: GroupKind; name?: string } = {}) {
	const n = `${Date.now().toString(36)}-${++counter}`;
	return db
		.insertInto('groups')
		.values({ slug: `group-${n}`, name: overrides.name ?? `Group ${n}`, kind: overrides.kind ?? 'open' })
		.returningAll()
		.executeTakeFirstOrThrow();
}

export async function addGroupMember(
	db: Kysely<DB>,
	groupId: number,
	personId: number,
	role: GroupRole = 'member',
	status: GroupMemberStatus = 'active'
) {
	await db.insertInto('group_members').values({ group_id: groupId, person_id: personId, role, status }).execute();
}

/** Moves a proposal's deadline into the past, as if time had run out. */
export async function expireProposal(db: Kysely<DB>, slug: string) {
	await db
		.updateTable('proposals')
		.set({ closes_at: new Date(Date.now() - 60_000) })
		.where('slug', '=', slug)
		.execute();
}

/** A datetime-local value `days` ahead, in UTC. */
export const localInDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 16);

export const consentValues = (over: Record<string, unknown> = {}) => ({
	title: 'Adopt the frame',
	body: 'We **adopt** the frame.',
	kind: 'consent',
	results_visible: 'always',
	closes_at: localInDays(7),
	time_zone: 'UTC',
	...over
});

export const pollValues = (over: Record<string, unknown> = {}) => ({
	title: 'Priority areas',
	kind: 'poll',
	options: 'Energy\nHousing\nMobility\nHeritage',
	max_choices: '3',
	results_visible: 'after_vote',
	closes_at: localInDays(7),
	time_zone: 'Europe/Warsaw',
	...over
});

/** The AppError a call fails with; anything else, or success, fails the test. */
export async function failure(promise: Promise<unknown>): Promise<AppError> {
	try {
		await promise;
	} catch (error) {
		if (error instanceof AppError) return error;
		throw error;
	}
	throw new Error('expected an AppError');
}

/** Members, groups and proposals for the service tests of one test file's database. */
export function proposalWorlds(t: TestDatabase) {
	async function member(name?: string) {
		const { person } = await makeMember(t.db, { name });
		return actorOf(person, true);
	}

	/** A group with an author, two voting members, a network member outside it, and a group coordinator. */
	async function world(kind: GroupKind = 'open') {
		const group = await makeGroup(t.db, { kind });
		const [author, ana, bart, outsider, lead] = await Promise.all([
			member('Author'),
			member('Ana'),
			member('Bart'),
			member('Outsider'),
			member('Lead')
		]);
		for (const p of [author, ana, bart]) await addGroupMember(t.db, group.id, p.id);
		await addGroupMember(t.db, group.id, lead.id, 'coordinator');
		return { group, author, ana, bart, outsider, lead };
	}

	type World = Awaited<ReturnType<typeof world>>;

	async function propose(w: World, values: Record<string, unknown> = consentValues()) {
		return (await createProposal(w.author, { groupSlug: w.group.slug, values }, t.deps)).slug;
	}

	return { member, world, propose };
}
