/** Reading events: the calendar's lists and month, one event with what its page shows. */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB, EventType } from '../../platform/db';
import type { MaybeActor } from '../../platform/auth';
import { listedPracticeVisibleTo, practiceTitle } from '../../knowledge/transfers';
import { areaName, containsPattern } from '../../shared';

type Db = Kysely<DB> | Transaction<DB>;

export interface EventListFilters {
	/** Members see members-only events too. */
	members: boolean;
	when?: 'upcoming' | 'past';
	/** Events overlapping [from, to). */
	from?: Date;
	to?: Date;
	type?: EventType;
	citySlug?: string;
	areaKey?: string;
	online?: boolean;
}

function filtered(db: Db, f: EventListFilters, now: Date) {
	return db
		.selectFrom('events as e')
		.leftJoin('cities as c', 'c.id', 'e.city_id')
		.leftJoin('organisations as o', 'o.id', 'e.host_organisation_id')
		.$if(!f.members, (q) => q.where('e.visibility', '=', 'public'))
		.$if(f.when === 'upcoming', (q) => q.where('e.ends_at', '>=', now))
		.$if(f.when === 'past', (q) => q.where('e.ends_at', '<', now))
		.$if(f.from !== undefined, (q) => q.where('e.ends_at', '>=', f.from!))
		.$if(f.to !== undefined, (q) => q.where('e.starts_at', '<', f.to!))
		.$if(f.type !== undefined, (q) => q.where('e.type', '=', f.type!))
		.$if(f.citySlug !== undefined, (q) => q.where('c.slug', '=', f.citySlug!))
		.$if(f.online !== undefined, (q) => q.where('e.online', '=', f.online!))
		.$if(f.areaKey !== undefined, (q) =>
			q.where((eb) =>
				eb.exists(
					eb
						.selectFrom('event_areas as ea')
						.innerJoin('areas as a', 'a.id', 'ea.area_id')
						.whereRef('ea.event_id', '=', 'e.id')
						.where('a.key', '=', f.areaKey!)
				)
			)
		);
}

export function listEventRows(db: Db, f: EventListFilters, now: Date, limit: number, offset: number) {
	return filtered(db, f, now)
		.select([
			'e.id',
			'e.slug',
			'e.type',
			'e.title',
			'e.starts_at',
			'e.ends_at',
			'e.time_zone',
			'e.online',
			'e.place',
			'e.visibility',
			'e.capacity',
			'e.cancelled_at',
			'c.slug as city_slug',
			'c.name as city_name',
			'c.name_en as city_name_en',
			'o.slug as host_slug',
			'o.name as host_name',
			sql<number>`(select count(*)::int from event_registrations r where r.event_id = e.id and r.status = 'registered')`.as('registered')
		])
		.orderBy('e.starts_at', f.when === 'past' ? 'desc' : 'asc')
		.orderBy('e.id')
		.limit(limit)
		.offset(offset)
		.execute();
}

export type EventListRow = Awaited<ReturnType<typeof listEventRows>>[number];

