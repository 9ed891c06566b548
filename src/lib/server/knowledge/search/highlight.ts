/**
 * Snippets with the matched words marked. Done here rather than with ts_headline because the
 * index holds lemmas: PostgreSQL would not mark "Wałbrzychu" for a query "Wałbrzych". Every
 * other character is escaped, so the result is safe to put in the page as HTML.
 */
import { fold, polishLemmas } from './lemmatize';
import type { AnalysedQuery } from './query';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/**
 * Edit distance counting a swap of two neighbouring letters ("rewitalizajca") as one typo;
 * gives up (returning limit + 1) as soon as it exceeds `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let before: number[] = [];
	let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) current[j] = Math.min(current[j], before[j - 2] + 1);
			best = Math.min(best, current[j]);
		}
		if (best > limit) return limit + 1;
		before = previous;
		previous = current;
	}
	return previous[b.length];
}

/**
 * Decides whether one word of a text matches the query; built once per query. `similar` are
 * the indexed words the typo fallback added (marked as they are).
 */
export function wordMatcher(query: AnalysedQuery, similar: string[] = []): (word: string) => boolean {
	const exact = new Set([...query.words.flatMap((word) => word.exact), ...similar]);
	const prefixes = query.words.flatMap((word) => [...word.prefixes, ...word.stems]);
	const heads = new Set([...exact, ...prefixes].map((lexeme) => lexeme.slice(0, 3)));
	const cache = new Map<string, boolean>();
	return (word) => {
		const known = cache.get(word);
		if (known !== undefined) return known;
		const folded = fold(word);
		let hit = exact.has(folded) || prefixes.some((prefix) => folded.startsWith(prefix));
		// Lemmatising every word of a long text is slow; inflected forms share their first letters.
		if (!hit && heads.has(folded.slice(0, 3)))
			hit = polishLemmas(word).some((lemma) => exact.has(lemma) || prefixes.some((p) => lemma.startsWith(p)));
		cache.set(word, hit);
		return hit;
	};
}

interface Token {
	text: string;
	word: boolean;
	hit: boolean;
}

function tokens(text: string, matches: (word: string) => boolean): Token[] {
	const out: Token[] = [];
	let last = 0;
	for (const found of text.matchAll(/[\p{L}\p{N}]+/gu)) {
		const start = found.index ?? 0;
		if (start > last) out.push({ text: text.slice(last, start), word: false, hit: false });
		out.push({ text: found[0], word: true, hit: matches(found[0]) });
		last = start + found[0].length;
	}
	if (last < text.length) out.push({ text: text.slice(last), word: false, hit: false });
	return out;
}

const render = (list: Token[]) =>
	list.map((token) => (token.hit ? `<mark>${escapeHtml(token.text)}</mark>` : escapeHtml(token.text))).join('');

/** The whole (short) text, escaped, with matches marked: for titles. */
export function highlightAll(text: string, matches: (word: string) => boolean): string {
	return render(tokens(text, matches));
}

/**
 * About `size` words of a long text around the densest cluster of matches (the opening when
 * nothing matches), escaped, with matches marked and "…" where the text was cut.
 */
export function snippet(text: string, matches: (word: string) => boolean, size = 32): { html: string; hits: number } {
	const flat = text.replace(/\s+/g, ' ').trim();
	const list = tokens(flat, matches);
	const wordIndexes = list.flatMap((token, index) => (token.word ? [index] : []));
	if (wordIndexes.length <= size) {
		return { html: render(list), hits: list.filter((token) => token.hit).length };
	}
	let bestStart = 0;
	let bestHits = -1;
	let hits = 0;
	for (let i = 0; i < wordIndexes.length; i++) {
		if (list[wordIndexes[i]].hit) hits++;
		if (i >= size && list[wordIndexes[i - size]].hit) hits--;
		const start = Math.max(0, i - size + 1);
		if (i >= size - 1 && hits > bestHits) {
			bestHits = hits;
			bestStart = start;
		}
	}
	// Start a little before the first match so it does not open the snippet abruptly.
	const firstHit = wordIndexes.slice(bestStart, bestStart + size).findIndex((index) => list[index].hit);
	if (firstHit > 4) bestStart = Math.min(bestStart + firstHit - 4, wordIndexes.length - size);
	const from = wordIndexes[bestStart];
	const to = wordIndexes[Math.min(bestStart + size, wordIndexes.length) - 1];
	const html = `${from > 0 ? '… ' : ''}${render(list.slice(from, to + 1))}${to < list.length - 1 ? ' …' : ''}`;
	return { html, hits: Math.max(bestHits, 0) };
}
