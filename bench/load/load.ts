/**
 * Loads the generated network into a migrated database: the real areas seed, then every table
 * in batches (groups, discussions and events in load-discussions-events.ts), then sequences moved past
 * the explicit ids, revisions built in SQL, and ANALYZE.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../src/lib/server/platform/db/schema';
import { seedAreas } from '../../src/lib/server/site/seed/areas.seed';
import { hashPassword } from '../../src/lib/server/platform/auth/password';
import { generateNetwork, generatePractices, type Network, type Practice } from '../generate/network';
import { Rng } from '../lib/prng';
import { insertBatched, insertRows, LoadClock, type Column } from './bulk';
import { loadDiscussions, loadEvents } from './load-discussions-events';

export const BENCH_PASSWORD = 'bench-password-2026';
const PUBLIC_PROFILE = { profile: 'public', city: 'public', organisations: 'public', languages: 'public', areas: 'public', bio: 'public' };

const c = (name: string, type: Column['type']): Column => ({ name, type });

export interface LoadReport {
	generateMs: number;
	tables: { table: string; rows: number; ms: number }[];
	totalMs: number;
}

export async function loadNetwork(
	db: Kysely<DB>,
	options: {
		seed: number;
		cities: number;
		organisations: number;
		people: number;
		practices: number;
		replies: number;
		threads: number | null;
		events: number;
	},
	log: (line: string) => void
): Promise<LoadReport> {
	const clock = new LoadClock();
	const started = performance.now();
	await clock.time('areas', 9, () => seedAreas({ db, origin: 'http://127.0.0.1' }));
	const areas = await db.selectFrom('areas').select(['id', 'key']).orderBy('id').execute();

	const generateStarted = performance.now();
	const network = generateNetwork(
		options.seed,
		options,
		areas.map((a) => a.id)
	);
	let generateMs = performance.now() - generateStarted;
	log(
		`generated ${network.cities.length} cities, ${network.organisations.length} organisations, ${network.people.length} people in ${Math.round(generateMs)} ms`
	);

	await loadDirectory(db, clock, network, await hashPassword(BENCH_PASSWORD));
	log('cities, people and organisations loaded');

	const batch = 1000;
	for (let from = 1; from <= options.practices; from += batch) {
		const to = Math.min(options.practices, from + batch - 1);
		const generatedAt = performance.now();
		const practices = generatePractices(options.seed, network, areas, from, to);
		generateMs += performance.now() - generatedAt;
		await db.transaction().execute((trx) => loadPractices(trx, clock, practices));
		if (to % 10_000 === 0 || to === options.practices)
			log(`practices ${to}/${options.practices} (${Math.round((performance.now() - started) / 1000)} s)`);
	}

	await clock.time('practice_revisions', options.practices, () => buildRevisions(db, options.practices));
	await loadExchanges(db, clock, network, options.seed, options.practices);
	// discussions and events are dated around the day of the run (midnight UTC), so the calendar
	// has upcoming events and threads recent activity; everything else stays the same run to run
	const now = new Date();
	const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
	generateMs += await loadDiscussions(db, clock, network, areas, options, today, log);
	generateMs += await loadEvents(db, clock, network, areas, options, today, log);
	await clock.time('(sequences + analyze)', 0, async () => {
		const tables = [
			'cities',
			'people',
			'organisations',
			'practices',
			'practice_organisations',
			'practice_revisions',
			'transfers',
			'transfer_notes',
			'groups',
			'threads',
			'posts',
			'events',
			'event_registrations'
		];
		for (const table of tables) {
			await sql`select setval(pg_get_serial_sequence(${table}, 'id'), greatest((select max(id) from ${sql.table(table)}), 1))`.execute(db);
		}
		await sql`analyze`.execute(db);
	});
	return { generateMs: Math.round(generateMs), tables: clock.list(), totalMs: Math.round(performance.now() - started) };
}

async function loadDirectory(db: Kysely<DB>, clock: LoadClock, network: Network, passwordHash: string): Promise<void> {
	const now = new Date();
	await insertBatched(
		db,
		clock,
		'cities',
		[
			c('id', 'int4'),
			c('slug', 'text'),
			c('name', 'text'),
			c('country_code', 'text'),
			c('latitude', 'float8'),
			c('longitude', 'float8'),
			c('population', 'int4'),
			c('industries', 'text[]'),
			c('story', 'text')
		],
		network.cities.map((x) => [x.id, x.slug, x.name, x.country.code, x.latitude, x.longitude, x.population, x.industries, x.story])
	);
	await insertBatched(
		db,
		clock,
		'people',
		[
			c('id', 'int4'),
			c('handle', 'text'),
			c('name', 'text'),
			c('email', 'text'),
			c('email_verified_at', 'timestamptz'),
			c('password_hash', 'text'),
			c('role', 'text'),
			c('locale', 'text'),
			c('city_id', 'int4'),
			c('bio', 'text'),
			c('languages', 'text[]'),
			c('visibility', 'jsonb'),
			c('member_since', 'timestamptz')
		],
		network.people.map((p) => [
			p.id,
			p.handle,
			p.name,
			p.email,
			now,
			passwordHash,
			p.role,
			p.locale,
			p.cityId,
			p.bio,
			p.languages,
			p.publicProfile ? PUBLIC_PROFILE : {},
			p.memberSince
		])
	);
	await insertBatched(
		db,
		clock,
		'organisations',
		[
			c('id', 'int4'),
			c('slug', 'text'),
			c('name', 'text'),
			c('type', 'text'),
			c('city_id', 'int4'),
			c('description', 'text'),
			c('member_since', 'timestamptz'),
			c('created_by', 'int4')
		],
		network.organisations.map((o) => [
			o.id,
			o.slug,
			o.name,
			o.type,
			o.cityId,
			o.description,
			o.memberSince,
			network.peopleByOrg.get(o.id)?.[0] ?? null
		])
	);
	await insertBatched(
		db,
		clock,
		'organisation_members',
		[c('organisation_id', 'int4'), c('person_id', 'int4'), c('role', 'text')],
		network.people.flatMap((p) => (p.organisation ? [[p.organisation.id, p.id, p.organisation.role]] : []))
	);
	await insertBatched(
		db,
		clock,
		'person_areas',
		[c('person_id', 'int4'), c('area_id', 'int4')],
		network.people.flatMap((p) => p.areaIds.map((a) => [p.id, a]))
	);
}

const TEXT_COLUMNS = [
	'title',
	'summary',
	'context',
	'approach',
	'actors',
	'funding_notes',
	'results',
	'failures',
	'transfer_conditions'
] as const;

async function loadPractices(db: Kysely<DB>, clock: LoadClock, practices: Practice[]): Promise<void> {
	await clock.time('practices', practices.length, () =>
		insertRows(
			db,
			'practices',
			[
				c('id', 'int4'),
				c('slug', 'text'),
				c('city_id', 'int4'),
				c('status', 'text'),
				c('visibility', 'text'),
				c('original_language', 'text'),
				c('period_start', 'date'),
				c('period_end', 'date'),
				c('funding', 'jsonb'),
				c('outcomes', 'jsonb'),
				c('links', 'jsonb'),
				c('published_at', 'timestamptz'),
				c('revision', 'int4'),
				c('created_by', 'int4'),
				c('updated_by', 'int4'),
				c('created_at', 'timestamptz'),
				c('updated_at', 'timestamptz')
			],
			practices.map((p) => [
				p.id,
				p.slug,
				p.cityId,
				p.status,
				p.visibility,
				p.language,
				p.periodStart,
				p.periodEnd,
				p.funding,
				p.outcomes,
				p.links,
				p.publishedAt,
				1,
				p.createdBy,
				p.createdBy,
				p.createdAt,
				p.updatedAt
			])
		)
	);
	const texts = practices.flatMap((p) =>
		p.texts.map((t) => [p.id, t.language, t.isOriginal, t.translatedBy, p.createdAt, p.updatedAt, ...TEXT_COLUMNS.map((f) => t.text[f])])
	);
	await clock.time('practice_texts', texts.length, () =>
		insertRows(
			db,
			'practice_texts',
			[
				c('practice_id', 'int4'),
				c('language', 'text'),
				c('is_original', 'bool'),
				c('translated_by', 'int4'),
				c('created_at', 'timestamptz'),
				c('updated_at', 'timestamptz'),
				...TEXT_COLUMNS.map((f) => c(f, 'text'))
			],
			texts
		)
	);
	const areas = practices.flatMap((p) => p.areaIds.map((a) => [p.id, a]));
	await clock.time('practice_areas', areas.length, () =>
		insertRows(db, 'practice_areas', [c('practice_id', 'int4'), c('area_id', 'int4')], areas)
	);
	const orgs = practices.flatMap((p) => p.organisations.map((o) => [p.id, o.organisationId, o.name]));
	await clock.time('practice_organisations', orgs.length, () =>
		insertRows(db, 'practice_organisations', [c('practice_id', 'int4'), c('organisation_id', 'int4'), c('name', 'text')], orgs)
	);
	const contacts = practices.flatMap((p) => p.contactIds.map((person) => [p.id, person]));
	await clock.time('practice_contacts', contacts.length, () =>
		insertRows(db, 'practice_contacts', [c('practice_id', 'int4'), c('person_id', 'int4')], contacts)
	);
}

/** Revision 1 of every practice, with the same snapshot shape insertPracticeGraph writes. */
async function buildRevisions(db: Kysely<DB>, count: number): Promise<void> {
	const fields = TEXT_COLUMNS.flatMap((f) => [sql.lit(f), sql.ref(`t.${f}`)]);
	for (let from = 1; from <= count; from += 10_000) {
		const to = from + 9_999;
		await sql`insert into practice_revisions (practice_id, number, author_id, changed, snapshot, created_at)
			select p.id, 1, p.created_by, '{}', jsonb_build_object(
				'cityId', p.city_id, 'status', p.status, 'visibility', p.visibility, 'originalLanguage', p.original_language,
				'periodStart', p.period_start::text, 'periodEnd', p.period_end::text,
				'funding', p.funding, 'outcomes', p.outcomes, 'links', p.links,
				'areaIds', coalesce((select jsonb_agg(a.area_id order by a.area_id) from practice_areas a where a.practice_id = p.id), '[]'),
				'organisations', coalesce((select jsonb_agg(case when o.organisation_id is null then jsonb_build_object('name', o.name)
					else jsonb_build_object('organisationId', o.organisation_id) end order by o.id) from practice_organisations o where o.practice_id = p.id), '[]'),
				'contactIds', coalesce((select jsonb_agg(x.person_id) from practice_contacts x where x.practice_id = p.id), '[]'),
				'texts', (select jsonb_object_agg(t.language, jsonb_build_object(${sql.join(fields)})) from practice_texts t where t.practice_id = p.id),
				'published', p.published_at is not null), p.created_at
			from practices p where p.id between ${from} and ${to}`.execute(db);
	}
}

