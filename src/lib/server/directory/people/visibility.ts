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

/** What deciding whether a person is seen needs: their id, their settings, and the moderators' hiding. */
export interface SeenPerson {
	id: number;
	visibility: ProfileVisibility | null | undefined;
	/** Set by the moderators: the profile is seen by its owner only. */
	hidden_at: Date | string | null;
}

/**
 * Whether `viewer` may see `field` of `person`: the same rule as `visibleTo` in SQL. A profile the
 * moderators hid is seen by nobody but its owner, whatever its settings say, so every place that
 * names a person (a practice's contacts, an author, a list of members) answers the same.
 */
export function canSee(viewer: MaybeActor, person: SeenPerson, field: ProfileField): boolean {
	if (viewer?.id === person.id) return true;
	if (person.hidden_at !== null) return false;
	const level = effectiveVisibility(person.visibility)[field];
	if (level === 'public') return true;
	if (level === 'members') return viewer?.isMember === true;
	return false;
}

/**
 * A person named beside what they wrote or added (an author, an uploader): their name and
 * handle for readers who may see their profile, otherwise null (the page says "a member").
 */
export function visibleAuthor(
	viewer: MaybeActor,
	person: { id: number | null; name: string | null; handle: string | null } & Omit<SeenPerson, 'id'>
): { name: string; handle: string } | null {
	if (person.id === null || !person.name || !person.handle) return null;
	return canSee(viewer, { ...person, id: person.id }, 'profile') ? { name: person.name, handle: person.handle } : null;
}

/**
 * The levels a viewer is allowed to see, for filtering in SQL: a visitor sees `public` only,
 * a member `public` and `members`.
 */
export function visibleLevels(viewer: MaybeActor): Visibility[] {
	return viewer?.isMember ? ['public', 'members'] : ['public'];
}
