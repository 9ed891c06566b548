/** Letters that Unicode does not decompose into a base letter plus accent. */
const SPECIAL: Record<string, string> = { ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** Words in a URL space (`/organisations/new`, `/groups/new`...) that a slug must not take. */
const RESERVED = new Set(['new']);

/** Lower case without diacritics, undecomposable letters spelled out: "Łódź" → "lodz". */
export function asciiLower(text: string): string {
	return text
		.toLowerCase()
		.replace(/[łøæœßđðþı]/g, (c) => SPECIAL[c] ?? c)
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '');
}

/** A readable URL part from a name: "Urząd Miasta Wałbrzych" → "urzad-miasta-walbrzych". */
export function slugify(text: string, fallback = 'organisation'): string {
	const base = asciiLower(text)
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+/, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return base || fallback;
}

/** Candidate slugs in order: the base, then base-2, base-3... (reserved words skip the base). */
export function* slugCandidates(base: string): Generator<string> {
	if (!RESERVED.has(base)) yield base;
	for (let n = 2; ; n++) yield `${base}-${n}`;
}
