/**
 * What the search documents of challenges are made of: the indexer's only database access for
 * them (challenge.drafts.ts turns these rows into documents).
 */
import { sql } from 'kysely';
import type { Db } from './index.queries';

export interface ChallengeSource {
	id: number;
	slug: string;
	title: string;
	description: string;
	tried: string;
	help_wanted: string[];
	status: 'open' | 'solved';
	visibility: 'public' | 'members';
	hidden_at: Date | null;
	created_at: Date;
	updated_at: Date;
	city_id: number;
	city_name: string;
	city_name_en: string | null;
	country_code: string;
	population: number | null;
	industries: string[];
	organisation_name: string | null;
	organisation_type: string | null;
	/** Cities that face it too, by their names (both spellings). */
	facing_names: string[];
	area_ids: number[];
	area_names: string[];
}

export async function loadChallengeSources(db: Db, ids: number[]): Promise<ChallengeSource[]> {
	if (ids.length === 0) return [];
	const rows = await db
		.selectFrom('challenges as ch')
		.innerJoin('cities as c', 'c.id', 'ch.city_id')
		.leftJoin('organisations as o', 'o.id', 'ch.organisation_id')
		.where('ch.id', 'in', ids)
		.select([
			'ch.id',
			'ch.slug',
			'ch.title',
			'ch.description',
			'ch.tried',
			'ch.help_wanted',
			'ch.status',
			'ch.visibility',
			'ch.hidden_at',
			'ch.created_at',
			'ch.updated_at',
			'ch.city_id',
			'c.name as city_name',
			'c.name_en as city_name_en',
			'c.country_code',
			'c.population',
			'c.industries',
			'o.name as organisation_name',
			'o.type as organisation_type',
			sql<
				string[]
			>`array(select concat_ws(' ', fc.name, fc.name_en) from challenge_cities cc join cities fc on fc.id = cc.city_id where cc.challenge_id = ch.id order by fc.name)`.as(
				'facing_names'
			),
			sql<number[]>`array(select ca.area_id from challenge_areas ca where ca.challenge_id = ch.id order by ca.area_id)`.as('area_ids'),
			sql<
				string[]
			>`array(select n.name from challenge_areas ca join area_names n on n.area_id = ca.area_id where ca.challenge_id = ch.id)`.as(
				'area_names'
			)
		])
		.execute();
	return rows as unknown as ChallengeSource[];
}

/** Challenges an organisation posted for, whose documents name it. */
export async function challengesOfOrganisation(db: Db, organisationId: number): Promise<number[]> {
	const rows = await db.selectFrom('challenges').where('organisation_id', '=', organisationId).select('id').execute();
	return rows.map((row) => row.id);
}
