import { z } from 'zod';
import { many, oneOf, optionalInt, optionalText } from '../../platform/core';
import type { EditVersion } from '$lib/form-state';

/** Former industries a city can be tagged with; labels are `cities_industry_<key>`. */
export const INDUSTRIES = ['coal_mining', 'steel', 'textiles', 'shipbuilding', 'chemicals', 'glass_ceramics', 'other'] as const;
export type Industry = (typeof INDUSTRIES)[number];

/** Population bands for the list filter, as [min, max) ranges; labels are `cities_size_<key>`. */
export const SIZE_BANDS = {
	under_20k: [0, 20_000],
	'20k_50k': [20_000, 50_000],
	'50k_100k': [50_000, 100_000],
	'100k_250k': [100_000, 250_000],
	'250k_1m': [250_000, 1_000_000],
	over_1m: [1_000_000, null]
} as const satisfies Record<string, readonly [number, number | null]>;
export type SizeBand = keyof typeof SIZE_BANDS;
export const SIZE_BAND_KEYS = Object.keys(SIZE_BANDS) as SizeBand[];

export const CITIES_PAGE_SIZE = 50;

/**
 * The list's filters as read from the query string. Unknown values are ignored rather than
 * refused: a stale or hand-edited link still shows a list.
 */
export interface CityFilters {
	country: string | null;
	industry: Industry | null;
	size: SizeBand | null;
	memberOnly: boolean;
	page: number;
}

export function parseCityFilters(params: URLSearchParams): CityFilters {
	const country = (params.get('country') ?? '').trim().toUpperCase();
	const industry = params.get('industry') ?? '';
	const size = params.get('size') ?? '';
	const page = Number.parseInt(params.get('page') ?? '1', 10);
	return {
		country: /^[A-Z]{2}$/.test(country) ? country : null,
		industry: (INDUSTRIES as readonly string[]).includes(industry) ? (industry as Industry) : null,
		size: (SIZE_BAND_KEYS as string[]).includes(size) ? (size as SizeBand) : null,
		memberOnly: params.get('member') === '1',
		page: Number.isFinite(page) && page > 0 && page < 100_000 ? page : 1
	};
}

/** What a coordinator may change on a city. */
export const cityEditSchema = z.object({
	name_en: optionalText(120),
	region: optionalText(120),
	population: optionalInt(0, 50_000_000),
	industries: many(oneOf(INDUSTRIES), INDUSTRIES.length),
	story: optionalText(8000)
});
export type CityEditInput = z.input<typeof cityEditSchema>;

/** One row of the city list. */
export interface CityListItem {
	slug: string;
	name: string;
	nameEn: string | null;
	countryCode: string;
	countryName: string;
	population: number | null;
	industries: Industry[];
	memberOrganisations: number;
	isMember: boolean;
}

export interface CityListPage {
	items: CityListItem[];
	total: number;
	page: number;
	pages: number;
	filters: CityFilters;
	/** Countries that have at least one city, for the filter. */
	countries: { code: string; name: string }[];
}

/** A city as the network map and its list need it (the home page shows it too). */
export interface MapCity {
	slug: string;
	name: string;
	countryCode: string;
	countryName: string;
	isMember: boolean;
}

export interface CityDetails {
	slug: string;
	name: string;
	nameEn: string | null;
	countryCode: string;
	countryName: string;
	region: string | null;
	population: number | null;
	industries: Industry[];
	latitude: number;
	longitude: number;
	/** Paragraphs of plain text. */
	story: string[];
	isMember: boolean;
	isDemo: boolean;
	organisations: { slug: string; name: string; type: string; isMember: boolean }[];
	people: { handle: string; name: string }[];
	/** An SVG map with this city marked. */
	mapSvg: string;
	canEdit: boolean;
}

export interface CityEditView {
	slug: string;
	name: string;
	countryName: string;
	values: { name_en: string; region: string; population: string; industries: Industry[]; story: string };
	/** The version the values are: a save based on an older one is refused when they changed since. */
	version: EditVersion;
}

/** Keeps only known industry keys (stored arrays may hold older or hand-typed values). */
export function knownIndustries(values: readonly string[]): Industry[] {
	return INDUSTRIES.filter((key) => values.includes(key));
}
