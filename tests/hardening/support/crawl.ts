/**
 * Walks the site as one person: every same-site link from the start pages, breadth first,
 * a few addresses per route shape so that a thousand practices do not crowd out the rest.
 * Collects the pages' answers and the POST forms found on them.
 */
import type { Answer, Client } from './client';

export interface FoundForm {
	/** The page the form was on. */
	page: string;
	action: string;
	multipart: boolean;
	fields: { name: string; type: string }[];
}

export interface Visit {
	path: string;
	answer: Answer;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };
const decode = (value: string) => value.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e: string) => ENTITIES[e]);

function attribute(tag: string, name: string): string | undefined {
	const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'i').exec(tag);
	return match ? decode(match[1] ?? match[2]) : undefined;
}

/** Links that stay on the site and lead to pages (not downloads, not signing out). */
export function linksIn(html: string, from: string): string[] {
	const links: string[] = [];
	for (const match of html.matchAll(/<a\b[^>]*>/gi)) {
		const href = attribute(match[0], 'href');
		if (!href || href.startsWith('#') || /^(mailto|tel|javascript|webcal):/i.test(href)) continue;
		const url = new URL(href, `http://site${from}`);
		if (url.host !== 'site') continue;
		links.push(url.pathname + url.search);
	}
	return links;
}

export function formsIn(html: string, page: string): FoundForm[] {
	const forms: FoundForm[] = [];
	for (const match of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
		const tag = match[1];
		if ((attribute(tag, 'method') ?? 'get').toLowerCase() !== 'post') continue;
		const action = new URL(attribute(tag, 'action') ?? page, `http://site${page}`);
		const fields: FoundForm['fields'] = [];
		for (const input of match[2].matchAll(/<(input|textarea|select)\b[^>]*>/gi)) {
			const name = attribute(input[0], 'name');
			if (!name) continue;
			const type = input[1].toLowerCase() === 'input' ? (attribute(input[0], 'type') ?? 'text').toLowerCase() : input[1].toLowerCase();
			if (type === 'submit' || type === 'button') continue;
			fields.push({ name, type });
		}
		forms.push({ page, action: action.pathname + action.search, multipart: /multipart/i.test(attribute(tag, 'enctype') ?? ''), fields });
	}
	return forms;
}

/** /en/practices/some-slug/history?page=2 → "en/practices/*\/*?page": pages of one route. */
export function shapeOf(path: string): string {
	const url = new URL(path, 'http://site');
	const segments = url.pathname.split('/').filter(Boolean);
	const shape = segments.map((s, i) => (i < 2 ? s : '*')).join('/');
	return `${shape}?${[...url.searchParams.keys()].sort().join('&')}`;
}

/** Never followed: signing out ends the walk's session; files and feeds are not pages. */
const SKIP = /^\/(?:[a-z]{2}\/)?logout|^\/files\/|^\/documents\/|\.(ics|csv|pdf|png|jpe?g|webp|zip)(\?|$)/;

export async function crawl(
	client: Client,
	starts: string[],
	{ limit = 320, perShape = 3 } = {}
): Promise<{ visits: Visit[]; forms: FoundForm[] }> {
	const queue = [...starts];
	const seen = new Set<string>(queue);
	const shapes = new Map<string, number>();
	const visits: Visit[] = [];
	const forms: FoundForm[] = [];
	while (queue.length && visits.length < limit) {
		const path = queue.shift()!;
		const answer = await client.get(path);
		visits.push({ path, answer });
		if (!/text\/html/.test(answer.headers.get('content-type') ?? '')) continue;
		forms.push(...formsIn(answer.text, path));
		for (const link of linksIn(answer.text, path)) {
			if (seen.has(link) || SKIP.test(link)) continue;
			seen.add(link);
			const shape = shapeOf(link);
			const count = shapes.get(shape) ?? 0;
			if (count >= perShape) continue;
			shapes.set(shape, count + 1);
			queue.push(link);
		}
	}
	return { visits, forms };
}

/** What an answer must never show: traces, driver errors, SQL. */
export const LEAKS =
	/\bat [\w$.<>]+ \((?:file:\/\/|\/)[^)]*:\d+:\d+\)|node_modules\/|syntax error at or near|relation "[^"]+" does not exist|violates (?:foreign key|unique|check|not-null) constraint|ZodError|TypeError: |ReferenceError: |SQLSTATE|pg_catalog/i;
