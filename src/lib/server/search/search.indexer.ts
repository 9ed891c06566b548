/**
 * Keeps the search index current. Every service that writes a practice, organisation, person
 * or city calls the matching function inside its transaction, so the document commits (or
 * rolls back) with the change. Drafts, profiles hidden from everyone and organisations not yet
 * in the network are removed instead of indexed.
 */
import type { Kysely, Transaction } from 'kysely';
import type { DB, SearchDocumentType } from '../db/schema';
import { effectiveVisibility } from '../people/visibility';
import { countryName } from '../cities/countries';
import {
	allSourceIds,
	countDocuments,
	deleteDocument,
	deleteOrphans,
	documentsOfCity,
	englishStems,
	loadCitySource,
	loadOrganisationSource,
	loadPersonSource,
	loadPracticeSource,
	peopleOfOrganisation,
	practicesOfOrganisation,
	upsertDocument,
	type NewSearchDocument
} from './index.queries';
import { buildTsvector, distinctWords, plainText, sizeBand, wordsNeedingStems, type Section } from './tsvector';
import { warmUpLemmatizer } from './lemmatize';

type Db = Kysely<DB> | Transaction<DB>;

const BODY_FIELDS = ['summary', 'context', 'approach', 'actors', 'funding_notes', 'results', 'failures', 'transfer_conditions'] as const;

/** Names of a country in the two interface languages, so "Polska" and "Poland" both find it. */
function countryNames(code: string | null): string {
	if (!code) return '';
	return [...new Set([countryName(code, 'pl'), countryName(code, 'en')])].join(' ');
}

async function write(db: Db, doc: Omit<NewSearchDocument, 'tsv' | 'words'>, sections: Section[]): Promise<void> {
	const stems = await englishStems(db, wordsNeedingStems(sections));
	await upsertDocument(db, { ...doc, tsv: buildTsvector(sections, stems), words: distinctWords(sections) });
}

const yearOf = (value: Date | string | null | undefined): number | null => {
	if (!value) return null;
	const year = new Date(value).getUTCFullYear();
	return Number.isFinite(year) ? year : null;
};

