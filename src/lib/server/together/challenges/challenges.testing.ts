/** Test worlds for challenges: rows written straight to the tables, unique each call. */
import type { Insertable, Kysely } from 'kysely';
import type { ChallengesTable, DB } from '../../platform/db';
import { actorOf, makeCity, makeMember, makePerson } from '../../platform/db/testing/factories';
import type { TestDatabase } from '../../platform/db/testing/test-db';
import { AppError } from '../../platform/core';

let counter = 0;

export async function makeChallenge(db: Kysely<DB>, overrides: Partial<Insertable<ChallengesTable>> & { areaIds?: number[] } = {}) {
	const { areaIds = [], ...row } = overrides;
	const id = `${Date.now().toString(36)}${(++counter).toString(36)}${Math.random().toString(36).slice(2, 6)}`;
	const cityId = row.city_id ?? (await makeCity(db)).id;
	const challenge = await db
		.insertInto('challenges')
		.values({
			slug: `challenge-${id}`,
			title: `Challenge ${id}`,
			description: 'A problem our city faces.',
			help_wanted: ['experience'],
			status: 'open',
			visibility: 'public',
			author_id: null,
			...row,
			city_id: cityId
		})
		.returningAll()
		.executeTakeFirstOrThrow();
	if (areaIds.length)
		await db
			.insertInto('challenge_areas')
			.values(areaIds.map((area_id) => ({ challenge_id: challenge.id, area_id })))
			.execute();
	return challenge;
}

/** How a call ended, as the tests compare it: 'ok', an error code, with the message key when it is a challenges_ one. */
export const codeOf = (promise: Promise<unknown>) =>
	promise.then(
		() => 'ok',
		(e: unknown) =>
			e instanceof AppError ? `${e.code}${e.messageKey.startsWith('challenges_') ? `:${e.messageKey}` : ''}` : `unexpected: ${String(e)}`
	);

/** People, and what a challenge's followers hear, for the service tests of one test file's database. */
export function challengeWorlds(t: TestDatabase) {
	async function member(overrides: { cityId?: number } = {}) {
		const { person, organisation } = await makeMember(t.db, overrides);
		return { person, organisation, actor: actorOf(person, true) };
	}

	const coordinator = async () => actorOf(await makePerson(t.db, { role: 'coordinator' }), true);

	const activities = (contextId: number) =>
		t.db
			.selectFrom('activity_events')
			.selectAll()
			.where('context_type', '=', 'challenge')
			.where('context_id', '=', contextId)
			.orderBy('created_at')
			.execute();

	const follows = (personId: number, challengeId: number) =>
		t.db
			.selectFrom('follows')
			.select('person_id')
			.where('person_id', '=', personId)
			.where('target_type', '=', 'challenge')
			.where('target_id', '=', challengeId)
			.execute();

	return { member, coordinator, activities, follows };
}
