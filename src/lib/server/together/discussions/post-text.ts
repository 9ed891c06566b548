import { renderMarkdown } from '../../shared';
/**
 * What a post's text means beyond Markdown: @handles that mention people, "#12" references
 * to another post of the thread, and the quote a reply starts with. Pure functions.
 */

/** @handle: letters, digits and inner hyphens (people.handle); not part of an e-mail address or word. */
const MENTION = /(^|[^\p{L}\p{N}_@./-])@([a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?)(?![a-z0-9-]*[a-z0-9])/giu;
const REFERENCE = /(^|[\s(])#(\d{1,6})(?![\p{L}\p{N}_])/gu;

/** Lines that count for mentions: not quoted (a quote repeats someone else's words) and not code. */
function ownLines(body: string): string[] {
	const lines: string[] = [];
	let fenced = false;
	for (const line of body.split(/\r?\n/)) {
		if (/^\s*(```|~~~)/.test(line)) {
			fenced = !fenced;
			continue;
		}
		if (fenced || /^\s*>/.test(line)) continue;
		lines.push(line.replace(/`[^`]*`/g, ' '));
	}
	return lines;
}

/** Handles named in the author's own words (quoted lines and code left out), lower case, each once. */
export function extractMentions(body: string): string[] {
	const found = new Set<string>();
	for (const line of ownLines(body)) {
		for (const match of line.matchAll(MENTION)) found.add(match[2].toLowerCase());
	}
	return [...found].slice(0, 50);
}

/** Every handle written anywhere in the text (for rendering), lower case. */
export function handlesInText(body: string): string[] {
	const found = new Set<string>();
	for (const match of body.matchAll(MENTION)) found.add(match[2].toLowerCase());
	return [...found];
}

export interface RenderContext {
	locale: string;
	/** Handles whose profile the viewer may see: these become links, others stay text. */
	linkable: ReadonlySet<string>;
	/** Where "#n" points: the address of reply n, when n is a post of the thread. */
	replyHref: (number: number) => string | null;
}

const SKIP_INSIDE = new Set(['a', 'code', 'pre']);

/**
 * Markdown → safe HTML (renderMarkdown), then mentions and references linked in text nodes only
 * (never inside links or code). Handles and numbers are [a-z0-9-] and digits, so the inserted
 * markup needs no escaping.
 */
export function renderPostBody(body: string, context: RenderContext): string {
	const html = renderMarkdown(body);
	const parts = html.split(/(<[^>]+>)/);
	let skipDepth = 0;
	return parts
		.map((part) => {
			if (part.startsWith('<')) {
				const tag = /^<\/?([a-z0-9]+)/i.exec(part)?.[1]?.toLowerCase();
				if (tag && SKIP_INSIDE.has(tag)) skipDepth += part.startsWith('</') ? -1 : 1;
				return part;
			}
			if (skipDepth > 0 || part === '') return part;
			return part
				.replace(MENTION, (whole, before: string, handle: string) => {
					const key = handle.toLowerCase();
					if (!context.linkable.has(key)) return whole;
					return `${before}<a class="mention" href="/${context.locale}/people/${key}">@${handle}</a>`;
				})
				.replace(REFERENCE, (whole, before: string, digits: string) => {
					const href = context.replyHref(Number(digits));
					return href ? `${before}<a class="reference" href="${href}">#${digits}</a>` : whole;
				});
		})
		.join('');
}

/**
 * The text a reply form starts with when quoting post `number`: a reference line, then the
 * post's own words (its earlier quotes left out, so quotes do not nest without end).
 */
export function quoteText(post: { number: number; body: string }, reference: string): string {
	const own = post.body
		.split(/\r?\n/)
		.filter((line) => !/^\s*>/.test(line))
		.join('\n')
		.trim();
	const lines = own.length > 2000 ? `${own.slice(0, 2000)}…` : own;
	return `> ${reference}\n${lines
		.split('\n')
		.map((line) => (line.trim() === '' ? '>' : `> ${line}`))
		.join('\n')}\n\n`;
}