/** Indexes a published practice with all its languages; removes a draft or a deleted one. */
export async function reindexPractice(db: Db, practiceId: number): Promise<void> {
	const practice = await loadPracticeSource(db, practiceId);
	if (!practice || !practice.published_at || practice.texts.length === 0) {
		await removeFromIndex(db, 'practice', practiceId);
		return;
	}
	const original = practice.texts.find((text) => text.is_original) ?? practice.texts[0];
	const bodyOf = (text: (typeof practice.texts)[number]) =>
		BODY_FIELDS.map((field) => plainText(text[field] ?? ''))
			.filter(Boolean)
			.join('\n\n');
	const sections: Section[] = [];
	const translations: Record<string, { title: string; body: string }> = {};
	for (const text of practice.texts) {
		const body = bodyOf(text);
		sections.push({ text: text.title, weight: 'A', language: text.language });
		sections.push({ text: body, weight: 'B', language: text.language });
		if (text !== original) translations[text.language] = { title: text.title, body };
	}
	sections.push({
		text: [practice.city_name, practice.city_name_en ?? '', countryNames(practice.country_code), ...practice.area_names, ...practice.org_names].join(
			'\n'
		),
		weight: 'C',
		language: null
	});
	await write(
		db,
		{
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
	);
}

/**
 * Indexes an organisation of the network (public, as in the directory); one still applying is
 * removed. With `cascade`, the practices and people naming it follow a change of name or type.
 */
export async function reindexOrganisation(db: Db, organisationId: number, options: { cascade?: boolean } = {}): Promise<void> {
	const organisation = await loadOrganisationSource(db, organisationId);
	if (!organisation || !organisation.member_since) {
		await removeFromIndex(db, 'organisation', organisationId);
	} else {
		const description = plainText(organisation.description);
		await write(
			db,
			{
				type: 'organisation',
				source_id: organisation.id,
				key: organisation.slug,
				language: null,
				languages: [],
				visibility: 'public',
				title: organisation.name,
				body: description,
				translations: '{}',
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
			[
				{ text: organisation.name, weight: 'A', language: null },
				{ text: description, weight: 'B', language: null },
				{
					text: [organisation.city_name, organisation.city_name_en ?? '', countryNames(organisation.country_code)].join('\n'),
					weight: 'C',
					language: null
				}
			]
		);
	}
	if (options.cascade !== false) {
		for (const id of await practicesOfOrganisation(db, organisationId)) await reindexPractice(db, id);
		for (const id of await peopleOfOrganisation(db, organisationId)) await reindexPerson(db, id);
	}
}

/**
 * Indexes a person at their profile's visibility level with only the fields visible at that
 * same level: a field shown to fewer people than the profile is left out, so nobody finds a
 * person by something they cannot see. A profile hidden from everyone is not indexed.
 */
export async function reindexPerson(db: Db, personId: number): Promise<void> {
	const person = await loadPersonSource(db, personId);
	const levels = person ? effectiveVisibility(person.visibility) : null;
	if (!person || !levels || levels.profile === 'nobody') {
		await removeFromIndex(db, 'person', personId);
		return;
	}
	const shown = (field: keyof typeof levels) => levels[field] === levels.profile;
	const cityShown = shown('city') && person.city_id !== null;
	const bio = shown('bio') ? plainText(person.bio) : '';
	const context = [
		...(cityShown ? [person.city_name ?? '', person.city_name_en ?? '', countryNames(person.country_code)] : []),
		...(shown('areas') ? person.area_names : []),
		...(shown('organisations') ? person.organisations.map((organisation) => organisation.name) : [])
	];
	await write(
		db,
		{
			type: 'person',
			source_id: person.id,
			key: person.handle,
			language: null,
			languages: [],
			visibility: levels.profile,
			title: person.name,
			body: bio,
			translations: '{}',
			city_id: cityShown ? person.city_id : null,
			city_name: cityShown ? person.city_name : null,
			country_code: cityShown ? person.country_code : null,
			area_ids: shown('areas') ? person.area_ids : [],
			org_types: shown('organisations') ? [...new Set(person.organisations.map((organisation) => organisation.type))] : [],
			published_at: person.created_at,
			source_updated_at: person.updated_at
		},
		[
			{ text: person.name, weight: 'A', language: null },
			{ text: bio, weight: 'B', language: null },
			{ text: context.join('\n'), weight: 'C', language: null }
		]
	);
}

/**
 * Indexes a city (cities are public). With `cascade` (the default), documents that carry the
 * city's name, size or industries (practices, organisations, people) follow the change.
 */
export async function reindexCity(db: Db, cityId: number, options: { cascade?: boolean } = {}): Promise<void> {
	const city = await loadCitySource(db, cityId);
	if (!city) {
		await removeFromIndex(db, 'city', cityId);
		return;
	}
	const story = plainText(city.story);
	await write(
		db,
		{
			type: 'city',
			source_id: city.id,
			key: city.slug,
			language: null,
			languages: [],
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
		[
			{ text: [city.name, city.name_en ?? ''].join('\n'), weight: 'A', language: null },
			{ text: story, weight: 'B', language: null },
			{ text: [city.region ?? '', countryNames(city.country_code)].join('\n'), weight: 'C', language: null }
		]
	);
	if (options.cascade !== false) {
		for (const doc of await documentsOfCity(db, cityId)) {
			if (doc.type === 'practice') await reindexPractice(db, doc.source_id);
			else if (doc.type === 'organisation') await reindexOrganisation(db, doc.source_id, { cascade: false });
			else if (doc.type === 'person') await reindexPerson(db, doc.source_id);
		}
	}
}

/** Takes a thing out of the index (deleted, unpublished, hidden). Nothing happens if absent. */
export async function removeFromIndex(db: Db, type: SearchDocumentType, id: number): Promise<void> {
	await deleteDocument(db, type, id);
}

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
	const counts = { practice: 0, organisation: 0, person: 0, city: 0 } as Record<SearchDocumentType, number>;
	const removed = await deleteOrphans(db);
	const steps: [SearchDocumentType, (id: number) => Promise<void>][] = [
		['city', (id) => reindexCity(db, id, { cascade: false })],
		['organisation', (id) => reindexOrganisation(db, id, { cascade: false })],
		['person', (id) => reindexPerson(db, id)],
		['practice', (id) => reindexPractice(db, id)]
	];
	for (const [type, reindex] of steps) {
		const ids = await allSourceIds(db, type);
		for (const id of ids) await reindex(id);
		onProgress?.(type, ids.length);
	}
	// What is in the index now: drafts, hidden profiles and applicants were left out.
	for (const row of await countDocuments(db)) counts[row.type] = Number(row.count);
	return { counts, removed, milliseconds: Date.now() - started };
}
