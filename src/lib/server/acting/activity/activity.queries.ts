/**
 * "What is happening here": upcoming events, open calls and partner searches of one city,
 * organisation or area. Visibility is part of every WHERE clause: members-only events only
 * when `members` is set, calls only once checked, partner searches only for members (the
 * service decides whether to ask).
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../platform/db';

type Db = Kysely<DB>;

export async function findCityRef(db: Db, slug: string) {
	return db.selectFrom('cities').select(['id', 'slug', 'name', 'name_en']).where('slug', '=', slug).executeTakeFirst();
}

export async function findOrganisationRef(db: Db, slug: string) {
	return db.selectFrom('organisations').select(['id', 'slug', 'name']).where('slug', '=', slug).executeTakeFirst();
}

export async function findAreaRef(db: Db, key: string) {
	return db.selectFrom('areas').select(['id', 'key']).where('key', '=', key).executeTakeFirst();
}

export interface EventScope {
	/** Members see members-only events too. */
	members: boolean;
	cityId?: number;
	hostId?: number;
	areaId?: number;
}

/** Events not over yet (and not cancelled) in the scope, soonest first, with how many there are. */
export async function upcomingEvents(db: Db, scope: EventScope, now: Date, limit: number) {
	const base = db
		.selectFrom('events as e')
		.where('e.ends_at', '>=', now)
		.where('e.cancelled_at', 'is', null)
		.$if(!scope.members, (q) => q.where('e.visibility', '=', 'public'))
		.$if(scope.cityId !== undefined, (q) => q.where('e.city_id', '=', scope.cityId!))
		.$if(scope.hostId !== undefined, (q) => q.where('e.host_organisation_id', '=', scope.hostId!))
		.$if(scope.areaId !== undefined, (q) =>
			q.where((eb) =>
				eb.exists(
					eb
						.selectFrom('event_areas as ea')
						.select('ea.event_id')
						.whereRef('ea.event_id', '=', 'e.id')
						.where('ea.area_id', '=', scope.areaId!)
				)
			)
		);
	const [rows, count] = await Promise.all([
		base
			.leftJoin('cities as c', 'c.id', 'e.city_id')
			.leftJoin('organisations as o', 'o.id', 'e.host_organisation_id')
			.select([
				'e.slug',
				'e.type',
				'e.title',
				'e.starts_at',
				'e.ends_at',
				'e.time_zone',
				'e.online',
				'e.place',
				'e.visibility',
				'c.name as city_name',
				'c.name_en as city_name_en',
				'o.name as host_name'
			])
			.orderBy('e.starts_at')
			.orderBy('e.id')
			.limit(limit)
			.execute(),
		base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()
	]);
	return { rows, total: Number(count.n) };
}

/** Checked calls of an area whose deadline has not passed, nearest deadline first. */
export async function openCallsOfArea(db: Db, areaId: number, now: Date, limit: number) {
	const base = db
		.selectFrom('funding_calls as f')
		.where('f.status', '=', 'checked')
		.where('f.deadline', '>', now)
		.where((eb) =>
			eb.exists(
				eb.selectFrom('funding_call_areas as fa').select('fa.call_id').whereRef('fa.call_id', '=', 'f.id').where('fa.area_id', '=', areaId)
			)
		);
	const [rows, count] = await Promise.all([
		base
			.select(['f.slug', 'f.title', 'f.funder', 'f.programme', 'f.deadline', 'f.time_zone'])
			.orderBy('f.deadline')
			.orderBy('f.id')
			.limit(limit)
			.execute(),
		base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()
	]);
	return { rows, total: Number(count.n) };
}

/** Open partner searches an organisation posted, newest first (for members only: see the service). */
export async function openPartnerSearchesOf(db: Db, organisationId: number, limit: number) {
	const base = db.selectFrom('partner_searches as s').where('s.organisation_id', '=', organisationId).where('s.status', '=', 'open');
	const [rows, count] = await Promise.all([
		base
			.leftJoin('funding_calls as f', (join) => join.onRef('f.id', '=', 's.call_id').on('f.status', '=', 'checked'))
			.select(['s.slug', 's.title', 's.created_at', 'f.slug as call_slug', 'f.title as call_title'])
			.orderBy('s.created_at', 'desc')
			.orderBy('s.id', 'desc')
			.limit(limit)
			.execute(),
		base.select(sql<string>`count(*)`.as('n')).executeTakeFirstOrThrow()
	]);
	return { rows, total: Number(count.n) };
}
