/**
 * Names of languages in the page's language, from the ICU data bundled with Node, so no list
 * has to be translated by hand; and a city's name in the page's language. Country names are
 * in countries.ts.
 */
import { displayNames } from '$lib/intl';

const cache = new Map<string, Intl.DisplayNames>();

export function languageName(code: string, locale: string): string {
	let names = cache.get(locale);
	if (!names) {
		names = displayNames([locale], { type: 'language', fallback: 'code' });
		cache.set(locale, names);
	}
	try {
		const name = names.of(code) ?? code;
		// Polish ICU writes language names in lower case ("polski"); a list item starts upper case.
		return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
	} catch {
		// A malformed code stored by hand is shown as it is rather than breaking the page.
		return code;
	}
}

/** A city's name in the page language: the English name on English pages when there is one. */
export const cityName = (city: { name: string; name_en: string | null }, locale: string) =>
	locale === 'en' && city.name_en ? city.name_en : city.name;
