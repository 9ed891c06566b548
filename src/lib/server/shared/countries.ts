/**
 * Country names in the page's language from i18n-iso-countries. Only Polish and English are
 * registered: the package's default entry would load all ~80 languages into memory. The JSON
 * files are imported statically so Vite bundles them into the server build (an externalised
 * JSON import would need an import attribute in Node's ESM loader).
 */
// The core without the Node entry's "register every language" side effect; same API.
import countriesCore from 'i18n-iso-countries/index.js';
import type * as Countries from 'i18n-iso-countries';
import plNames from 'i18n-iso-countries/langs/pl.json';
import enNames from 'i18n-iso-countries/langs/en.json';
import { sortCollator } from '$lib/intl';

const countries = countriesCore as typeof Countries;
countries.registerLocale(plNames as Countries.LocaleData);
countries.registerLocale(enNames as Countries.LocaleData);

/** Members of the Council of Europe and other European states, listed first in pickers. */
export const EUROPEAN_COUNTRIES = new Set(
	'AD AL AM AT AZ BA BE BG BY CH CY CZ DE DK EE ES FI FO FR GB GE GI GR HR HU IE IS IT LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SK SM TR UA VA XK'.split(
		' '
	)
);

// Where the alias would be ambiguous or sort oddly ("Congo" twice, "The Netherlands" under T).
const OVERRIDES: Record<string, Record<string, string>> = {
	en: { CD: 'Democratic Republic of the Congo', NL: 'Netherlands', AX: 'Åland Islands', XK: 'Kosovo' },
	pl: { XK: 'Kosowo' }
};

const language = (locale: string) => (locale === 'pl' ? 'pl' : 'en');

/**
 * The country's everyday name in `locale` ("Polska", "Czechia"); the code when unknown. The
 * package's aliases are the everyday names ("Czechia" for "Czech Republic") except where they
 * are abbreviations ("UK") or inverted ("Korea, Republic of").
 */
export function countryName(code: string, locale: string): string {
	const upper = code.trim().toUpperCase();
	const lang = language(locale);
	const fixed = OVERRIDES[lang]?.[upper];
	if (fixed) return fixed;
	const alias = countries.getName(upper, lang, { select: 'alias' });
	if (alias && !/^[A-Z]{2,3}$/.test(alias) && !alias.includes(',')) return alias;
	return countries.getName(upper, lang) ?? alias ?? upper;
}

export function isCountryCode(code: string): boolean {
	return /^[A-Za-z]{2}$/.test(code) && (code.toUpperCase() === 'XK' || countries.isValid(code.toUpperCase()));
}

const optionsCache = new Map<string, { value: string; label: string }[]>();

/**
 * Every country as select options, sorted by name in `locale`: European countries first
 * (where the network works), then the rest.
 */
export function countryOptions(locale: string): { value: string; label: string }[] {
	const key = language(locale);
	const cached = optionsCache.get(key);
	if (cached) return cached;
	const collator = sortCollator(key);
	const all = Object.keys(countries.getAlpha2Codes()).map((code) => ({ value: code, label: countryName(code, key) }));
	const byName = (a: { label: string }, b: { label: string }) => collator.compare(a.label, b.label);
	const options = [
		...all.filter((o) => EUROPEAN_COUNTRIES.has(o.value)).sort(byName),
		...all.filter((o) => !EUROPEAN_COUNTRIES.has(o.value)).sort(byName)
	];
	optionsCache.set(key, options);
	return options;
}
