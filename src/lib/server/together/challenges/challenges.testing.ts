/** Test worlds for challenges: rows written straight to the tables, unique each call. */
import type { Insertable, Kysely } from 'kysely';
import type { ChallengesTable, DB } from '../../platform/db';
import { makeCity } from '../../platform/db/testing/factories';

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
	if (areaIds.length) await db.insertInto('challenge_areas').values(areaIds.map((area_id) => ({ challenge_id: challenge.id, area_id }))).execute();
	return challenge;
}
