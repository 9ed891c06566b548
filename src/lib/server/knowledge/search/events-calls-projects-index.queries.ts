/**
 * What the search documents of events, funding calls and projects are made of: the indexer's
 * only database access for them (events-calls-projects.drafts.ts turns these rows into documents).
 */
import { sql } from 'kysely';
import type { AgendaItem, CallStatus, EventType, ProjectStatus } from '../../platform/db';
import type { Db } from './index.queries';

export interface EventSource {
	id: number;
	slug: string;
	type: EventType;
	title: string;
	description: string;
	place: string;
	online: boolean;
	languages: string[];
	visibility: 'public' | 'members';
	agenda: AgendaItem[];
	starts_at: Date;
	cancelled_at: Date | null;
	updated_at: Date;
	city_id: number | null;
	city_name: string | null;
	city_name_en: string | null;
	country_code: string | null;
	population: number | null;
	industries: string[] | null;
	host_name: string | null;
	host_type: string | null;
	area_ids: number[];
	area_names: string[];
}

export async function loadEventSources(db: Db, ids: number[]): Promise<EventSource[]> {
	if (ids.length === 0) return [];
	const rows = await db
		.selectFrom('events as e')
		.leftJoin('cities as c', 'c.id', 'e.city_id')
		.leftJoin('organisations as o', 'o.id', 'e.host_organisation_id')
		.where('e.id', 'in', ids)
		.select([
			'e.id',
			'e.slug',
			'e.type',
			'e.title',
			'e.description',
			'e.place',
			'e.online',
			'e.languages',
			'e.visibility',
			'e.agenda',
			'e.starts_at',
			'e.cancelled_at',
			'e.updated_at',
			'e.city_id',
			'c.name as city_name',
			'c.name_en as city_name_en',
			'c.country_code',
			'c.population',
			'c.industries',
			'o.name as host_name',
			'o.type as host_type',
			sql<number[]>`array(select ea.area_id from event_areas ea where ea.event_id = e.id order by ea.area_id)`.as('area_ids'),
			sql<string[]>`array(select n.name from event_areas ea join area_names n on n.area_id = ea.area_id where ea.event_id = e.id)`.as(
				'area_names'
			)
		])
		.execute();
	return rows as unknown as EventSource[];
}

export interface CallSource {
	id: number;
	slug: string;
	title: string;
	funder: string;
	programme: string;
	description: string;
	eligibility: string;
	budget: string;
	countries: string[];
	status: CallStatus;
	deadline: Date;
	checked_at: Date | null;
	created_at: Date;
	updated_at: Date;
	area_ids: number[];
	area_names: string[];
}

export async function loadCallSources(db: Db, ids: number[]): Promise<CallSource[]> {
	if (ids.length === 0) return [];
	return db
		.selectFrom('funding_calls as f')
		.where('f.id', 'in', ids)
		.select([
			'f.id',
			'f.slug',
			'f.title',
			'f.funder',
			'f.programme',
			'f.description',
			'f.eligibility',
			'f.budget',
			'f.countries',
			'f.status',
			'f.deadline',
			'f.checked_at',
			'f.created_at',
			'f.updated_at',
			sql<number[]>`array(select fa.area_id from funding_call_areas fa where fa.call_id = f.id order by fa.area_id)`.as('area_ids'),
			sql<string[]>`array(select n.name from funding_call_areas fa join area_names n on n.area_id = fa.area_id where fa.call_id = f.id)`.as(
				'area_names'
			)
		])
		.execute();
}

export interface ProjectSource {
	id: number;
	slug: string;
	title: string;
	summary: string;
	status: ProjectStatus;
	visibility: 'public' | 'members';
	starts_on: Date | string | null;
	created_at: Date;
	updated_at: Date;
	call_title: string | null;
	/** Lead first, then partners, then associated partners. */
	partners: {
		name: string;
		type: string;
		role: string;
		city_id: number;
		city_name: string;
		city_name_en: string | null;
		country_code: string;
		population: number | null;
		industries: string[];
	}[];
	area_ids: number[];
	area_names: string[];
}

export async function loadProjectSources(db: Db, ids: number[]): Promise<ProjectSource[]> {
	if (ids.length === 0) return [];
	const rows = await db
		.selectFrom('projects as p')
		.leftJoin('funding_calls as f', (join) => join.onRef('f.id', '=', 'p.call_id').on('f.status', '=', 'checked'))
		.where('p.id', 'in', ids)
		.select([
			'p.id',
			'p.slug',
			'p.title',
			'p.summary',
			'p.status',
			'p.visibility',
			'p.starts_on',
			'p.created_at',
			'p.updated_at',
			'f.title as call_title',
			sql<
				ProjectSource['partners']
			>`coalesce((select json_agg(json_build_object('name', o.name, 'type', o.type, 'role', pp.role, 'city_id', o.city_id,
					'city_name', c.name, 'city_name_en', c.name_en, 'country_code', c.country_code, 'population', c.population, 'industries', c.industries)
				order by array_position(array['lead', 'partner', 'associated']::text[], pp.role), pp.created_at, o.id)
				from project_partners pp join organisations o on o.id = pp.organisation_id join cities c on c.id = o.city_id
				where pp.project_id = p.id), '[]')`.as('partners'),
			sql<number[]>`array(select pa.area_id from project_areas pa where pa.project_id = p.id order by pa.area_id)`.as('area_ids'),
			sql<string[]>`array(select n.name from project_areas pa join area_names n on n.area_id = pa.area_id where pa.project_id = p.id)`.as(
				'area_names'
			)
		])
		.execute();
	return rows as unknown as ProjectSource[];
}

/** Projects an organisation is a partner of, whose documents name it. */
export async function projectsOfOrganisation(db: Db, organisationId: number): Promise<number[]> {
	const rows = await db.selectFrom('project_partners').where('organisation_id', '=', organisationId).select('project_id').execute();
	return [...new Set(rows.map((row) => row.project_id))];
}

/** Events an organisation hosts, whose documents name it. */
export async function eventsOfOrganisation(db: Db, organisationId: number): Promise<number[]> {
	const rows = await db.selectFrom('events').where('host_organisation_id', '=', organisationId).select('id').execute();
	return rows.map((row) => row.id);
}

/** Projects a call's documents mention (its title is in their context). */
export async function projectsOfCall(db: Db, callId: number): Promise<number[]> {
	const rows = await db.selectFrom('projects').where('call_id', '=', callId).select('id').execute();
	return rows.map((row) => row.id);
}

/** What search results show of events (their time) and calls (their deadline), read fresh. */
export async function eventTimes(db: Db, ids: number[]) {
	if (ids.length === 0) return [];
	return db.selectFrom('events').where('id', 'in', ids).select(['id', 'starts_at', 'ends_at', 'time_zone', 'cancelled_at']).execute();
}

export async function callDeadlines(db: Db, ids: number[]) {
	if (ids.length === 0) return [];
	return db.selectFrom('funding_calls').where('id', 'in', ids).select(['id', 'deadline', 'time_zone']).execute();
}
