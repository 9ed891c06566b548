/**
 * The constant data of the benchmark's framework ceiling: one page of the practice list, shaped
 * like what `listPractices` returns on a large network (20 results with snippets, every facet
 * filled), so the page renders the same components to HTML of a comparable size. Built once,
 * from code only: no database, no I/O. Titles, snippets and towns are sample content, not
 * interface text (the interface text comes from the messages, as on the real page).
 */
import { DEMO_AREAS } from '$lib/server/site/seed';
import { INDUSTRIES, SIZE_BAND_KEYS } from '$lib/server/directory/cities';
import { ORGANISATION_TYPES } from '$lib/server/directory/organisations';
import {
	FACET_NAMES,
	PAGE_SIZE,
	PRACTICE_STATUSES,
	type FacetName,
	type FacetValue,
	type SearchHit,
	type SearchResultPage
} from '$lib/server/knowledge/search';
import { countryName } from '$lib/server/shared';

const TOWNS = [
	'Wałbrzych',
	'Bytom',
	'Zabrze',
	'Ruda Śląska',
	'Łódź',
	'Żyrardów',
	'Ostrava',
	'Karviná',
	'Essen',
	'Gelsenkirchen',
	'Genk',
	'Charleroi',
	'Sheffield',
	'Middlesbrough',
	'Miskolc',
	'Kryvyi Rih'
];
const COUNTRIES = ['PL', 'CZ', 'DE', 'BE', 'GB', 'HU', 'UA', 'SK', 'FR', 'RO', 'ES', 'IT', 'SE'];
const SUBJECTS = [
	'Rewitalizacja hałdy pogórniczej',
	'Budżet obywatelski dla osiedla robotniczego',
	'Pompy ciepła w kamienicach komunalnych',
	'Nowe życie dawnej przędzalni',
	'Szkoła zawodowa w hali walcowni',
	'Ścieżka rowerowa po torowisku kopalnianym'
];
const SENTENCES = [
	'Rozpoczęto od spaceru badawczego z mieszkańcami i spisu pustostanów na terenie dawnej kopalni.',
	'Przygotowano plan etapowania prac, który pozwolił otworzyć pierwszą część terenu już po roku.',
	'Urząd miasta powołał zespół z udziałem organizacji pozarządowych i rady osiedla.',
	'Koszty pokryto ze środków Funduszu Sprawiedliwej Transformacji i budżetu gminy.',
	'Najtrudniejsze okazało się uzgodnienie własności działek z dawnym zakładem.'
];

function hit(i: number, locale: string): SearchHit {
	const town = TOWNS[i % TOWNS.length];
	const snippet = Array.from({ length: 3 }, (_, k) => SENTENCES[(i + k) % SENTENCES.length]).join(' ');
	return {
		type: 'practice',
		href: `/${locale}/practices/ceiling-${i + 1}`,
		titleHtml: `${SUBJECTS[i % SUBJECTS.length]} w mieście ${town}`,
		snippetHtml: snippet,
		language: 'pl',
		originalNote: locale === 'pl' ? null : 'pl',
		cityName: town,
		countryName: countryName(COUNTRIES[i % COUNTRIES.length], locale),
		status: PRACTICE_STATUSES[i % PRACTICE_STATUSES.length],
		year: 2010 + (i % 16),
		publishedAt: null,
		updatedAt: null,
		membersOnly: i % 7 === 0,
		eventTime: null,
		eventPast: false,
		deadline: null,
		deadlinePassed: false,
		approximate: false
	};
}

const counted = (values: { value: string; label: string }[]): FacetValue[] =>
	values.map((v, i) => ({ ...v, count: 40 + ((i * 37) % 400) }));

function facets(locale: string): Record<FacetName, FacetValue[]> {
	const out = Object.fromEntries(FACET_NAMES.map((name) => [name, [] as FacetValue[]])) as Record<FacetName, FacetValue[]>;
	out.area = counted(DEMO_AREAS.map((a) => ({ value: a.key, label: locale === 'pl' ? a.pl : a.en })));
	out.country = counted(COUNTRIES.map((code) => ({ value: code, label: countryName(code, locale) })));
	// the real list offers every town among the matches: a large network has hundreds
	out.city = counted(
		Array.from({ length: 300 }, (_, i) => ({
			value: String(i + 1),
			label: `${TOWNS[i % TOWNS.length]} ${Math.floor(i / TOWNS.length) + 1}`
		}))
	);
	out.industry = counted(INDUSTRIES.map((value) => ({ value, label: value })));
	out.size = counted(SIZE_BAND_KEYS.map((value) => ({ value, label: value })));
	out.orgType = counted(ORGANISATION_TYPES.map((value) => ({ value, label: value })));
	out.status = counted(PRACTICE_STATUSES.map((value) => ({ value, label: value })));
	out.language = counted(['pl', 'en', 'de', 'cs'].map((value) => ({ value, label: value })));
	out.year = counted(Array.from({ length: 17 }, (_, i) => ({ value: String(2026 - i), label: String(2026 - i) })));
	return out;
}

function page(locale: string): SearchResultPage {
	const total = 11_112;
	return {
		params: {
			q: '',
			type: 'practice',
			page: 1,
			sort: 'newest',
			facets: {
				area: 'housing',
				country: null,
				city: null,
				industry: null,
				size: null,
				orgType: null,
				status: null,
				language: null,
				year: null
			}
		},
		hits: Array.from({ length: PAGE_SIZE }, (_, i) => hit(i, locale)),
		total,
		page: 1,
		pages: Math.ceil(total / PAGE_SIZE),
		typeCounts: { practice: total, organisation: 0, person: 0, city: 0, event: 0, call: 0, project: 0, challenge: 0 },
		facets: facets(locale),
		approximate: false,
		filtered: true
	};
}

const pages = new Map<string, SearchResultPage>();

/** The same object on every request of a language, as a cache would give it. */
export function ceilingList(locale: string): SearchResultPage {
	let list = pages.get(locale);
	if (!list) pages.set(locale, (list = page(locale)));
	return list;
}
