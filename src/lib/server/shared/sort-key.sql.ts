import { sql } from 'kysely';

/**
 * An accent-free sort key for a name column, so "Łucja" sorts among the L's whatever collation
 * the database has (PGlite has no ICU). People, cities and area pages sort by the same letters.
 */
export const nameSortKey = (column: string) =>
	sql`translate(lower(${sql.ref(column)}), 'ąćęłńóśźżáàâäãåčçďéèêëěíìîïľĺňñôöõőřŕšşťúùûüůűýÿžøæß', 'acelnoszzaaaaaaccdeeeeeiiiillnnoooorrsstuuuuuuyyzoas')`;
