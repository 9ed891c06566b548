/** Writing a practice and its parts; insertPracticeGraph (practices.sql.ts) and saveVersion build on these. */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db';
import { TEXT_FIELD_NAMES } from './practice-fields';
import type { NewPracticeGraph, PracticeSnapshot } from './practices.schemas';

type Db = Kysely<DB> | Transaction<DB>;

/** Inserts the practices row under the first free slug of `slugs` (ON CONFLICT keeps the transaction alive). */
export async function insertPracticeRow(trx: Db, graph: NewPracticeGraph, slugs: Iterable<string>): Promise<{ id: number; slug: string }> {
	const now = graph.createdAt ?? new Date();
	for (const slug of slugs) {
		const row = await trx
			.insertInto('practices')
			.values({
				slug,
				city_id: graph.cityId,
				status: graph.status,
				visibility: graph.visibility,
				original_language: graph.originalLanguage,
				period_start: graph.periodStart ?? null,
				period_end: graph.periodEnd ?? null,
				funding: JSON.stringify(graph.funding ?? []),
				outcomes: JSON.stringify(graph.outcomes ?? []),
				links: JSON.stringify(graph.links ?? []),
				published_at: graph.published ? now : null,
				revision: 1,
				is_demo: graph.isDemo ?? false,
				created_by: graph.createdBy,
				updated_by: graph.createdBy,
				created_at: now,
				updated_at: now
			})
			.onConflict((oc) => oc.constraint('practices_slug_unique').doNothing())
			.returning(['id', 'slug'])
			.executeTakeFirst();
		if (row) return row;
	}
	throw new Error('unreachable: slug candidates are endless');
}

/** Replaces the parts of a practice kept in their own tables (areas, organisations, contacts, texts). */
export async function writePracticeParts(trx: Db, practiceId: number, snap: PracticeSnapshot, authorId: number | null): Promise<void> {
	await trx.deleteFrom('practice_areas').where('practice_id', '=', practiceId).execute();
	await trx.deleteFrom('practice_organisations').where('practice_id', '=', practiceId).execute();
	await trx.deleteFrom('practice_contacts').where('practice_id', '=', practiceId).execute();
	if (snap.areaIds.length) {
		await trx
			.insertInto('practice_areas')
			.values(snap.areaIds.map((area_id) => ({ practice_id: practiceId, area_id })))
			.execute();
	}
	if (snap.organisations.length) {
		await trx
			.insertInto('practice_organisations')
			.values(
				snap.organisations.map((o) =>
					'organisationId' in o
						? { practice_id: practiceId, organisation_id: o.organisationId, name: null }
						: { practice_id: practiceId, organisation_id: null, name: o.name }
				)
			)
			.execute();
	}
	if (snap.contactIds.length) {
		await trx
			.insertInto('practice_contacts')
			.values(snap.contactIds.map((person_id) => ({ practice_id: practiceId, person_id })))
			.execute();
	}
	await upsertTexts(trx, practiceId, snap, authorId);
}

/** `table.title, table.summary, …`: every text column, for comparing a row with its new values. */
const textColumns = (table: string) => sql.join(TEXT_FIELD_NAMES.map((name) => sql.ref(`${table}.${name}`)));

/** Writes every language of the snapshot; languages it no longer has are removed. */
async function upsertTexts(trx: Db, practiceId: number, snap: PracticeSnapshot, authorId: number | null): Promise<void> {
	const languages = Object.keys(snap.texts);
	await trx
		.deleteFrom('practice_texts')
		.where('practice_id', '=', practiceId)
		.$if(languages.length > 0, (qb) => qb.where('language', 'not in', languages))
		.execute();
	for (const [language, texts] of Object.entries(snap.texts)) {
		const isOriginal = language === snap.originalLanguage;
		await trx
			.insertInto('practice_texts')
			.values({ practice_id: practiceId, language, is_original: isOriginal, ...texts, translated_by: isOriginal ? null : authorId })
			.onConflict((oc) =>
				oc.constraint('practice_texts_pk').doUpdateSet({
					...texts,
					is_original: isOriginal,
					updated_at: sql`now()`,
					// who last touched a translation; unchanged when the text is the same
					translated_by: sql`case when excluded.is_original then null
						when (${textColumns('practice_texts')}) is distinct from (${textColumns('excluded')})
						then excluded.translated_by else practice_texts.translated_by end`
				})
			)
			.execute();
	}
}

export async function insertRevision(
	trx: Db,
	row: { practiceId: number; number: number; authorId: number | null; changed: string[]; snapshot: PracticeSnapshot; createdAt?: Date }
): Promise<void> {
	await trx
		.insertInto('practice_revisions')
		.values({
			practice_id: row.practiceId,
			number: row.number,
			author_id: row.authorId,
			changed: row.changed,
			snapshot: JSON.stringify(row.snapshot),
			...(row.createdAt ? { created_at: row.createdAt } : {})
		})
		.execute();
}

/** Writes a changed snapshot onto the practices row under the next revision number. */
export async function updatePracticeRow(
	trx: Db,
	practiceId: number,
	snap: PracticeSnapshot,
	revision: number,
	authorId: number | null,
	publishedNow: boolean
): Promise<void> {
	await trx
		.updateTable('practices')
		.set({
			city_id: snap.cityId,
			status: snap.status,
			visibility: snap.visibility,
			original_language: snap.originalLanguage,
			period_start: snap.periodStart,
			period_end: snap.periodEnd,
			funding: JSON.stringify(snap.funding),
			outcomes: JSON.stringify(snap.outcomes),
			links: JSON.stringify(snap.links),
			// publishing (again) dates the practice; unpublishing clears the date
			published_at: snap.published ? (publishedNow ? sql`coalesce(published_at, now())` : sql`published_at`) : null,
			revision,
			updated_by: authorId,
			updated_at: sql`now()`
		})
		.where('id', '=', practiceId)
		.execute();
}
