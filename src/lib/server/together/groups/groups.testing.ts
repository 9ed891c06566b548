/** Builders for tests of working groups: a group with a coordinator, members in any standing. */
import type { Kysely } from 'kysely';
import type { DB, GroupKind, GroupMemberStatus, GroupRole } from '../../platform/db';
import { expect } from 'vitest';
import { actorOf, makeMember } from '../../platform/db/testing/factories';
import type { TestDatabase } from '../../platform/db/testing/test-db';
import { AppError } from '../../platform/core';
import { findFollow } from '../../notify/follows';

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(++counter).toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export async function addGroupMember(
	db: Kysely<DB>,
	groupId: number,
	personId: number,
	status: GroupMemberStatus = 'active',
	role: GroupRole = 'member'
) {
	await db
		.insertInto('group_members')
		.values({ group_id: groupId, person_id: personId, status, role, decided_at: status === 'active' ? new Date() : null })
		.execute();
}

/** A group of the kind with one coordinator (a network member); returns both. */
export async function makeGroup(db: Kysely<DB>, kind: GroupKind = 'open', overrides: { name?: string; description?: string } = {}) {
	const id = unique();
	const group = await db
		.insertInto('groups')
		.values({
			slug: `group-${id}`,
			name: overrides.name ?? `Group ${id}`,
			description: overrides.description ?? '',
			kind,
			updated_at: new Date()
		})
		.returningAll()
		.executeTakeFirstOrThrow();
	const { person } = await makeMember(db);
	await addGroupMember(db, group.id, person.id, 'active', 'coordinator');
	return { group, coordinator: person, coordinatorActor: actorOf(person, true) };
}

/** A network member in the given standing in the group (or none). */
export async function memberIn(db: Kysely<DB>, groupId: number | null, status: GroupMemberStatus = 'active', role: GroupRole = 'member') {
	const { person } = await makeMember(db);
	if (groupId !== null) await addGroupMember(db, groupId, person.id, status, role);
	return { person, actor: actorOf(person, true) };
}

/** How a call ended, as the tests compare it: 'ok', an error code, with the message key when it is a groups_ one. */
export const codeOf = (promise: Promise<unknown>) =>
	promise.then(
		() => 'ok',
		(e: unknown) =>
			e instanceof AppError ? `${e.code}${e.messageKey.startsWith('groups_') ? `:${e.messageKey}` : ''}` : `unexpected: ${String(e)}`
	);

/** The field errors of a call that must fail with an AppError. */
export async function fieldError(promise: Promise<unknown>) {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(AppError);
	return (error as AppError).fieldErrors;
}

/** A person's standing in a group and whether they follow it, read from one test file's database. */
export function groupWorlds(t: TestDatabase) {
	const standing = async (groupId: number, personId: number) =>
		(await t.db
			.selectFrom('group_members')
			.select(['status', 'role'])
			.where('group_id', '=', groupId)
			.where('person_id', '=', personId)
			.executeTakeFirst()) ?? null;

	const follows = async (personId: number, groupId: number) =>
		(await findFollow(t.db, personId, { type: 'group', id: groupId })) !== undefined;

	return { standing, follows };
}
