import { randomInt } from 'node:crypto';

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

/**
 * Candidate slugs in order: the base, then base-2, base-3... (reserved words skip the base).
 * Only for names fixed in advance (the demo seed, an explicit slug): which one is free depends on
 * every row, seen or not, so a member's new address must come from newSlugCandidates instead.
 */
export function* slugCandidates(base: string): Generator<string> {
	if (!RESERVED.has(base)) yield base;
	for (let n = 2; ; n++) yield `${base}-${n}`;
}

/** Letters and digits of a suffix, without look-alikes (0/o, 1/l/i); it starts with a letter, so it never reads as a count. */
const SUFFIX_LETTERS = 'abcdefghjkmnpqrstuvwxyz';
const SUFFIX_ALPHABET = `23456789${SUFFIX_LETTERS}`;
export const SLUG_SUFFIX_LENGTH = 5;

function randomSuffix(): string {
	let suffix = SUFFIX_LETTERS[randomInt(SUFFIX_LETTERS.length)];
	while (suffix.length < SLUG_SUFFIX_LENGTH) suffix += SUFFIX_ALPHABET[randomInt(SUFFIX_ALPHABET.length)];
	return suffix;
}

/**
 * Candidate slugs for a new address made from a title: the title's words and a short random
 * suffix ("rewitalizacja-szybu-julia-k3x9q"), a fresh suffix each time. The address never
 * depends on which other addresses exist, so it reveals nothing about secret groups, closed
 * threads or organisations not yet approved that share the title (a "-2" did). Callers still
 * skip a taken candidate (about one in 21 million).
 */
export function* newSlugCandidates(title: string, fallback: string): Generator<string> {
	const base = slugify(title, fallback);
	for (;;) yield `${base}-${randomSuffix()}`;
}
