import type { ProfileVisibility, Visibility } from '../../platform/db';
import type { MaybeActor } from '../../platform/auth';

/**
 * Who sees which part of a person's profile. `profile` is the person's presence itself (name,
 * page, listing in directories); the others are fields on it. The person always sees all of
 * their own; nobody else sees a field marked `nobody`.
 */
export const PROFILE_FIELDS = ['profile', 'email', 'city', 'organisations', 'languages', 'areas', 'bio'] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

export const DEFAULT_VISIBILITY: Record<ProfileField, Visibility> = {
	profile: 'members',
	email: 'nobody',
	city: 'members',
	organisations: 'members',
	languages: 'members',
	areas: 'members',
	bio: 'members'
};

export const VISIBILITY_LEVELS: readonly Visibility[] = ['public', 'members', 'nobody'];

export function effectiveVisibility(stored: ProfileVisibility | null | undefined): Record<ProfileField, Visibility> {
	const result = { ...DEFAULT_VISIBILITY };
	for (const field of PROFILE_FIELDS) {
		const level = stored?.[field];
		if (level && VISIBILITY_LEVELS.includes(level)) result[field] = level;
	}
	// A field cannot be more visible than the profile that carries it.
	for (const field of PROFILE_FIELDS) {
		if (rank(result[field]) < rank(result.profile)) result[field] = result.profile;
	}
	return result;
}

const rank = (level: Visibility) => VISIBILITY_LEVELS.indexOf(level);

/** Whether `viewer` may see `field` of the person with id `ownerId` and these settings. */
export function canSee(viewer: MaybeActor, ownerId: number, stored: ProfileVisibility | null | undefined, field: ProfileField): boolean {
	if (viewer?.id === ownerId) return true;
	const level = effectiveVisibility(stored)[field];
	if (level === 'public') return true;
	if (level === 'members') return viewer?.isMember === true;
	return false;
}

/**
 * The levels a viewer is allowed to see, for filtering in SQL: a visitor sees `public` only,
 * a member `public` and `members`.
 */
export function visibleLevels(viewer: MaybeActor): Visibility[] {
	return viewer?.isMember ? ['public', 'members'] : ['public'];
}
