/**
 * Names of languages and countries in the page's language, from the ICU data bundled with
 * Node, so no list has to be translated by hand.
 */
const cache = new Map<string, Intl.DisplayNames>();

function displayNames(locale: string, type: 'language' | 'region'): Intl.DisplayNames {
	const key = `${locale}:${type}`;
	let names = cache.get(key);
	if (!names) {
		names = new Intl.DisplayNames([locale], { type, fallback: 'code' });
		cache.set(key, names);
	}
	return names;
}

function nameOf(code: string, locale: string, type: 'language' | 'region'): string {
	try {
		const name = displayNames(locale, type).of(code) ?? code;
		// Polish ICU writes language names in lower case ("polski"); a list item starts upper case.
		return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
	} catch {
		// A malformed code stored by hand is shown as it is rather than breaking the page.
		return code;
	}
}

export const languageName = (code: string, locale: string) => nameOf(code, locale, 'language');
export const countryName = (code: string, locale: string) => nameOf(code.toUpperCase(), locale, 'region');

/** A city's name in the page language: the English name on English pages when there is one. */
export const cityName = (city: { name: string; name_en: string | null }, locale: string) =>
	locale === 'en' && city.name_en ? city.name_en : city.name;
