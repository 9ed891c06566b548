/** Test worlds for transfers and area pages: practices written through the practices contract. */
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db';
import { makeCity } from '../../platform/db/testing/factories';
import { insertPracticeGraph, type NewPracticeGraph } from '../practices';

let counter = 0;

export async function makePractice(db: Kysely<DB>, overrides: Partial<NewPracticeGraph> & { title?: string } = {}) {
	const { title, ...graph } = overrides;
	const cityId = graph.cityId ?? (await makeCity(db)).id;
	const name = title ?? `Practice ${Date.now().toString(36)}-${++counter}`;
	return db.transaction().execute((trx) =>
		insertPracticeGraph(trx, {
			cityId,
			status: 'ongoing',
			visibility: 'public',
			originalLanguage: 'pl',
			texts: { pl: { title: name, summary: 'Streszczenie' } },
			published: true,
			createdBy: null,
			...graph
		})
	);
}
