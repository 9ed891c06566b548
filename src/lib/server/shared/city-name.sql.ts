import { sql } from 'kysely';

/**
 * A city's name in the page's language, in SQL: its English name on English pages when it has
 * one (the same rule as `cityName`, for queries that filter or sort by it). `city` is the alias
 * of the `cities` row in the surrounding query.
 */
export const cityNameSql = (locale: string, city = 'c') =>
	sql<string>`case when ${locale} = 'en' then coalesce(${sql.ref(`${city}.name_en`)}, ${sql.ref(`${city}.name`)}) else ${sql.ref(`${city}.name`)} end`;
