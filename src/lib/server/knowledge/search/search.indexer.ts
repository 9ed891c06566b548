/**
 * Keeps the search index current. Every service that writes a practice, organisation, person,
 * city, event, funding call or project calls the matching function inside its transaction, so the document commits (or
 * rolls back) with the change. Drafts, profiles hidden from everyone and organisations not yet
 * in the network are removed instead of indexed.
 */
import type { Kysely, Transaction } from 'kysely';
import type { DB, SearchDocumentType } from '../../platform/db';
import { effectiveVisibility } from '../../directory/people';
import { PRACTICE_SEARCH_TEXT } from '../practices';
import {
	addWords,
	allSourceIds,
	clearWords,
	countDocuments,
	deleteDocuments,
	deleteOrphans,
	documentsOfCity,
	englishStems,
	loadCitySources,
	loadOrganisationSources,
	loadPersonSources,
	loadPracticeSources,
	peopleOfOrganisation,
	practicesOfOrganisation,
	upsertDocuments,
	type PracticeSource
} from './index.queries';
import { buildTsvector, plainText, vocabulary, sizeBand, wordsNeedingStems, type Section } from './tsvector';
import { EMPTY, countryNames, yearOf, type Draft } from './search.drafts';
import { callDraft, eventDraft, projectDraft } from './events-calls-projects.drafts';
import { challengeDraft } from './challenge.drafts';
import { challengesOfOrganisation, loadChallengeSources } from './challenge-index.queries';
import { warmUpLemmatizer } from './lemmatize';
import {
	eventsOfOrganisation,
	loadCallSources,
	loadEventSources,
	loadProjectSources,
	projectsOfCall,
	projectsOfOrganisation
} from './events-calls-projects-index.queries';

type Db = Kysely<DB> | Transaction<DB>;

/** Analyses the drafts (one SQL round trip for all their English stems) and writes them. */
async function writeDrafts(db: Db, drafts: Draft[]): Promise<void> {
	if (drafts.length === 0) return;
	const needed = new Set<string>();
	for (const draft of drafts) for (const word of wordsNeedingStems(draft.sections)) needed.add(word);
	const stems = await englishStems(db, needed);
	await upsertDocuments(
		db,
		drafts.map((draft) => ({ ...draft.doc, tsv: buildTsvector(draft.sections, stems) }))
	);
	const words = new Set<string>();
	for (const draft of drafts) vocabulary(draft.sections, words);
	await addWords(db, words);
}

function practiceDraft(practice: PracticeSource): Draft | null {
	if (!practice.published_at || practice.texts.length === 0) return null;
	const original = practice.texts.find((text) => text.is_original) ?? practice.texts[0];
	// which text fields are searched, and how heavily, is the practice field table's to say
	const value = (text: (typeof practice.texts)[number], field: string) => (text as unknown as Record<string, string | null>)[field] ?? '';
	const bodyOf = (text: (typeof practice.texts)[number]) =>
		PRACTICE_SEARCH_TEXT.body
			.map((field) => plainText(value(text, field)))
			.filter(Boolean)
			.join('\n\n');
	const sections: Section[] = [];
	const translations: Record<string, { title: string; body: string }> = {};
	for (const text of practice.texts) {
		const body = bodyOf(text);
		sections.push({ text: text.title, weight: 'A', language: text.language });
		sections.push({ text: body, weight: 'B', language: text.language });
		for (const { field, weight } of PRACTICE_SEARCH_TEXT.other)
			sections.push({ text: plainText(value(text, field)), weight, language: text.language });
		if (text !== original) translations[text.language] = { title: text.title, body };
	}
	const context = [
		practice.city_name,
		practice.city_name_en ?? '',
		countryNames(practice.country_code),
		...practice.area_names,
		...practice.org_names
	];
	sections.push({ text: context.join('\n'), weight: 'C', language: null });
	return {
		doc: {
			...EMPTY,
			type: 'practice',
			source_id: practice.id,
			key: practice.slug,
			language: original.language,
			languages: practice.texts.map((text) => text.language),
			visibility: practice.visibility,
			title: original.title,
			body: bodyOf(original),
			translations: JSON.stringify(translations),
			city_id: practice.city_id,
			city_name: practice.city_name,
			country_code: practice.country_code,
			industries: practice.industries,
			population: practice.population,
			size_band: sizeBand(practice.population),
			area_ids: practice.area_ids,
			org_types: practice.org_types,
			status: practice.status,
			year: yearOf(practice.period_start) ?? yearOf(practice.published_at),
			published_at: practice.published_at,
			source_updated_at: practice.updated_at
		},
		sections
	};
}

