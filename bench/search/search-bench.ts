/**
 * Times the search service in-process (no HTTP): the same `searchSite` and `listPractices` the
 * pages call, with a visitor and a member, on a mix of common and rare Polish and English
 * terms, inflected forms, words typed without diacritics, typos and city names.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../src/lib/server/platform/db/schema';
import type { Actor } from '../../src/lib/server/platform/auth/actor';
import { listPractices, searchSite } from '../../src/lib/server/knowledge/search/search.service';
import { Rng } from '../lib/prng';
import { EN_RARE, PL_RARE } from '../generate/text';

export interface Stats {
	n: number;
	p50: number;
	p95: number;
	p99: number;
	mean: number;
	max: number;
	/** Mean number of results found (total, not the page). */
	meanTotal: number;
}

export interface SearchReport {
	queries: number;
	overall: Stats;
	byCategory: Record<string, Stats & { examples: string[] }>;
	/** Categories whose warm-up query took longer than the limit: timed once, not repeated. */
	skipped: { category: string; term: string; ms: number }[];
}

type Category = { name: string; kind: 'search' | 'list'; terms: string[] };

function categories(cityNames: string[]): Category[] {
	return [
		{
			name: 'common Polish',
			kind: 'search',
			terms: [
				'rewitalizacja',
				'teren poprzemysłowy',
				'mieszkańcy',
				'budżet obywatelski',
				'transformacja energetyczna',
				'kopalnia',
				'pompa ciepła',
				'osiedle robotnicze'
			]
		},
		{
			name: 'inflected Polish',
			kind: 'search',
			terms: [
				'rewitalizacji terenów poprzemysłowych',
				'hałdach pogórniczych',
				'szybów kopalnianych',
				'kamienicach komunalnych',
				'pomp ciepła',
				'budżetem obywatelskim'
			]
		},
		{ name: 'no diacritics', kind: 'search', terms: ['halda', 'rewitalizacja terenow poprzemyslowych', 'pompa ciepla', 'lokatorow'] },
		{
			name: 'common English',
			kind: 'search',
			terms: ['regeneration', 'social housing', 'heritage', 'community energy', 'participatory budget', 'heat pumps', 'public transport']
		},
		{ name: 'English stems', kind: 'search', terms: ['regenerating', 'retrofitting houses', 'cycle highways', 'consultations'] },
		{ name: 'rare term', kind: 'search', terms: [...PL_RARE.slice(0, 6), ...EN_RARE.slice(0, 6)] },
		{ name: 'city name', kind: 'search', terms: cityNames },
		{ name: 'typo', kind: 'search', terms: ['rewitalizajca', 'regeneraton', 'kopalnai', 'herritage', 'partycypajca', 'termomodernizajca'] },
		{
			name: 'practice list + facet',
			kind: 'list',
			terms: ['area=housing', 'country=PL&status=ongoing', 'area=energy-transition&sort=updated', 'industry=coal_mining&q=rewitalizacja']
		}
	];
}

function stats(samples: { ms: number; total: number }[]): Stats {
	if (samples.length === 0) return { n: 0, p50: 0, p95: 0, p99: 0, mean: 0, max: 0, meanTotal: 0 };
	const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
	const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
	const round = (x: number) => Math.round(x * 10) / 10;
	return {
		n: sorted.length,
		p50: round(at(0.5)),
		p95: round(at(0.95)),
		p99: round(at(0.99)),
		mean: round(sorted.reduce((a, b) => a + b, 0) / sorted.length),
		max: round(sorted[sorted.length - 1]),
		meanTotal: Math.round(samples.reduce((a, s) => a + s.total, 0) / samples.length)
	};
}

/** A member of the network (sees members-only practices) and an anonymous visitor. */
async function actors(db: Kysely<DB>): Promise<(Actor | null)[]> {
	const person = await db
		.selectFrom('people as p')
		.innerJoin('organisation_members as m', 'm.person_id', 'p.id')
		.innerJoin('organisations as o', 'o.id', 'm.organisation_id')
		.where('o.member_since', 'is not', null)
		.where('p.role', '=', 'person')
		.select(['p.id', 'p.handle', 'p.name', 'p.email', 'p.role'])
		.orderBy('p.id')
		.executeTakeFirstOrThrow();
	return [null, { ...person, locale: 'pl', emailVerified: true, isMember: true }];
}

export async function benchSearch(
	db: Kysely<DB>,
	count: number,
	seed: number,
	slowMs: number,
	log: (line: string) => void
): Promise<SearchReport> {
	const deps = { db, origin: 'http://127.0.0.1' };
	// towns with a realistic number of practices: every 97th city, a stable choice
	const cityNames = (
		await db
			.selectFrom('cities')
			.select('name')
			.where((eb) => eb(eb.fn('mod', ['id', eb.lit(97)]), '=', 0))
			.orderBy('id')
			.limit(8)
			.execute()
	).map((r) => r.name);
	const cats = categories(cityNames);
	const [visitor, member] = await actors(db);
	const rng = new Rng(seed).fork('search');
	const run = async (category: Category, term: string, i: number) => {
		const actor = i % 2 === 0 ? visitor : member;
		const locale = i % 3 === 0 ? 'en' : 'pl';
		const query = category.kind === 'list' ? new URLSearchParams(term) : new URLSearchParams({ q: term });
		const started = performance.now();
		const page =
			category.kind === 'list' ? await listPractices(actor, { query, locale }, deps) : await searchSite(actor, { query, locale }, deps);
		return { ms: performance.now() - started, total: page.total };
	};
	// warm-up: load the dictionary, fill caches, let the planner see every shape once; a
	// category far too slow to repeat 20 times is reported with its one time instead
	const skipped: SearchReport['skipped'] = [];
	for (const [i, category] of cats.entries()) {
		const { ms } = await run(category, category.terms[0], i);
		log(`warm-up ${category.name} (${category.terms[0]}): ${Math.round(ms)} ms`);
		if (ms > slowMs) skipped.push({ category: category.name, term: category.terms[0], ms: Math.round(ms) });
	}
	const timed = cats.filter((category) => !skipped.some((s) => s.category === category.name));

	const samples: { category: string; term: string; ms: number; total: number }[] = [];
	for (let i = 0; i < count && timed.length; i++) {
		const category = timed[i % timed.length];
		const term = rng.pick(category.terms);
		samples.push({ category: category.name, term, ...(await run(category, term, i)) });
		if ((i + 1) % 50 === 0) log(`search ${i + 1}/${count}`);
	}
	const byCategory: SearchReport['byCategory'] = {};
	for (const category of cats) {
		const mine = samples.filter((s) => s.category === category.name);
		if (mine.length) byCategory[category.name] = { ...stats(mine), examples: [...new Set(mine.map((s) => s.term))].slice(0, 4) };
	}
	return { queries: samples.length, overall: stats(samples), byCategory, skipped };
}
