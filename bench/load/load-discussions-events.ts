/**
 * Loads working groups, discussions and events (bench/generate/discussions.ts, events.ts) with
 * the same bulk inserts as the rest: threads first, then their posts generated thread by
 * thread and sent in batches of 5,000, then the follows of everyone who posted or joined.
 * Returns the time spent generating (in memory), which the report lists apart.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../src/lib/server/platform/db/schema';
import type { Network } from '../generate/network';
import { defaultThreads, generateGroups, planThreads, threadPosts } from '../generate/discussions';
import { generateEvents } from '../generate/events';
import { insertBatched, insertRows, type Column, type LoadClock } from './bulk';

const c = (name: string, type: Column['type']): Column => ({ name, type });
const BATCH = 5000;

export async function loadDiscussions(
	db: Kysely<DB>,
	clock: LoadClock,
	network: Network,
	areas: { id: number; key: string }[],
	options: { seed: number; replies: number; threads: number | null },
	today: number,
	log: (line: string) => void
): Promise<number> {
	let generateMs = 0;
	const generating = <T>(work: () => T): T => {
		const started = performance.now();
		const result = work();
		generateMs += performance.now() - started;
		return result;
	};
	const groups = generating(() => generateGroups(options.seed, network, areas, today));
	const plans = generating(() =>
		planThreads(
			options.seed,
			network,
			groups,
			areas,
			{ threads: options.threads ?? defaultThreads(options.replies), replies: options.replies },
			today
		)
	);

	await insertBatched(
		db,
		clock,
		'groups',
		[
			c('id', 'int4'),
			c('slug', 'text'),
			c('name', 'text'),
			c('description', 'text'),
			c('kind', 'text'),
			c('created_by', 'int4'),
			c('created_at', 'timestamptz'),
			c('updated_at', 'timestamptz')
		],
		groups.map((g) => [g.id, g.slug, g.name, g.description, g.kind, g.createdBy, g.createdAt, g.createdAt])
	);
	await insertBatched(
		db,
		clock,
		'group_areas',
		[c('group_id', 'int4'), c('area_id', 'int4')],
		groups.flatMap((g) => g.areaIds.map((a) => [g.id, a]))
	);
	await insertBatched(
		db,
		clock,
		'group_members',
		[
			c('group_id', 'int4'),
			c('person_id', 'int4'),
			c('role', 'text'),
			c('status', 'text'),
			c('message', 'text'),
			c('invited_by', 'int4'),
			c('created_at', 'timestamptz'),
			c('decided_at', 'timestamptz')
		],
		groups.flatMap((g) => g.members.map((m) => [g.id, m.personId, m.role, m.status, m.message, m.invitedBy, m.createdAt, m.decidedAt]))
	);
	await insertBatched(
		db,
		clock,
		'threads',
		[
			c('id', 'int4'),
			c('slug', 'text'),
			c('group_id', 'int4'),
			c('title', 'text'),
			c('author_id', 'int4'),
			c('post_count', 'int4'),
			c('last_post_at', 'timestamptz'),
			c('created_at', 'timestamptz'),
			c('updated_at', 'timestamptz')
		],
		plans.map((t) => [t.id, t.slug, t.groupId, t.title, t.authorId, t.replies + 1, t.lastPostAt, t.createdAt, t.lastPostAt])
	);

	const postColumns = [
		c('id', 'int4'),
		c('thread_id', 'int4'),
		c('number', 'int4'),
		c('author_id', 'int4'),
		c('body', 'text'),
		c('edited_at', 'timestamptz'),
		c('deleted_at', 'timestamptz'),
		c('created_at', 'timestamptz')
	];
	const follows: unknown[][] = [];
	let buffer: unknown[][] = [];
	let postId = 0;
	const flush = async () => {
		const rows = buffer;
		buffer = [];
		await clock.time('posts', rows.length, () => insertRows(db, 'posts', postColumns, rows));
	};
	for (const plan of plans) {
		const { posts, followers } = generating(() => threadPosts(options.seed, network, plan, today));
		for (const p of posts) buffer.push([++postId, p.threadId, p.number, p.authorId, p.body, p.editedAt, p.deletedAt, p.createdAt]);
		for (const [personId, since] of followers) follows.push([personId, 'thread', plan.id, since]);
		if (buffer.length >= BATCH) await flush();
		if (plan.id % 1000 === 0) log(`threads ${plan.id}/${plans.length}, ${postId} posts`);
	}
	if (buffer.length) await flush();
	for (const g of groups) for (const m of g.members) if (m.status === 'active') follows.push([m.personId, 'group', g.id, m.createdAt]);
	await insertBatched(
		db,
		clock,
		'follows',
		[c('person_id', 'int4'), c('target_type', 'text'), c('target_id', 'int4'), c('created_at', 'timestamptz')],
		follows
	);
	log(
		`${groups.length} groups, ${plans.length} threads, ${postId} posts (${postId - plans.length} replies), ${follows.length} follows loaded`
	);
	return Math.round(generateMs);
}

export async function loadEvents(
	db: Kysely<DB>,
	clock: LoadClock,
	network: Network,
	areas: { id: number; key: string }[],
	options: { seed: number; events: number },
	today: number,
	log: (line: string) => void
): Promise<number> {
	const practicesByCity = new Map<number, number[]>();
	const practices = await sql<{
		id: number;
		city_id: number;
	}>`select id, city_id from practices where published_at is not null and visibility = 'public' order by id`.execute(db);
	for (const p of practices.rows) {
		const list = practicesByCity.get(p.city_id);
		if (list) list.push(p.id);
		else practicesByCity.set(p.city_id, [p.id]);
	}
	const started = performance.now();
	const events = generateEvents(options.seed, options.events, { network, areas, practicesByCity, today });
	const generateMs = performance.now() - started;

	await insertBatched(
		db,
		clock,
		'events',
		[
			c('id', 'int4'),
			c('slug', 'text'),
			c('type', 'text'),
			c('host_organisation_id', 'int4'),
			c('city_id', 'int4'),
			c('title', 'text'),
			c('description', 'text'),
			c('starts_at', 'timestamptz'),
			c('ends_at', 'timestamptz'),
			c('time_zone', 'text'),
			c('online', 'bool'),
			c('place', 'text'),
			c('meeting_url', 'text'),
			c('languages', 'text[]'),
			c('capacity', 'int4'),
			c('registration_opens_at', 'timestamptz'),
			c('registration_closes_at', 'timestamptz'),
			c('visibility', 'text'),
			c('agenda', 'jsonb'),
			c('questions', 'text[]'),
			c('free_question', 'text'),
			c('notes', 'text'),
			c('cancelled_at', 'timestamptz'),
			c('created_by', 'int4'),
			c('created_at', 'timestamptz'),
			c('updated_at', 'timestamptz')
		],
		events.map((e) => [
			e.id,
			e.slug,
			e.type,
			e.hostOrganisationId,
			e.cityId,
			e.title,
			e.description,
			e.startsAt,
			e.endsAt,
			e.timeZone,
			e.online,
			e.place,
			e.meetingUrl,
			e.languages,
			e.capacity,
			e.registrationOpensAt,
			e.registrationClosesAt,
			e.visibility,
			e.agenda,
			e.questions,
			e.freeQuestion,
			e.notes,
			e.cancelledAt,
			e.createdBy,
			e.createdAt,
			e.updatedAt
		])
	);
	await insertBatched(
		db,
		clock,
		'event_areas',
		[c('event_id', 'int4'), c('area_id', 'int4')],
		events.flatMap((e) => e.areaIds.map((a) => [e.id, a]))
	);
	await insertBatched(
		db,
		clock,
		'event_practices',
		[c('event_id', 'int4'), c('practice_id', 'int4')],
		events.flatMap((e) => e.practiceIds.map((p) => [e.id, p]))
	);
	// no position column: its default takes the queue's sequence in sign-up order, as registering does
	let registrationId = 0;
	await insertBatched(
		db,
		clock,
		'event_registrations',
		[
			c('id', 'int4'),
			c('event_id', 'int4'),
			c('person_id', 'int4'),
			c('status', 'text'),
			c('answers', 'jsonb'),
			c('promoted_at', 'timestamptz'),
			c('cancelled_at', 'timestamptz'),
			c('attended', 'bool'),
			c('reminded_at', 'timestamptz'),
			c('created_at', 'timestamptz'),
			c('updated_at', 'timestamptz')
		],
		events.flatMap((e) =>
			e.registrations.map((r) => [
				++registrationId,
				e.id,
				r.personId,
				r.status,
				r.answers,
				r.promotedAt,
				r.cancelledAt,
				r.attended,
				r.remindedAt,
				r.createdAt,
				r.updatedAt
			])
		)
	);
	log(`${events.length} events, ${registrationId} registrations loaded`);
	return Math.round(generateMs);
}