/** Transfers between towns with dated notes, and "learning from this" marks. */
async function loadExchanges(db: Kysely<DB>, clock: LoadClock, network: Network, seed: number, practices: number): Promise<void> {
	const rng = new Rng(seed).fork('exchanges');
	const transfers: unknown[][] = [];
	const notes: unknown[][] = [];
	const people: unknown[][] = [];
	const taken = new Set<string>();
	const stages = ['understand', 'adapt', 'reuse'] as const;
	for (let id = 1; id <= Math.min(2000, Math.floor(practices / 50)); id++) {
		const practiceId = rng.int(1, practices);
		const city = rng.pick(network.cities);
		if (taken.has(`${practiceId}:${city.id}`)) continue;
		taken.add(`${practiceId}:${city.id}`);
		const stage = rng.pick(stages);
		const orgId = rng.pick(network.orgsByCity.get(city.id) ?? [null]);
		const staff = orgId === null ? [] : (network.peopleByOrg.get(orgId) ?? []);
		const author = staff.length ? rng.pick(staff) : rng.int(1, network.people.length);
		const start = Date.UTC(2024, 0, 1) + rng.int(0, 600) * 86_400_000;
		transfers.push([id, practiceId, city.id, orgId, stage, author, new Date(start)]);
		for (let n = 0; n <= stages.indexOf(stage); n++) {
			notes.push([
				id,
				stages[n],
				new Date(start + n * 90 * 86_400_000).toISOString().slice(0, 10),
				city.country.code === 'PL'
					? 'Spotkanie zespołu i wizyta studyjna; ustalenia w protokole.'
					: 'Team meeting and study visit; notes in the minutes.',
				author
			]);
		}
		for (const person of new Set([author, ...rng.sample(staff, 2)])) people.push([id, person]);
	}
	await insertBatched(
		db,
		clock,
		'transfers',
		[
			c('id', 'int4'),
			c('practice_id', 'int4'),
			c('city_id', 'int4'),
			c('organisation_id', 'int4'),
			c('stage', 'text'),
			c('created_by', 'int4'),
			c('created_at', 'timestamptz')
		],
		transfers
	);
	await insertBatched(
		db,
		clock,
		'transfer_notes',
		[c('transfer_id', 'int4'), c('stage', 'text'), c('noted_on', 'date'), c('note', 'text'), c('author_id', 'int4')],
		notes
	);
	await insertBatched(db, clock, 'transfer_people', [c('transfer_id', 'int4'), c('person_id', 'int4')], people);

	const marks = new Map<string, unknown[]>();
	for (let i = 0; i < Math.min(20_000, practices / 5); i++) {
		const row = [rng.int(1, practices), rng.int(1, network.people.length), rng.chance(0.7) ? 'want_to_learn' : 'tried_too', ''];
		marks.set(`${row[0]}:${row[1]}:${row[2]}`, row);
	}
	await insertBatched(
		db,
		clock,
		'practice_learning',
		[c('practice_id', 'int4'), c('person_id', 'int4'), c('kind', 'text'), c('comment', 'text')],
		[...marks.values()]
	);
}
