/**
 * A search query, analysed the same way as documents: each word becomes
 * (lemma1 | lemma2 | folded word:* | english stem), and the words are ANDed.
 */
import { fold, meaningful, polishLemmas, words } from './lemmatize';
import { quoteLexeme } from './tsvector';

export interface QueryWord {
	/** As typed, folded (lowercase, unaccented). */
	folded: string;
	/** Lexemes that must match exactly: Polish lemmas. */
	exact: string[];
	/** Lexemes matched as prefixes: the folded word itself (3+ letters). */
	prefixes: string[];
	/** English stems: exact in the index, prefixes of words when highlighting ("regener"). */
	stems: string[];
}

export interface AnalysedQuery {
	words: QueryWord[];
	/** A tsquery literal, or null when nothing searchable was typed. */
	tsquery: string | null;
	/** Words long enough to look for with trigrams when they might be mistyped. */
	fuzzyWords: string[];
	/**
	 * Each word on its own, for the typo fallback: a document must still match every word,
	 * exactly or (long words only) by similar spelling.
	 */
	parts: QueryPart[];
}

export interface QueryPart {
	/** tsquery alternatives for the word: lemmas, stems, the word as a prefix. */
	alternatives: string[];
	/** The folded word when it is long enough to be compared by trigrams. */
	fuzzy: string | null;
}

const MAX_WORDS = 8;
/** Shorter prefixes match too much ("w:*" is half the dictionary). */
const MIN_PREFIX = 3;
export const MIN_FUZZY = 7;

/** The folded words of a query that need English stems (looked up in SQL, like documents). */
export function queryWordsForStems(q: string): string[] {
	return pickWords(q)
		.map(fold)
		.filter((word) => /^[a-z]+$/.test(word));
}

function pickWords(q: string): string[] {
	const all = words(q).filter((word) => word.length <= 60);
	const useful = all.filter(meaningful);
	// A query of stop words only ("to be") still searches for them.
	return (useful.length > 0 ? useful : all).slice(0, MAX_WORDS);
}

export function analyseQuery(q: string, stems: Map<string, string[]>): AnalysedQuery {
	const analysed: QueryWord[] = [];
	const seen = new Set<string>();
	for (const word of pickWords(q)) {
		const folded = fold(word);
		if (seen.has(folded)) continue;
		seen.add(folded);
		const exact = new Set(polishLemmas(word));
		const prefixes = new Set<string>();
		if (folded.length >= MIN_PREFIX) prefixes.add(folded);
		else exact.add(folded);
		const english = (stems.get(folded) ?? []).filter((stem) => !exact.has(stem));
		analysed.push({ folded, exact: [...exact], prefixes: [...prefixes], stems: english });
	}
	const parts = analysed.map((word) => ({
		alternatives: [
			...word.exact.map(quoteLexeme),
			...word.stems.map(quoteLexeme),
			...word.prefixes.map((prefix) => `${quoteLexeme(prefix)}:*`)
		],
		fuzzy: word.folded.length >= MIN_FUZZY ? word.folded : null
	}));
	return {
		words: analysed,
		tsquery: joinParts(parts),
		fuzzyWords: parts.flatMap((part) => (part.fuzzy ? [part.fuzzy] : [])),
		parts
	};
}

const joinParts = (parts: QueryPart[]) => (parts.length ? parts.map((part) => `(${part.alternatives.join(' | ')})`).join(' & ') : null);

/**
 * The query with indexed words of similar spelling added to the alternatives of each long
 * word ("rewitalizajca" | "rewitalizacja" | "rewitalizacji"): the typo fallback.
 */
export function widenQuery(query: AnalysedQuery, similar: Map<string, string[]>): string | null {
	return joinParts(
		query.parts.map((part) => ({
			...part,
			alternatives: [...part.alternatives, ...(part.fuzzy ? (similar.get(part.fuzzy) ?? []) : []).map(quoteLexeme)]
		}))
	);
}