type OrganisationSource = Awaited<ReturnType<typeof loadOrganisationSources>>[number];

function organisationDraft(organisation: OrganisationSource): Draft | null {
	if (!organisation.member_since) return null;
	const description = plainText(organisation.description);
	return {
		doc: {
			...EMPTY,
			type: 'organisation',
			source_id: organisation.id,
			key: organisation.slug,
			visibility: 'public',
			title: organisation.name,
			body: description,
			city_id: organisation.city_id,
			city_name: organisation.city_name,
			country_code: organisation.country_code,
			industries: organisation.industries,
			population: organisation.population,
			size_band: sizeBand(organisation.population),
			org_types: [organisation.type],
			published_at: organisation.member_since,
			source_updated_at: organisation.updated_at
		},
		sections: [
			{ text: organisation.name, weight: 'A', language: null },
			{ text: description, weight: 'B', language: null },
			{
				text: [organisation.city_name, organisation.city_name_en ?? '', countryNames(organisation.country_code)].join('\n'),
				weight: 'C',
				language: null
			}
		]
	};
}

type PersonSource = Awaited<ReturnType<typeof loadPersonSources>>[number];

/**
 * A person at their profile's visibility level with only the fields visible at that same
 * level: a field shown to fewer people than the profile is left out, so nobody finds a person
 * by something they cannot see. A profile hidden from everyone gives no document.
 */
function personDraft(person: PersonSource): Draft | null {
	const levels = effectiveVisibility(person.visibility);
	// hidden by moderators, or by the person: out of the index until shown again
	if (levels.profile === 'nobody' || person.hidden_at !== null) return null;
	const shown = (field: keyof typeof levels) => levels[field] === levels.profile;
	const cityShown = shown('city') && person.city_id !== null;
	const bio = shown('bio') ? plainText(person.bio) : '';
	const context = [
		...(cityShown ? [person.city_name ?? '', person.city_name_en ?? '', countryNames(person.country_code)] : []),
		...(shown('areas') ? person.area_names : []),
		...(shown('organisations') ? person.organisations.map((organisation) => organisation.name) : [])
	];
	return {
		doc: {
			...EMPTY,
			type: 'person',
			source_id: person.id,
			key: person.handle,
			visibility: levels.profile,
			title: person.name,
			body: bio,
			city_id: cityShown ? person.city_id : null,
			city_name: cityShown ? person.city_name : null,
			country_code: cityShown ? person.country_code : null,
			area_ids: shown('areas') ? person.area_ids : [],
			org_types: shown('organisations') ? [...new Set(person.organisations.map((organisation) => organisation.type))] : [],
			published_at: person.created_at,
			source_updated_at: person.updated_at
		},
		sections: [
			{ text: person.name, weight: 'A', language: null },
			{ text: bio, weight: 'B', language: null },
			{ text: context.join('\n'), weight: 'C', language: null }
		]
	};
}

type CitySource = Awaited<ReturnType<typeof loadCitySources>>[number];

