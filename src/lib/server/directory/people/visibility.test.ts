import { describe, expect, it } from 'vitest';
import { canSee, effectiveVisibility } from './visibility';
import type { Actor } from '../../platform/auth';

const actor = (id: number, isMember: boolean): Actor => ({
	id,
	handle: `p${id}`,
	name: `P ${id}`,
	email: `p${id}@example.org`,
	role: 'person',
	locale: 'en',
	emailVerified: true,
	isMember
});

describe('profile visibility', () => {
	it('hides members-only fields from visitors and shows them to members', () => {
		expect(canSee(null, 1, {}, 'bio')).toBe(false);
		expect(canSee(actor(2, false), 1, {}, 'bio')).toBe(false);
		expect(canSee(actor(2, true), 1, {}, 'bio')).toBe(true);
	});

	it('never shows a field marked nobody to others, but always to its owner', () => {
		expect(canSee(actor(2, true), 1, { email: 'nobody' }, 'email')).toBe(false);
		expect(canSee(actor(1, false), 1, { email: 'nobody' }, 'email')).toBe(true);
	});

	it('does not let a field be more visible than the profile', () => {
		const levels = effectiveVisibility({ profile: 'members', bio: 'public' });
		expect(levels.bio).toBe('members');
		expect(canSee(null, 1, { profile: 'members', bio: 'public' }, 'bio')).toBe(false);
		expect(canSee(null, 1, { profile: 'public', bio: 'public' }, 'bio')).toBe(true);
	});

	it('ignores unknown levels and falls back to the defaults', () => {
		expect(effectiveVisibility({ bio: 'everyone' as never }).bio).toBe('members');
	});
});
