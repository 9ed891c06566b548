/**
 * What the scenarios request, found in the loaded database before the server starts (PGlite
 * allows one process, so the bench's own handle is closed afterwards). A target that is not
 * there (no discussions loaded yet, say) is null, and its scenario is reported as missing.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../src/lib/server/platform/db/schema';
import { LONG_THREAD_SLUG, WRITE_THREAD_SLUG } from '../generate/discussions';

export interface Targets {
	/** The area with the most practices, for the list facet. */
	areaKey: string | null;
	practiceSlug: string | null;
	/** The city with the most practices: the fullest city page. */
	citySlug: string | null;
	/** The generator's 1,000-reply thread, else the public thread with the most posts: read. */
	readThread: { slug: string; posts: number } | null;
	/** The generator's thread to post to, else another open public thread: written to. */
	writeThread: { slug: string; posts: number } | null;
	/** Upcoming events the calendar can show (it renders without them, but measures little then). */
	events: number;
	/**
	 * Network members (no posting limits for them, see moderation/limits.ts) with verified
	 * e-mail who can sign in with BENCH_PASSWORD: generated people are person<N>@bench.example.
	 */
	memberEmails: string[];
}

const MEMBER = sql<boolean>`(p.member_since is not null or p.role <> 'person' or exists (
	select 1 from organisation_members om join organisations o on o.id = om.organisation_id
	where om.person_id = p.id and o.member_since is not null))`;

export async function findTargets(db: Kysely<DB>, accounts: number): Promise<Targets> {
	const area = await db
		.selectFrom('practice_areas as pa')
		.innerJoin('areas as a', 'a.id', 'pa.area_id')
		.select('a.key')
		.groupBy('a.key')
		.orderBy(sql`count(*)`, 'desc')
		.orderBy('a.key')
		.executeTakeFirst();
	const practice = await db
		.selectFrom('practices')
		.select('slug')
		.where('visibility', '=', 'public')
		.where('published_at', 'is not', null)
		.orderBy('id')
		.executeTakeFirst();
	const city = await db
		.selectFrom('practices as pr')
		.innerJoin('cities as c', 'c.id', 'pr.city_id')
		.select('c.slug')
		.where('pr.visibility', '=', 'public')
		.groupBy('c.slug')
		.orderBy(sql`count(*)`, 'desc')
		.orderBy('c.slug')
		.executeTakeFirst();
	const publicThreads = () =>
		db.selectFrom('threads').select(['slug', 'post_count', 'locked']).where('group_id', 'is', null).where('hidden_at', 'is', null);
	// The generator's two benchmark threads (bench/generate/discussions.ts) when they are there:
	// replies posted by earlier runs go to the second, so the first stays the longest read.
	const fixed = await publicThreads().where('slug', 'in', [LONG_THREAD_SLUG, WRITE_THREAD_SLUG]).execute();
	const longest = await publicThreads().orderBy('post_count', 'desc').orderBy('id').limit(1).execute();
	const read = fixed.find((t) => t.slug === LONG_THREAD_SLUG) ?? longest[0] ?? null;
	const write =
		fixed.find((t) => t.slug === WRITE_THREAD_SLUG && !t.locked) ??
		(await publicThreads()
			.where('locked', '=', false)
			.where('slug', '<>', read?.slug ?? '')
			.orderBy('post_count', 'desc')
			.orderBy('id')
			.executeTakeFirst()) ??
		null;
	const events = Number((await sql<{ n: string }>`select count(*) as n from events where ends_at > now()`.execute(db)).rows[0]?.n ?? 0);
	const members = await db
		.selectFrom('people as p')
		.select('p.email')
		.where('p.email', 'like', 'person%@bench.example')
		.where('p.email_verified_at', 'is not', null)
		.where('p.role', '=', 'person')
		.where(MEMBER, '=', true)
		.orderBy('p.id')
		.limit(accounts)
		.execute();
	return {
		areaKey: area?.key ?? null,
		practiceSlug: practice?.slug ?? null,
		citySlug: city?.slug ?? null,
		readThread: read && { slug: read.slug, posts: read.post_count },
		writeThread: write && { slug: write.slug, posts: write.post_count },
		events,
		memberEmails: members.map((m) => m.email)
	};
}
