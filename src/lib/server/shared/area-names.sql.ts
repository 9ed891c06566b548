import { sql } from 'kysely';

/**
 * An area's name in the locale, else its English name, else its key: the one fallback every
 * list of areas shows. `area` is the alias of the `areas` row in the surrounding query.
 */
export const areaName = (locale: string, area = 'a') =>
	sql<string>`coalesce(
		(select an.name from area_names an where an.area_id = ${sql.ref(`${area}.id`)} and an.locale = ${locale}),
		(select an.name from area_names an where an.area_id = ${sql.ref(`${area}.id`)} and an.locale = 'en'),
		${sql.ref(`${area}.key`)})`;
