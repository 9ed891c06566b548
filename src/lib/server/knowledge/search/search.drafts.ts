/** What every indexer builder shares: the document shape before its lexemes, and small helpers. */
import type { NewSearchDocument } from './index.queries';
import type { Section } from './tsvector';
import { countryName } from '../../shared';

export type Doc = Omit<NewSearchDocument, 'tsv'>;

/** A document before its lexemes: the row, and the text sections to analyse. */
export interface Draft {
	doc: Doc;
	sections: Section[];
}

/** Every column, so rows of one batch have the same shape. */
export const EMPTY: Omit<Doc, 'type' | 'source_id' | 'key' | 'visibility' | 'title'> = {
	language: null,
	languages: [],
	body: '',
	translations: '{}',
	city_id: null,
	city_name: null,
	country_code: null,
	industries: [],
	population: null,
	size_band: null,
	area_ids: [],
	org_types: [],
	status: null,
	year: null,
	published_at: null,
	source_updated_at: null
};

/** Names of a country in the two interface languages, so "Polska" and "Poland" both find it. */
export function countryNames(code: string | null): string {
	if (!code) return '';
	return [...new Set([countryName(code, 'pl'), countryName(code, 'en')])].join(' ');
}

export const yearOf = (value: Date | string | null | undefined): number | null => {
	if (!value) return null;
	const year = new Date(value).getUTCFullYear();
	return Number.isFinite(year) ? year : null;
};
