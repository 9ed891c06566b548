/**
 * Words → search lexemes, the same way for documents and queries.
 *
 * PostgreSQL has no Polish stemmer, so Polish words are reduced to ALL their dictionary lemmas
 * with hunspell (nodehun + dictionary-pl): "rewitalizacji" → rewitalizacja, "kopalni" →
 * kopalnia, kopalny. Every lexeme is lowercase and unaccented, so "walbrzych" meets
 * "Wałbrzych". English stems come from PostgreSQL's own snowball stemmer (see
 * search.queries.ts `englishStems`), which both PostgreSQL and PGlite have.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

interface Hunspell {
	stemSync(word: string): string[];
}

let hunspell: Hunspell | null | undefined;

/**
 * The Polish dictionary, loaded on first use (~0.2–2 s). A native addon and an ESM package
 * with top-level await: both are required from node_modules at run time (adapter-node keeps
 * dependencies external), never bundled.
 */
function polishDictionary(): Hunspell | null {
	if (hunspell !== undefined) return hunspell;
	try {
		const require = createRequire(import.meta.url);
		const { Nodehun } = require('nodehun') as { Nodehun: new (aff: Buffer, dic: Buffer) => Hunspell };
		const folder = path.dirname(require.resolve('dictionary-pl'));
		hunspell = new Nodehun(fs.readFileSync(path.join(folder, 'index.aff')), fs.readFileSync(path.join(folder, 'index.dic')));
	} catch (error) {
		// Search still works without lemmas (unaccented words and prefixes); say so once.
		console.error('Polish dictionary unavailable, searching without lemmas:', (error as Error).message);
		hunspell = null;
	}
	return hunspell;
}

/** Loads the dictionary now (at start-up or before a bulk reindex) instead of on first search. */
export function warmUpLemmatizer(): boolean {
	return polishDictionary() !== null;
}

// Letters that do not decompose under NFD, so stripping combining marks leaves them alone.
const FOLD: Record<string, string> = { ł: 'l', ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', đ: 'd', ı: 'i', þ: 'th', ð: 'd', ħ: 'h', ŀ: 'l' };

const foldCache = new Map<string, string>();

/** Lowercase without diacritics: "Wałbrzychu" → "walbrzychu", "Straße" → "strasse". */
export function fold(text: string): string {
	const cached = foldCache.get(text);
	if (cached !== undefined) return cached;
	const folded = text
		.toLowerCase()
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.replace(/[łßøæœđıþðħŀ]/g, (c) => FOLD[c] ?? c);
	// Words repeat a lot: remember single words (not whole texts), within a bound.
	if (text.length <= 60) {
		if (foldCache.size >= 100_000) foldCache.clear();
		foldCache.set(text, folded);
	}
	return folded;
}

/** Words of a text, in order: letters and digits, apostrophes and hyphens split words. */
export function words(text: string): string[] {
	return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

const CACHE_LIMIT = 50_000;
const lemmaCache = new Map<string, string[]>();

/**
 * Only words the Polish dictionary could know go to hunspell: Polish letters, at most 40 of
 * them. Hunspell is native code from before fuzzing found its overflows on unusual input
 * (characters outside the Basic Multilingual Plane, very long words); everything else has no
 * Polish lemma anyway. (Our suspect for a rare heap-corruption crash of test workers.)
 */
const POLISH_WORD = /^[a-zA-ZąćęłńóśźżĄĆĘŁŃÓŚŹŻ]{1,40}$/;

/**
 * All Polish lemmas of a word, folded (lowercase, unaccented); empty when hunspell does not
 * know the word (a name, a typo, another language, or a word typed without its diacritics).
 */
export function polishLemmas(word: string): string[] {
	const cached = lemmaCache.get(word);
	if (cached) return cached;
	const dictionary = polishDictionary();
	let lemmas: string[] = [];
	if (dictionary && POLISH_WORD.test(word)) {
		const forms = new Set<string>();
		// Hunspell is case-aware: "Wałbrzychu" is a name, "miasta" a common noun; ask both ways.
		for (const variant of new Set([word, word.toLowerCase()])) {
			for (const stem of dictionary.stemSync(variant)) forms.add(fold(stem));
		}
		lemmas = [...forms];
	}
	if (lemmaCache.size >= CACHE_LIMIT) lemmaCache.clear();
	lemmaCache.set(word, lemmas);
	return lemmas;
}

/** Words that carry no meaning in a search, in the languages the network writes in most. */
export const STOPWORDS = new Set(
	(
		'a aby ale albo bo by być był była było czy dla do gdy i ich im jak jako jest jego jej już ' +
		'lub ma na nad nie o od oraz po pod przez przy się są ta tak te ten to tu tym w we z za ze że ' +
		'które który która których którym co czyli także też jednak ' +
		'an and are as at be by for from has have in is it its of on or that the this to was were with ' +
		'der die das und ein eine im mit von zu den dem des ist a na je se ve'
	).split(' ')
);

export type TextLanguage = 'pl' | 'en' | 'other' | 'unknown';

/** How to treat a text in this ISO 639-1 language: which analysers run on it. */
export function languageKind(language: string | null | undefined): TextLanguage {
	if (!language) return 'unknown';
	if (language === 'pl') return 'pl';
	if (language === 'en') return 'en';
	return 'other';
}

/** The lexemes a word contributes to a document, before English stems are added. */
export function wordLexemes(word: string, kind: TextLanguage): string[] {
	const folded = fold(word);
	const out = new Set<string>([folded]);
	if (kind === 'pl' || kind === 'unknown') for (const lemma of polishLemmas(word)) out.add(lemma);
	return [...out];
}

/** Whether English stems should be added for a text in this language. */
export function wantsEnglish(kind: TextLanguage): boolean {
	return kind === 'en' || kind === 'unknown';
}

/** Whether a word is worth indexing or querying (not a stopword, not a lone letter). */
export function meaningful(word: string): boolean {
	const folded = fold(word);
	return folded.length > 1 || /\p{N}/u.test(folded) ? !STOPWORDS.has(word.toLowerCase()) && !STOPWORDS.has(folded) : false;
}
