/**
 * The pages issue 6 measures, as requests against the running server. Each scenario is one
 * page (or one form action) requested over and over by every connection. The targets come from
 * the loaded database (targets.ts); a scenario whose target is not there is kept in the list
 * as missing, with the reason, and never replaced by something else.
 */
import type { CannonRequest } from './cannon';
import type { Targets } from './targets';

export type ScenarioKind = 'ceiling' | 'read' | 'signed-in' | 'write';

export interface Scenario {
	/** Short name: --scenarios and the report use it. */
	name: string;
	/** What it is, for the table. */
	title: string;
	kind: ScenarioKind;
	/** The requested path; null when the target is missing. */
	path: string | null;
	/** Why there is no path. */
	missing?: string;
	/** A remark for the table (what was found: posts in the thread, events). */
	note?: string;
	/** Send the `q` parameter in a different letter case each time (see search-common-uncached). */
	varyCase?: boolean;
}

// bench/search/search-bench.ts's common Polish term and one of its rare terms (PL_RARE).
export const COMMON_TERM = 'rewitalizacja';
export const RARE_TERM = 'łaźnia łańcuszkowa';
const LANG = 'pl';

export function scenarios(t: Targets): Scenario[] {
	const missing = (name: string, title: string, kind: ScenarioKind, why: string): Scenario => ({
		name,
		title,
		kind,
		path: null,
		missing: why
	});
	const list: Scenario[] = [
		{
			name: 'ceiling',
			title: 'framework ceiling (practice list layout, constant data, no database)',
			kind: 'ceiling',
			path: `/${LANG}/bench/ceiling`
		},
		{ name: 'home', title: 'home', kind: 'read', path: `/${LANG}` },
		t.areaKey
			? {
					name: 'practices-facet',
					title: `practice list, area facet`,
					kind: 'read',
					path: `/${LANG}/practices?area=${encodeURIComponent(t.areaKey)}`,
					note: `area=${t.areaKey}; a repeated query (search cache)`
				}
			: missing('practices-facet', 'practice list, area facet', 'read', 'no practice with an area'),
		t.practiceSlug
			? { name: 'practice', title: 'a practice page', kind: 'read', path: `/${LANG}/practices/${t.practiceSlug}` }
			: missing('practice', 'a practice page', 'read', 'no public practice'),
		t.citySlug
			? { name: 'city', title: 'a city page (the city with most practices)', kind: 'read', path: `/${LANG}/cities/${t.citySlug}` }
			: missing('city', 'a city page', 'read', 'no city with practices'),
		{
			name: 'search-common',
			title: `search, common term "${COMMON_TERM}"`,
			kind: 'read',
			path: `/${LANG}/search?q=${encodeURIComponent(COMMON_TERM)}`,
			note: 'a repeated query (search cache)'
		},
		// The server keeps recent search answers (search.cache.ts): the scenario above is a popular
		// query, answered from that cache between refreshes. This one asks the same words in a new
		// letter case every time: the same database work (queries are folded), a new cache key.
		{
			name: 'search-common-uncached',
			title: `search, common term, never the same cache key`,
			kind: 'read',
			path: `/${LANG}/search?q=${COMMON_TERM}`,
			varyCase: true,
			note: 'letter case varies per request'
		},
		{
			name: 'search-rare',
			title: `search, rare term "${RARE_TERM}"`,
			kind: 'read',
			path: `/${LANG}/search?q=${encodeURIComponent(RARE_TERM)}`
		},
		// the generator's 1,000-reply thread (else the longest public one); the note says when it is shorter
		t.readThread && t.readThread.posts > 1
			? {
					name: 'thread',
					title: 'discussion thread, first page (the 1,000-reply thread)',
					kind: 'read',
					path: `/${LANG}/discussions/${t.readThread.slug}`,
					note: `${t.readThread.posts.toLocaleString('en')} posts${t.readThread.posts < 1001 ? ' (fewer than 1,000 replies)' : ''}`
				}
			: missing(
					'thread',
					'discussion thread of 1,000 replies',
					'read',
					t.readThread ? 'the longest public thread has no replies' : 'no public thread in the database'
				),
		{
			name: 'events',
			title: 'events calendar',
			kind: 'read',
			path: `/${LANG}/events`,
			note: `${t.events.toLocaleString('en')} upcoming events`
		},
		t.memberEmails.length
			? { name: 'signed-in', title: 'notifications of a signed-in member', kind: 'signed-in', path: `/${LANG}/notifications` }
			: missing('signed-in', 'a signed-in page', 'signed-in', 'no generated member to sign in'),
		t.writeThread && t.memberEmails.length
			? {
					name: 'reply',
					title: 'posting a reply (form action, members)',
					kind: 'write',
					path: `/${LANG}/discussions/${t.writeThread.slug}?/reply`,
					note: `thread of ${t.writeThread.posts.toLocaleString('en')} posts`
				}
			: missing(
					'reply',
					'posting a reply',
					'write',
					t.memberEmails.length ? 'no open public thread in the database' : 'no generated member to sign in'
				)
	];
	return list;
}

let replies = 0;

/** The autocannon requests of a scenario: reads are one GET; writes POST the reply form as a browser does. */
export function requestsOf(scenario: Scenario, baseUrl: string, cookies: string[]): CannonRequest[] {
	const path = scenario.path!;
	if (scenario.kind === 'write') {
		return [
			{
				method: 'POST',
				path,
				headers: { 'content-type': 'application/x-www-form-urlencoded', origin: baseUrl, accept: 'text/html' },
				// each reply from the next member in turn, with its own text
				setupRequest: (request) => {
					const n = ++replies;
					return {
						...request,
						headers: { ...request.headers, cookie: cookies[n % cookies.length] },
						body: `body=${encodeURIComponent(replyText(n))}`
					};
				}
			}
		];
	}
	const headers: Record<string, string> = { accept: 'text/html' };
	if (scenario.kind === 'signed-in') headers.cookie = cookies[0];
	if (scenario.varyCase) {
		const url = new URL(path, baseUrl);
		const q = url.searchParams.get('q')!;
		return [
			{
				method: 'GET',
				path,
				headers,
				setupRequest: (request) => {
					url.searchParams.set('q', inCase(q, ++variants));
					return { ...request, path: url.pathname + url.search };
				}
			}
		];
	}
	return [{ method: 'GET', path, headers }];
}

let variants = 0;

/** `word` with the letters whose bit is set in `n` upper-cased: 2^letters spellings, thousands for a long word. */
export function inCase(word: string, n: number): string {
	return [...word].map((c, i) => ((n >> i) & 1 ? c.toUpperCase() : c)).join('');
}

/** A reply of ordinary length (about 60 words), numbered so no two are the same. */
export function replyText(n: number): string {
	return (
		`Dziękuję za opis (${n}). U nas przygotowano podobny plan dla terenu dawnej kopalni: ` +
		'najpierw spacer badawczy z mieszkańcami, potem spis pustostanów i rozmowy z właścicielami działek. ' +
		'Najwięcej czasu zajęło uzgodnienie, kto utrzyma zieleń po zakończeniu projektu. ' +
		'Czy macie umowę z zarządcą na dłużej niż pięć lat?'
	);
}
