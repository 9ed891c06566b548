import { describe, expect, it } from 'vitest';
import { forbidden, unauthenticated, AppError } from '../core';
import { authorize, can, definePolicy, rule, signedIn } from './access';
import type { Actor, MaybeActor } from './actor';
import { navigationFor } from './navigation';

const person = (over: Partial<Actor> = {}): Actor => ({
	id: 7,
	handle: 'ewa',
	name: 'Ewa',
	email: 'ewa@example.org',
	role: 'person',
	locale: 'pl',
	emailVerified: true,
	isMember: true,
	...over
});

const notePolicy = definePolicy({
	signedIn,
	read: (actor, note: { public: boolean }) => note.public || actor !== null,
	edit: rule((actor, note: { authorId: number }) => actor?.id === note.authorId, {
		anonymous: unauthenticated,
		denied: () => forbidden('note_error_not_yours')
	})
});

const codeOf = (run: () => void): string => {
	try {
		run();
		return 'ok';
	} catch (error) {
		return error instanceof AppError ? `${error.code}:${error.messageKey}` : String(error);
	}
};

describe('authorize', () => {
	it('lets through what the policy allows and answers not_found by default', () => {
		expect(codeOf(() => authorize(null, notePolicy, 'read', { public: true }))).toBe('ok');
		expect(codeOf(() => authorize(null, notePolicy, 'read', { public: false }))).toBe('not_found:error_not_found');
		expect(can(person(), notePolicy, 'read', { public: false })).toBe(true);
	});

	it('throws the refusal the rule chose, for visitors and for everyone else', () => {
		expect(codeOf(() => authorize(null, notePolicy, 'edit', { authorId: 7 }))).toBe('unauthenticated:error_unauthenticated');
		expect(codeOf(() => authorize(person({ id: 8 }), notePolicy, 'edit', { authorId: 7 }))).toBe('forbidden:note_error_not_yours');
		expect(codeOf(() => authorize(person(), notePolicy, 'edit', { authorId: 7 }))).toBe('ok');
		expect(codeOf(() => authorize(null, notePolicy, 'signedIn'))).toBe('unauthenticated:error_unauthenticated');
	});

	it('keeps a shared predicate plain when a policy gives it a refusal', () => {
		const shared = (actor: MaybeActor) => actor !== null;
		const strict = definePolicy({ use: rule(shared, { anonymous: unauthenticated }), peek: shared });
		expect(codeOf(() => authorize(null, strict, 'use'))).toBe('unauthenticated:error_unauthenticated');
		expect(codeOf(() => authorize(null, strict, 'peek'))).toBe('not_found:error_not_found');
	});
});

/** Compile-time checks (svelte-check fails when one stops holding); never run. */
export function typeChecks(actor: MaybeActor): number {
	// @ts-expect-error a rule's subject is required
	authorize(actor, notePolicy, 'edit');
	// @ts-expect-error a subject of another shape
	authorize(actor, notePolicy, 'read', { authorId: 7 });
	// @ts-expect-error an action the policy does not name
	authorize(actor, notePolicy, 'delete', { authorId: 7 });
	authorize(actor, notePolicy, 'read', { public: true });
	// @ts-expect-error a plain predicate does not narrow the actor
	void actor.id;
	authorize(actor, notePolicy, 'signedIn');
	return actor.id;
}

describe('navigationFor', () => {
	it('tells the header what the viewer may see', () => {
		expect(navigationFor(null)).toBeNull();
		expect(navigationFor(person({ role: 'coordinator', isMember: false }))).toMatchObject({ isCoordinator: true, isMember: false });
		expect(navigationFor(person())).toMatchObject({ isCoordinator: false, isMember: true, handle: 'ewa' });
	});
});
