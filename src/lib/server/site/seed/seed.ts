import type { Deps, SeedMode } from '../../platform/core';
import { seedAreas } from './areas.seed';
import { seedCities } from './cities.seed';
import { seedNetwork } from './network.seed';
import { seedPractices } from './practices.seed';
import { seedEvents } from './events.seed';
import { seedVisits } from './visits.seed';
import { seedConsultations } from './consultations.seed';
import { seedCalls } from './calls.seed';
import { seedProjects } from './projects.seed';
import { seedChallenges } from './challenges.seed';
import { seedGroups } from './groups.seed';
import { seedNotifications } from './notifications.seed';
import { seedDiscussions } from './discussions.seed';
import { reindexAll } from '../../knowledge/search';

/**
 * Fills an empty database with the demo network (SEED=demo, the default). A database that has
 * any area, city or person is never touched again, so restarts keep what people wrote.
 */
export async function seedIfEmpty(deps: Deps, mode: SeedMode): Promise<boolean> {
	if (mode === 'none') return false;
	const { db } = deps;
	const used = await db
		.selectNoFrom((eb) => [
			eb.exists(eb.selectFrom('people').select('id')).as('people'),
			eb.exists(eb.selectFrom('cities').select('id')).as('cities'),
			eb.exists(eb.selectFrom('areas').select('id')).as('areas')
		])
		.executeTakeFirstOrThrow();
	if (used.people || used.cities || used.areas) return false;
	const startedAt = Date.now();
	await db.transaction().execute(async (trx) => {
		const seedDeps = { ...deps, db: trx };
		await seedAreas(seedDeps);
		await seedCities(seedDeps);
		await seedNetwork(seedDeps);
		await seedPractices(seedDeps);
		// Acting together, in this order (later ones refer to earlier ones by slug):
		await seedEvents(seedDeps);
		await seedVisits(seedDeps);
		await seedConsultations(seedDeps);
		await seedCalls(seedDeps);
		await seedProjects(seedDeps);
		// Looking for solutions together (issue 4):
		await seedChallenges(seedDeps);
		await seedDiscussions(seedDeps);
		await seedGroups(seedDeps);
		// Last: follows and Ewa's unread notifications refer to what the others wrote.
		await seedNotifications(seedDeps);
		// Seeds write tables directly; the search index (and the practice list) is built from them.
		await reindexAll(trx);
	});
	console.log(`Headframe: demo network seeded in ${Date.now() - startedAt} ms`);
	return true;
}