function cityDraft(city: CitySource): Draft {
	const story = plainText(city.story);
	return {
		doc: {
			...EMPTY,
			type: 'city',
			source_id: city.id,
			key: city.slug,
			visibility: 'public',
			title: city.name,
			body: story,
			translations: city.name_en && city.name_en !== city.name ? JSON.stringify({ en: { title: city.name_en, body: story } }) : '{}',
			city_id: city.id,
			city_name: city.name,
			country_code: city.country_code,
			industries: city.industries,
			population: city.population,
			size_band: sizeBand(city.population),
			published_at: city.created_at,
			source_updated_at: city.updated_at
		},
		sections: [
			{ text: [city.name, city.name_en ?? ''].join('\n'), weight: 'A', language: null },
			{ text: story, weight: 'B', language: null },
			{ text: [city.region ?? '', countryNames(city.country_code)].join('\n'), weight: 'C', language: null }
		]
	};
}

const BUILDERS: { [T in SearchDocumentType]: (db: Db, ids: number[]) => Promise<{ id: number; draft: Draft | null }[]> } = {
	practice: async (db, ids) => (await loadPracticeSources(db, ids)).map((row) => ({ id: row.id, draft: practiceDraft(row) })),
	organisation: async (db, ids) => (await loadOrganisationSources(db, ids)).map((row) => ({ id: row.id, draft: organisationDraft(row) })),
	person: async (db, ids) => (await loadPersonSources(db, ids)).map((row) => ({ id: row.id, draft: personDraft(row) })),
	city: async (db, ids) => (await loadCitySources(db, ids)).map((row) => ({ id: row.id, draft: cityDraft(row) })),
	event: async (db, ids) => (await loadEventSources(db, ids)).map((row) => ({ id: row.id, draft: eventDraft(row) })),
	call: async (db, ids) => (await loadCallSources(db, ids)).map((row) => ({ id: row.id, draft: callDraft(row) })),
	project: async (db, ids) => (await loadProjectSources(db, ids)).map((row) => ({ id: row.id, draft: projectDraft(row) })),
	challenge: async (db, ids) => (await loadChallengeSources(db, ids)).map((row) => ({ id: row.id, draft: challengeDraft(row) }))
};

/**
 * Indexes a batch of things of one type in a few statements; those that must not be in the
 * index (drafts, hidden profiles, applicants, deleted rows) are removed.
 */
export async function reindexMany(db: Db, type: SearchDocumentType, ids: number[]): Promise<void> {
	if (ids.length === 0) return;
	const built = await BUILDERS[type](db, ids);
	const drafts = built.flatMap((item) => (item.draft ? [item.draft] : []));
	const indexed = new Set(drafts.map((draft) => draft.doc.source_id));
	await deleteDocuments(
		db,
		type,
		ids.filter((id) => !indexed.has(id))
	);
	await writeDrafts(db, drafts);
}

/** Indexes a published practice with all its languages; removes a draft or a deleted one. */
export async function reindexPractice(db: Db, practiceId: number): Promise<void> {
	await reindexMany(db, 'practice', [practiceId]);
}

/**
 * Indexes an organisation of the network (public, as in the directory); one still applying is
 * removed. With `cascade` (the default), the practices and people naming it follow a change of
 * name or type.
 */
export async function reindexOrganisation(db: Db, organisationId: number, options: { cascade?: boolean } = {}): Promise<void> {
	await reindexMany(db, 'organisation', [organisationId]);
	if (options.cascade !== false) {
		await reindexMany(db, 'practice', await practicesOfOrganisation(db, organisationId));
		await reindexMany(db, 'person', await peopleOfOrganisation(db, organisationId));
		await reindexMany(db, 'event', await eventsOfOrganisation(db, organisationId));
		await reindexMany(db, 'project', await projectsOfOrganisation(db, organisationId));
		await reindexMany(db, 'challenge', await challengesOfOrganisation(db, organisationId));
	}
}

/**
 * Indexes a person at their profile's visibility level, with only the fields visible at that
 * level; a profile hidden from everyone is removed.
 */
