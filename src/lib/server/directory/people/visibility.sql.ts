/**
 * The rules of visibility.ts as SQL, so directories filter in the database instead of fetching
 * everyone and dropping rows in JavaScript (which would also break paging and counts).
 * Kept in step with `effectiveVisibility`: a missing or unknown key means the default, and a
 * field is visible only when both the field and the profile carrying it are.
 */
import { sql, type RawBuilder } from 'kysely';
import type { MaybeActor } from '../../platform/auth';
import { DEFAULT_VISIBILITY, VISIBILITY_LEVELS, visibleLevels, type ProfileField } from './visibility';

/** The stored level of `field`, or its default, read from `<alias>.visibility`. */
export function storedLevel(field: ProfileField, alias = 'p'): RawBuilder<string> {
	const value = sql`${sql.ref(`${alias}.visibility`)} ->> ${sql.lit(field)}`;
	const known = sql.join(VISIBILITY_LEVELS.map((level) => sql.lit(level)));
	return sql<string>`coalesce(case when ${value} in (${known}) then ${value} end, ${sql.lit(DEFAULT_VISIBILITY[field])})`;
}

/**
 * True when `viewer` may see `field` of the person in row `<alias>`. A profile hidden by the
 * moderators (hidden_at) is seen by its owner only, so it leaves every directory and list. `visibleLevels` is always
 * a prefix of the levels (public, then members), so "the stricter of field and profile is
 * allowed" is the same as "both are allowed".
 */
export function visibleTo(viewer: MaybeActor, field: ProfileField, alias = 'p'): RawBuilder<boolean> {
	const levels = sql.join(visibleLevels(viewer).map((level) => sql.lit(level)));
	// a profile hidden by the moderators is seen by nobody but its owner (moderation)
	const profile = sql`(${sql.ref(`${alias}.hidden_at`)} is null and ${storedLevel('profile', alias)} in (${levels}))`;
	const allowed = field === 'profile' ? profile : sql`(${profile} and ${storedLevel(field, alias)} in (${levels}))`;
	if (!viewer) return sql<boolean>`${allowed}`;
	return sql<boolean>`(${sql.ref(`${alias}.id`)} = ${viewer.id} or ${allowed})`;
}
