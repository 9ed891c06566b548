import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/auth';
import { canManageGroup, canReadGroupContent, canSeeGroup, canTakePart, NO_STANDING, type GroupStanding } from './group-access';

const actor = (role: Actor['role'], isMember: boolean): Actor => ({
	id: 1,
	handle: 'x',
	name: 'X',
	email: 'x@example.org',
	role,
	locale: 'pl',
	emailVerified: true,
	isMember
});
const member = actor('person', true);
const registered = actor('person', false);
const coordinator = actor('coordinator', true);
const inGroup: GroupStanding = { status: 'active', role: 'member' };
const requested: GroupStanding = { status: 'requested', role: 'member' };
const groupCoordinator: GroupStanding = { status: 'active', role: 'coordinator' };

describe('group access', () => {
	it('shows open and closed groups to network members, secret ones to their members only', () => {
		for (const kind of ['open', 'closed'] as const) {
			expect(canSeeGroup(member, kind, NO_STANDING)).toBe(true);
			expect(canSeeGroup(registered, kind, NO_STANDING)).toBe(false);
			expect(canSeeGroup(null, kind, NO_STANDING)).toBe(false);
		}
		expect(canSeeGroup(member, 'secret', NO_STANDING)).toBe(false);
		expect(canSeeGroup(coordinator, 'secret', NO_STANDING)).toBe(false);
		expect(canSeeGroup(member, 'secret', requested)).toBe(false);
		expect(canSeeGroup(member, 'secret', inGroup)).toBe(true);
	});

	it('keeps closed and secret content to active members', () => {
		expect(canReadGroupContent(member, 'open', NO_STANDING)).toBe(true);
		expect(canReadGroupContent(member, 'closed', NO_STANDING)).toBe(false);
		expect(canReadGroupContent(member, 'closed', requested)).toBe(false);
		expect(canReadGroupContent(member, 'closed', inGroup)).toBe(true);
		expect(canReadGroupContent(coordinator, 'secret', NO_STANDING)).toBe(false);
		expect(canTakePart(member, requested)).toBe(false);
		expect(canTakePart(member, inGroup)).toBe(true);
	});

	it('lets group coordinators manage, network coordinators too except in secret groups', () => {
		expect(canManageGroup(member, 'open', inGroup)).toBe(false);
		expect(canManageGroup(member, 'secret', groupCoordinator)).toBe(true);
		expect(canManageGroup(coordinator, 'closed', NO_STANDING)).toBe(true);
		expect(canManageGroup(coordinator, 'secret', NO_STANDING)).toBe(false);
	});
});
