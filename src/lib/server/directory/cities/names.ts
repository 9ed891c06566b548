import { asciiLower, slugify } from '../../shared';

/**
 * A place name reduced for comparison: lower case, no diacritics, single spaces, hyphens and
 * apostrophes as spaces. "Wałbrzych" and "walbrzych" fold alike, as do "Saint-Étienne" and
 * "saint etienne".
 */
export function foldName(text: string): string {
	return asciiLower(text)
		.replace(/[-‐–'’.,]+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** A readable URL part from a city name: "Saint-Étienne" → "saint-etienne". */
export function citySlug(name: string): string {
	return slugify(name, 'city');
}
