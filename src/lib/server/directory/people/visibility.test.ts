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

const person = (visibility: Record<string, string>, hidden_at: Date | null = null) => ({
	id: 1,
	visibility: visibility as Record<string, 'public' | 'members' | 'nobody'>,
	hidden_at
});

describe('profile visibility', () => {
	it('hides members-only fields from visitors and shows them to members', () => {
		expect(canSee(null, person({}), 'bio')).toBe(false);
		expect(canSee(actor(2, false), person({}), 'bio')).toBe(false);
		expect(canSee(actor(2, true), person({}), 'bio')).toBe(true);
	});

	it('never shows a field marked nobody to others, but always to its owner', () => {
		expect(canSee(actor(2, true), person({ email: 'nobody' }), 'email')).toBe(false);
		expect(canSee(actor(1, false), person({ email: 'nobody' }), 'email')).toBe(true);
	});

	it('does not let a field be more visible than the profile', () => {
		const levels = effectiveVisibility({ profile: 'members', bio: 'public' });
		expect(levels.bio).toBe('members');
		expect(canSee(null, person({ profile: 'members', bio: 'public' }), 'bio')).toBe(false);
		expect(canSee(null, person({ profile: 'public', bio: 'public' }), 'bio')).toBe(true);
	});

	it('shows a profile the moderators hid to nobody but its owner, whatever its settings (as visibleTo does)', () => {
		const hidden = person({ profile: 'public', bio: 'public' }, new Date());
		expect(canSee(null, hidden, 'profile')).toBe(false);
		expect(canSee(actor(2, true), hidden, 'profile')).toBe(false);
		expect(canSee(actor(2, true), hidden, 'bio')).toBe(false);
		expect(canSee(actor(1, true), hidden, 'profile')).toBe(true);
	});

	it('ignores unknown levels and falls back to the defaults', () => {
		expect(effectiveVisibility({ bio: 'everyone' as never }).bio).toBe('members');
	});
});
