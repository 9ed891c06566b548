import { createHash } from 'node:crypto';
import MarkdownIt, { type StateBlock, type Token } from 'markdown-it';

/** Schemes a link in member-written text may use; everything else stays plain text. */
const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

/**
 * How deep blocks and inline marks may nest (markdown-it's own CommonMark preset uses 20; its
 * default of 100 lets 20,000 characters of nested brackets and emphasis cost several times more).
 */
const MAX_NESTING = 20;
/** A table wider than this stays plain text; a longer one ends at MAX_TABLE_CELLS, the rest is text. */
export const MAX_TABLE_COLUMNS = 30;
export const MAX_TABLE_CELLS = 3000;

/**
 * Markdown for text written by members. Raw HTML is escaped (html: false), images are not
 * rendered (no third-party requests from pages, no tracking pixels), and links may only leave
 * for http(s) or mailto, marked as user content so they pass no reputation.
 */
const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false, maxNesting: MAX_NESTING });
md.disable(['image']);
md.validateLink = (url: string) => SAFE_LINK.test(url.trim());

const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
	tokens[idx].attrSet('rel', 'nofollow ugc noopener');
	return defaultLinkOpen(tokens, idx, options, env, self);
};

// Sections sit under the page's h1 and their own h2: a "# Heading" in a section becomes an h3.
const HEADING_OFFSET = 2;
md.core.ruler.push('shift_headings', (state) => {
	for (const token of state.tokens) {
		if (token.type === 'heading_open' || token.type === 'heading_close') {
			const level = Math.min(6, Number(token.tag.slice(1)) + HEADING_OFFSET);
			token.tag = `h${level}`;
		}
	}
	return true;
});

// markdown-it fills short table rows with empty cells up to 65,536 of them: a 20,000-character
// "table" of bare "|" lines cost a quarter of a second and 650 KB of HTML. Its rule is wrapped:
// too many columns (counted on the delimiter row) is no table, and the body ends at the cell budget.
type BlockRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean;
const table = md.block.ruler.__rules__.find((rule) => rule.name === 'table');
if (!table) throw new Error('markdown-it has no table rule to bound');
const tableRule = table.fn as BlockRule;
const DELIMITER_CHARS = new Set([0x7c /* | */, 0x2d /* - */, 0x3a /* : */, 0x20, 0x09]);
md.block.ruler.at(
	'table',
	(state: StateBlock, startLine: number, endLine: number, silent: boolean) => {
		const delimiter = startLine + 1;
		if (delimiter >= endLine) return false;
		let pipes = 0;
		for (let pos = state.bMarks[delimiter]; pos < state.eMarks[delimiter]; pos++) {
			const char = state.src.charCodeAt(pos);
			// any other character: no delimiter row, so no table (as the rule itself decides)
			if (!DELIMITER_CHARS.has(char)) return false;
			if (char === 0x7c && ++pipes > MAX_TABLE_COLUMNS + 1) return false;
		}
		const rows = Math.max(1, Math.floor(MAX_TABLE_CELLS / (pipes + 1)));
		return tableRule(state, startLine, Math.min(endLine, delimiter + 1 + rows), silent);
	},
	{ alt: [...table.alt] }
);

/**
 * Rendered HTML by a hash of the text: a thread page shows the same posts to every reader, and a
 * pathological post cost tens of milliseconds on every view. The output depends only on the text
 * (and this file), so the cache is right in every process that shares the database, after any edit
 * (an edit is new text), and needs no invalidation. Least recently used entries leave first.
 */
const CACHE_MAX_CHARS = 8_000_000;
const CACHE_MAX_ENTRIES = 20_000;
/** Shorter texts render in microseconds; caching them would only push the costly ones out. */
const CACHE_MIN_LENGTH = 200;
const cache = new Map<string, string>();
let cachedChars = 0;

function remember(key: string, html: string): void {
	if (html.length > CACHE_MAX_CHARS / 8) return;
	cache.set(key, html);
	cachedChars += html.length;
	for (const [oldest, value] of cache) {
		if (cachedChars <= CACHE_MAX_CHARS && cache.size <= CACHE_MAX_ENTRIES) break;
		cache.delete(oldest);
		cachedChars -= value.length;
	}
}

/** Member-written Markdown as safe HTML for {@html} on practice pages (and anywhere else). */
export function renderMarkdown(text: string | null | undefined): string {
	if (!text) return '';
	if (text.length < CACHE_MIN_LENGTH) return md.render(text);
	const key = createHash('sha256').update(text).digest('base64');
	const hit = cache.get(key);
	if (hit !== undefined) {
		// most recently used goes to the end of the Map's order
		cache.delete(key);
		cache.set(key, hit);
		return hit;
	}
	const html = md.render(text);
	remember(key, html);
	return html;
}

/** How many renderings the cache holds (for tests). */
export function markdownCacheSize(): number {
	return cache.size;
}

/**
 * The addresses the text's links would point to once rendered (Markdown links, <autolinks>,
 * reference links, and what linkify turns into links: bare web and e-mail addresses), in order.
 * The same parser as renderMarkdown, so a rule about links cannot miss a form the page renders.
 */
export function linkTargets(text: string): string[] {
	const targets: string[] = [];
	const walk = (tokens: Token[]) => {
		for (const token of tokens) {
			if (token.type === 'link_open') targets.push(String(token.attrGet('href') ?? ''));
			if (token.children) walk(token.children);
		}
	};
	walk(md.parse(text, {}));
	return targets;
}