export async function reindexPerson(db: Db, personId: number): Promise<void> {
	await reindexMany(db, 'person', [personId]);
}

/**
 * Indexes a city (cities are public). With `cascade` (the default), documents that carry the
 * city's name, size or industries (practices, organisations, people) follow the change.
 */
export async function reindexCity(db: Db, cityId: number, options: { cascade?: boolean } = {}): Promise<void> {
	await reindexMany(db, 'city', [cityId]);
	if (options.cascade !== false) {
		const docs = await documentsOfCity(db, cityId);
		for (const type of ['practice', 'organisation', 'person', 'event', 'project', 'challenge'] as const) {
			await reindexMany(
				db,
				type,
				docs.filter((doc) => doc.type === type).map((doc) => doc.source_id)
			);
		}
	}
}

/**
 * Indexes an event at its visibility (agenda, place, city, host and areas included); a
 * cancelled or deleted event is removed. Call it in the transaction that writes the event,
 * its agenda or its areas.
 */
export async function reindexEvent(db: Db, eventId: number): Promise<void> {
	await reindexMany(db, 'event', [eventId]);
}

/**
 * Indexes a funding call once a coordinator checked it (public); a pending, rejected or
 * deleted call is removed. With `cascade` (the default), the projects naming the call follow.
 */
export async function reindexCall(db: Db, callId: number, options: { cascade?: boolean } = {}): Promise<void> {
	await reindexMany(db, 'call', [callId]);
	if (options.cascade !== false) await reindexMany(db, 'project', await projectsOfCall(db, callId));
}

/**
 * Indexes a project at its visibility with its partners' names, areas and its lead's city;
 * a deleted project is removed. Call it after writing the project, its partners or its areas.
 */
export async function reindexProject(db: Db, projectId: number): Promise<void> {
	await reindexMany(db, 'project', [projectId]);
}

/**
 * Indexes a challenge at its visibility with its city, the cities facing it too and its areas;
 * one hidden by the moderators (or deleted) is removed. Call it in the transaction that writes
 * the challenge, its areas, its status or its cities (and when moderators hide or restore it).
 */
export async function reindexChallenge(db: Db, challengeId: number): Promise<void> {
	await reindexMany(db, 'challenge', [challengeId]);
}

/** Takes a thing out of the index (deleted, unpublished, hidden). Nothing happens if absent. */
export async function removeFromIndex(db: Db, type: SearchDocumentType, id: number): Promise<void> {
	await deleteDocuments(db, type, [id]);
}

/** Things loaded and written per statement in a full rebuild. */
const BATCH = 100;

export interface ReindexReport {
	counts: Record<SearchDocumentType, number>;
	removed: number;
	milliseconds: number;
}

/**
 * Rebuilds every document (after the demo seed, an import, or by `npm run reindex`).
 * `onProgress` is told after each type how many sources it went through.
 */
export async function reindexAll(db: Db, onProgress?: (type: SearchDocumentType, done: number) => void): Promise<ReindexReport> {
	const started = Date.now();
	warmUpLemmatizer();
	const counts = { practice: 0, organisation: 0, person: 0, city: 0, event: 0, call: 0, project: 0, challenge: 0 } as Record<
		SearchDocumentType,
		number
	>;
	const removed = await deleteOrphans(db);
	await clearWords(db);
	for (const type of ['city', 'organisation', 'person', 'practice', 'event', 'call', 'project', 'challenge'] as const) {
		const ids = await allSourceIds(db, type);
		for (let start = 0; start < ids.length; start += BATCH) await reindexMany(db, type, ids.slice(start, start + BATCH));
		onProgress?.(type, ids.length);
	}
	// What is in the index now: drafts, hidden profiles and applicants were left out.
	for (const row of await countDocuments(db)) counts[row.type] = Number(row.count);
	return { counts, removed, milliseconds: Date.now() - started };
}