export async function countEventRows(db: Db, f: EventListFilters, now: Date) {
	const row = await filtered(db, f, now)
		.select((eb) => eb.fn.countAll<string>().as('n'))
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

/** Cities that have at least one event the viewer may see, for the filter. */
export function listEventCities(db: Db, members: boolean) {
	return db
		.selectFrom('cities as c')
		.select(['c.slug', 'c.name', 'c.name_en', 'c.country_code'])
		.where((eb) =>
			eb.exists(
				eb
					.selectFrom('events as e')
					.whereRef('e.city_id', '=', 'c.id')
					.$if(!members, (q) => q.where('e.visibility', '=', 'public'))
			)
		)
		.orderBy('c.name')
		.execute();
}

export function findEventBySlug(db: Db, slug: string) {
	return db
		.selectFrom('events as e')
		.leftJoin('cities as c', 'c.id', 'e.city_id')
		.leftJoin('organisations as o', 'o.id', 'e.host_organisation_id')
		.selectAll('e')
		.select(['c.slug as city_slug', 'c.name as city_name', 'c.name_en as city_name_en', 'o.slug as host_slug', 'o.name as host_name'])
		.where('e.slug', '=', slug)
		.executeTakeFirst();
}

export type EventDetailRow = NonNullable<Awaited<ReturnType<typeof findEventBySlug>>>;

export function listEventAreaRows(db: Db, eventId: number, locale: string) {
	return db
		.selectFrom('event_areas as ea')
		.innerJoin('areas as a', 'a.id', 'ea.area_id')
		.select(['a.id', 'a.key', areaName(locale).as('name')])
		.where('ea.event_id', '=', eventId)
		.orderBy('a.position')
		.execute();
}

/** Practices shown at the event that the viewer may see, titled in the reader's language. */
export function listEventPracticeRows(db: Db, viewer: MaybeActor, eventId: number, locale: string) {
	return db
		.selectFrom('event_practices as ep')
		.innerJoin('practices as p', 'p.id', 'ep.practice_id')
		.where('ep.event_id', '=', eventId)
		.where(listedPracticeVisibleTo(viewer))
		.select(['p.id', 'p.slug', practiceTitle(locale).as('title')])
		.orderBy('p.id')
		.execute();
}

/** Published practices the viewer may see whose title holds the words, for the organisers' picker. */
export function searchPracticeRows(db: Db, viewer: MaybeActor, text: string, locale: string, limit = 10) {
	const like = containsPattern(text);
	return db
		.selectFrom('practices as p')
		.where(listedPracticeVisibleTo(viewer))
		.where((eb) =>
			eb.or([
				eb('p.slug', '=', text),
				eb.exists(
					eb
						.selectFrom('practice_texts as pt')
						.whereRef('pt.practice_id', '=', 'p.id')
						.where(sql<boolean>`pt.title ilike ${like}`)
				)
			])
		)
		.select(['p.id', 'p.slug', practiceTitle(locale).as('title')])
		.orderBy('p.id', 'desc')
		.limit(limit)
		.execute();
}

export function findVisiblePracticeId(db: Db, viewer: MaybeActor, slug: string) {
	return db
		.selectFrom('practices as p')
		.where('p.slug', '=', slug)
		.where(listedPracticeVisibleTo(viewer))
		.select('p.id')
		.executeTakeFirst();
}

export async function isStudyVisit(db: Db, eventId: number) {
	const row = await db.selectFrom('study_visits').select('event_id').where('event_id', '=', eventId).executeTakeFirst();
	return row !== undefined;
}

export async function countByStatus(db: Db, eventId: number) {
	const rows = await db
		.selectFrom('event_registrations')
		.select(['status', (eb) => eb.fn.countAll<string>().as('n')])
		.where('event_id', '=', eventId)
		.groupBy('status')
		.execute();
	const of = (status: string) => Number(rows.find((r) => r.status === status)?.n ?? 0);
	return { registered: of('registered'), waitlisted: of('waitlisted') };
}

/** The viewer's registration and, when waiting, their number in the queue (1 = next). */
export async function findViewerRegistration(db: Db, eventId: number, personId: number) {
	const row = await db
		.selectFrom('event_registrations as r')
		.select([
			'r.status',
			'r.answers',
			sql<number>`(select count(*)::int from event_registrations w where w.event_id = r.event_id and w.status = 'waitlisted' and (w.position, w.id) <= (r.position, r.id))`.as(
				'queue'
			)
		])
		.where('r.event_id', '=', eventId)
		.where('r.person_id', '=', personId)
		.executeTakeFirst();
	return row;
}

/** The organisations a person belongs to (to pick a host). */
export function listPersonOrganisations(db: Db, personId: number) {
	return db
		.selectFrom('organisation_members as om')
		.innerJoin('organisations as o', 'o.id', 'om.organisation_id')
		.select(['o.id', 'o.name', 'o.city_id'])
		.where('om.person_id', '=', personId)
		.orderBy('o.name')
		.execute();
}

/** Approved organisations: coordinators may host an event for any of them. */
export function listApprovedOrganisations(db: Db) {
	return db
		.selectFrom('organisations as o')
		.select(['o.id', 'o.name', 'o.city_id'])
		.where('o.member_since', 'is not', null)
		.orderBy('o.name')
		.execute();
}

/** For the notification registry: events' titles and slugs. */
export function listEventTitles(db: Db, ids: number[]) {
	if (ids.length === 0) return Promise.resolve([]);
	return db.selectFrom('events').select(['id', 'slug', 'title']).where('id', 'in', ids).execute();
}
