/** Letters that Unicode does not decompose into a base letter plus accent. */
const SPECIAL: Record<string, string> = { ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/**
 * A place name reduced for comparison: lower case, no diacritics, single spaces, hyphens and
 * apostrophes as spaces. "Wałbrzych" and "walbrzych" fold alike, as do "Saint-Étienne" and
 * "saint etienne".
 */
export function foldName(text: string): string {
	return text
		.toLowerCase()
		.replace(/[łøæœßđðþı]/g, (c) => SPECIAL[c] ?? c)
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[-‐–'’.,]+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** A readable URL part from a city name: "Saint-Étienne" → "saint-etienne". */
export function citySlug(name: string): string {
	const base = foldName(name)
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+/, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return base || 'city';
}
