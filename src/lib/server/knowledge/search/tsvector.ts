/**
 * Building the document side of search in the application: plain text from Markdown, and a
 * tsvector literal with our own lexemes, positions and weights (title A, body B, context C).
 */
import { SIZE_BANDS, SIZE_BAND_KEYS, type SizeBand } from '../../directory/cities';
import { fold, languageKind, meaningful, wantsEnglish, wordLexemes, words } from './lemmatize';

export type Weight = 'A' | 'B' | 'C';

export interface Section {
	text: string;
	weight: Weight;
	/** ISO 639-1, or null when the language is not known (bios, descriptions, stories). */
	language: string | null;
}

/** Markdown to readable plain text: link targets, markup and extra blank space dropped. */
export function plainText(markdown: string): string {
	return markdown
		.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/<[^>]*>/g, ' ')
		.replace(/^[ \t]{0,3}(#{1,6}|>|[-*+]|\d+[.)])[ \t]+/gm, '')
		.replace(/[*_`~]+/g, '')
		.replace(/[ \t]+/g, ' ')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

/** Folded words that need an English stem: the stemmer runs in SQL, so they are collected first. */
export function wordsNeedingStems(sections: Section[]): Set<string> {
	const out = new Set<string>();
	for (const section of sections) {
		if (!wantsEnglish(languageKind(section.language))) continue;
		for (const word of words(section.text)) if (meaningful(word)) out.add(fold(word));
	}
	return out;
}

const MAX_POSITION = 16_383;
const MAX_POSITIONS_PER_LEXEME = 200;
const MAX_WORD_LENGTH = 60;

/** Quotes a lexeme for a tsvector or tsquery literal. */
export function quoteLexeme(lexeme: string): string {
	return `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/**
 * The tsvector literal of the sections: every meaningful word at its position with its folded
 * form, its Polish lemmas (Polish or unknown text) and its English stems (English or unknown).
 */
export function buildTsvector(sections: Section[], stems: Map<string, string[]>): string {
	const positions = new Map<string, string[]>();
	let position = 0;
	for (const section of sections) {
		const kind = languageKind(section.language);
		const english = wantsEnglish(kind);
		for (const word of words(section.text)) {
			position = Math.min(position + 1, MAX_POSITION);
			if (word.length > MAX_WORD_LENGTH || !meaningful(word)) continue;
			const lexemes = new Set(wordLexemes(word, kind));
			if (english) for (const stem of stems.get(fold(word)) ?? []) lexemes.add(stem);
			for (const lexeme of lexemes) {
				const list = positions.get(lexeme) ?? [];
				if (list.length < MAX_POSITIONS_PER_LEXEME) list.push(`${position}${section.weight}`);
				positions.set(lexeme, list);
			}
		}
	}
	return [...positions].map(([lexeme, list]) => `${quoteLexeme(lexeme)}:${list.join(',')}`).join(' ');
}

/** Words this short are not looked up for typos (see MIN_FUZZY in query.ts). */
export const MIN_VOCABULARY = 5;

/** Distinct folded words of 5+ letters: the vocabulary the typo fallback searches. */
export function vocabulary(sections: Section[], into = new Set<string>()): Set<string> {
	for (const section of sections) {
		for (const word of words(section.text)) {
			if (word.length < MIN_VOCABULARY || word.length > MAX_WORD_LENGTH || /\p{N}/u.test(word)) continue;
			into.add(fold(word));
		}
	}
	return into;
}

/** The city's size band, in the same bands as the city list (cities.schemas.ts). */
export function sizeBand(population: number | null | undefined): SizeBand | null {
	if (population === null || population === undefined) return null;
	for (const key of SIZE_BAND_KEYS) {
		const [min, max] = SIZE_BANDS[key];
		if (population >= min && (max === null || population < max)) return key;
	}
	return null;
}
