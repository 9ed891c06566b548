import type { Deps } from '../../platform/core';
import { insertPracticeGraph, type PracticeTextsInput } from '../../knowledge/practices';
import { DEMO_ORGANISATIONS } from './organisations.data';
import { DEMO_LEARNING, DEMO_NOTE, DEMO_PRACTICES, DEMO_TRANSFERS } from './practices.data';
import type { DemoTexts } from './practices.data.types';

/** "2025-03-04" → that day at noon UTC, so dates read the same in every time zone. */
const day = (value: string) => new Date(`${value}T12:00:00Z`);

/** The demo note goes at the end of the context, in the text's own language. */
function withNote(texts: DemoTexts, language: string): PracticeTextsInput {
	const note = DEMO_NOTE[language] ?? DEMO_NOTE.en;
	return { ...texts, context: `${texts.context}\n\n${note}` };
}

/**
 * Demo practices (case studies written as the network's own, in Polish, English, German and
 * Czech, some translated), two transfers in progress and "learning from this" marks, on top of
 * the demo network. Cities, organisations and people are looked up by slug, name and e-mail;
 * a practice whose city is missing is left out. Not indexed here: seedIfEmpty rebuilds the
 * whole search index once after every seed (reindexAll), which also covers these practices.
 */
export async function seedPractices({ db }: Deps): Promise<void> {
	const [cities, areas, organisations, people] = await Promise.all([
		db.selectFrom('cities').select(['id', 'slug']).execute(),
		db.selectFrom('areas').select(['id', 'key']).execute(),
		db.selectFrom('organisations').select(['id', 'name']).where('is_demo', '=', true).execute(),
		db.selectFrom('people').select(['id', 'email']).where('is_demo', '=', true).execute()
	]);
	const cityId = new Map(cities.map((c) => [c.slug, c.id]));
	const areaId = new Map(areas.map((a) => [a.key, a.id]));
	const organisationIdByName = new Map(organisations.map((o) => [o.name, o.id]));
	const organisationId = new Map(
		DEMO_ORGANISATIONS.flatMap((o) => (organisationIdByName.has(o.name) ? [[o.key, organisationIdByName.get(o.name)!] as const] : []))
	);
	const personId = new Map(people.map((p) => [p.email, p.id]));
	const person = (email: string) => personId.get(email) ?? null;

	const practiceId = new Map<string, number>();
	for (const demo of DEMO_PRACTICES) {
		const city = cityId.get(demo.city);
		if (city === undefined) continue;
		const texts: Record<string, PracticeTextsInput> = { [demo.language]: withNote(demo.texts, demo.language) };
		for (const [language, { by: _by, ...translation }] of Object.entries(demo.translations ?? {})) {
			texts[language] = withNote(translation, language);
		}
		const written = day(demo.written);
		const { id } = await insertPracticeGraph(db, {
			// short, readable addresses (a title cut at 60 characters ends mid-word)
			slug: demo.key,
			cityId: city,
			status: demo.status,
			visibility: demo.visibility ?? 'public',
			originalLanguage: demo.language,
			periodStart: demo.period[0],
			periodEnd: demo.period[1],
			funding: demo.funding,
			outcomes: demo.outcomes,
			links: demo.links ?? [],
			areaIds: demo.areas.flatMap((key) => (areaId.has(key) ? [areaId.get(key)!] : [])),
			organisations: [
				...demo.organisations.flatMap((key) => (organisationId.has(key) ? [{ organisationId: organisationId.get(key)! }] : [])),
				...(demo.partners ?? []).map((name) => ({ name }))
			],
			contactIds: (demo.contacts ?? []).flatMap((email) => (personId.has(email) ? [personId.get(email)!] : [])),
			texts,
			published: demo.published ?? true,
			createdBy: person(demo.author),
			isDemo: true,
			createdAt: written
		});
		practiceId.set(demo.key, id);
		// insertPracticeGraph credits the author with every translation; the demo names the translator.
		for (const [language, { by }] of Object.entries(demo.translations ?? {})) {
			await db
				.updateTable('practice_texts')
				.set({ translated_by: person(by) })
				.where('practice_id', '=', id)
				.where('language', '=', language)
				.execute();
		}
	}

	for (const transfer of DEMO_TRANSFERS) {
		const practice = practiceId.get(transfer.practice);
		const city = cityId.get(transfer.city);
		if (practice === undefined || city === undefined) continue;
		const first = day(transfer.notes[0].on);
		const last = day(transfer.notes[transfer.notes.length - 1].on);
		const { id } = await db
			.insertInto('transfers')
			.values({
				practice_id: practice,
				city_id: city,
				organisation_id: organisationId.get(transfer.organisation) ?? null,
				stage: transfer.stage,
				created_by: person(transfer.createdBy),
				created_at: first,
				updated_at: last
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		await db
			.insertInto('transfer_notes')
			.values(
				transfer.notes.map((n) => ({
					transfer_id: id,
					stage: n.stage,
					noted_on: n.on,
					note: n.note,
					author_id: person(n.by),
					created_at: day(n.on)
				}))
			)
			.execute();
		const involved = transfer.people.flatMap((email) =>
			personId.has(email) ? [{ transfer_id: id, person_id: personId.get(email)! }] : []
		);
		if (involved.length) await db.insertInto('transfer_people').values(involved).execute();
	}

	const marks = DEMO_LEARNING.flatMap((mark) => {
		const practice = practiceId.get(mark.practice);
		const who = personId.get(mark.person);
		return practice === undefined || who === undefined
			? []
			: [{ practice_id: practice, person_id: who, kind: mark.kind, comment: mark.comment, created_at: day(mark.on) }];
	});
	if (marks.length) await db.insertInto('practice_learning').values(marks).execute();
}
