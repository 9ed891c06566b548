/**
 * The people's public SQL: the visible columns of a person, for every list of people (the
 * directory here, the home page's "new near you"), mapped with `toPersonSummary`.
 */
import { sql, type ExpressionBuilder } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { DB, OrganisationRole, OrganisationType, ProfileVisibility } from '../../platform/db';
import type { MaybeActor } from '../../platform/auth';
import { areaName } from '../../shared';
import { visibleTo } from './visibility.sql';

export type PersonEb = ExpressionBuilder<DB & { p: DB['people'] }, 'p'>;

/**
 * The organisations shown on a person: others see only those in the network (an organisation
 * still applying is not public), the person themself sees all of theirs.
 */
export function shownOrganisations(eb: PersonEb, viewer: MaybeActor) {
	return eb
		.selectFrom('organisation_members as om')
		.innerJoin('organisations as o', 'o.id', 'om.organisation_id')
		.whereRef('om.person_id', '=', 'p.id')
		.where((inner) =>
			viewer
				? inner.or([inner('o.member_since', 'is not', null), inner('om.person_id', '=', viewer.id)])
				: inner('o.member_since', 'is not', null)
		);
}

/**
 * The visible parts of the person row `p`; hidden fields come back null or empty from SQL
 * already. Map the result with `toPersonSummary`.
 */
export function personColumns(eb: PersonEb, viewer: MaybeActor, locale: string) {
	const cityVisible = visibleTo(viewer, 'city');
	return [
		'p.id',
		'p.handle',
		'p.name',
		'p.visibility',
		'p.hidden_at',
		eb
			.selectFrom('cities as c')
			.whereRef('c.id', '=', 'p.city_id')
			.where(cityVisible)
			.select(
				sql<{ slug: string; name: string; name_en: string | null; country_code: string }>`json_build_object(
					'slug', c.slug, 'name', c.name, 'name_en', c.name_en, 'country_code', c.country_code)`.as('city')
			)
			.as('city'),
		jsonArrayFrom(
			shownOrganisations(eb, viewer)
				.where(visibleTo(viewer, 'organisations'))
				.select((o) => ['o.slug', 'o.name', 'o.type', 'om.role', o('o.member_since', 'is not', null).as('approved')])
				.orderBy('o.name')
		).as('organisations'),
		sql<string[] | null>`case when ${visibleTo(viewer, 'languages')} then p.languages end`.as('languages'),
		jsonArrayFrom(
			eb
				.selectFrom('person_areas as pa')
				.innerJoin('areas as a', 'a.id', 'pa.area_id')
				.whereRef('pa.person_id', '=', 'p.id')
				.where(visibleTo(viewer, 'areas'))
				.select(['a.key', areaName(locale).as('name')])
				.orderBy('a.position')
				.orderBy('a.id')
		).as('areas')
	] as const;
}

export interface PersonRow {
	id: number;
	handle: string;
	name: string;
	visibility: ProfileVisibility;
	/** Set by the moderators; such a row reaches only its owner (visibleTo). */
	hidden_at: Date | null;
	city: { slug: string; name: string; name_en: string | null; country_code: string } | null;
	organisations: { slug: string; name: string; type: OrganisationType; role: OrganisationRole; approved: boolean }[];
	languages: string[] | null;
	areas: { key: string; name: string }[];
}
