/**
 * The practices domain's public SQL: writing a whole practice inside the caller's transaction,
 * for those that bring practices in from elsewhere (the importer, the demo seed, test worlds).
 * It goes through the same writes as the practice form, so the practice gets its parts, texts
 * and revision 1 like any other; the caller reindexes it for search when it should be found.
 */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db';
import { newSlugCandidates, slugCandidates } from '../../shared';
import { fullTexts } from './practice-fields';
import { insertPracticeRow, insertRevision, writePracticeParts } from './practices.queries';
import type { NewPracticeGraph, PracticeSnapshot } from './practices.schemas';

/** The snapshot a new graph will have once inserted (the same shape restore writes back). */
export function snapshotOfGraph(graph: NewPracticeGraph): PracticeSnapshot {
	return {
		cityId: graph.cityId,
		status: graph.status,
		visibility: graph.visibility,
		originalLanguage: graph.originalLanguage,
		periodStart: graph.periodStart ?? null,
		periodEnd: graph.periodEnd ?? null,
		funding: graph.funding ?? [],
		outcomes: graph.outcomes ?? [],
		links: graph.links ?? [],
		areaIds: [...new Set(graph.areaIds ?? [])],
		organisations: graph.organisations ?? [],
		contactIds: [...new Set(graph.contactIds ?? [])],
		texts: Object.fromEntries(Object.entries(graph.texts).map(([lang, t]) => [lang, fullTexts(t)])),
		published: graph.published
	};
}

/**
 * Inserts the practice and all its parts plus revision 1, in the given transaction: under the
 * given slug (the demo seed; base-2... if taken) or a new one made from the title.
 */
export async function insertPracticeGraph(
	trx: Kysely<DB> | Transaction<DB>,
	graph: NewPracticeGraph
): Promise<{ id: number; slug: string }> {
	const original = graph.texts[graph.originalLanguage];
	if (!original) throw new Error(`insertPracticeGraph: no text in the original language ${graph.originalLanguage}`);
	const snap = snapshotOfGraph(graph);
	const slugs = graph.slug ? slugCandidates(graph.slug) : newSlugCandidates(original.title, 'practice');
	const row = await insertPracticeRow(trx, graph, slugs);
	await writePracticeParts(trx, row.id, snap, graph.createdBy);
	await insertRevision(trx, {
		practiceId: row.id,
		number: 1,
		authorId: graph.createdBy,
		changed: [],
		snapshot: snap,
		createdAt: graph.createdAt
	});
	return row;
}
