import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, makeMember, makePerson } from '../../platform/db/testing/factories';
import { AppError } from '../../platform/core';
import { createPractice } from './practices.service';
import { getLearning, getPractice, markLearning, withdrawLearning } from './practice-view.service';

const t = useTestDatabase();

async function failure(promise: Promise<unknown>): Promise<AppError> {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(AppError);
	return error as AppError;
}

async function practice(intent = 'publish') {
	const { person, organisation } = await makeMember(t.db);
	const { slug } = await createPractice(
		actorOf(person, true),
		{
			title: 'Ogrody na hałdzie',
			summary: 'Zielone hałdy.',
			city: String(organisation.city_id),
			status: 'ongoing',
			original_language: 'pl',
			visibility: 'public',
			intent
		},
		t.deps,
		'pl'
	);
	return slug;
}

describe('learning from a practice', () => {
	it('counts marks for everyone and names them, with comments, only to members', async () => {
		const slug = await practice();
		const anna = await makeMember(t.db, { name: 'Anna Learner', visibility: { profile: 'members' } });
		const hidden = await makeMember(t.db, { name: 'Hidden Person', visibility: { profile: 'nobody' } });
		await markLearning(actorOf(anna.person, true), slug, { kind: 'want_to_learn', comment: 'Jak z pozwoleniami?' }, t.deps);
		await markLearning(actorOf(anna.person, true), slug, { kind: 'tried_too', comment: '' }, t.deps);
		await markLearning(actorOf(hidden.person, true), slug, { kind: 'want_to_learn' }, t.deps);
		// marking the same kind again replaces the comment
		await markLearning(actorOf(anna.person, true), slug, { kind: 'want_to_learn', comment: 'Ile to kosztowało?' }, t.deps);

		const visitor = (await getPractice(null, slug, t.deps, 'pl')).learning;
		expect(visitor.counts).toEqual({ want_to_learn: 2, tried_too: 1 });
		expect(visitor.marks).toBeNull();
		expect(visitor.canMark).toBe(false);

		const viewer = actorOf((await makeMember(t.db)).person, true);
		const member = (await getLearning(viewer, slug, t.deps, 'pl')).learning;
		expect(member.marks).toEqual([
			{ kind: 'want_to_learn', name: 'Anna Learner', handle: anna.person.handle, comment: 'Ile to kosztowało?' },
			{ kind: 'tried_too', name: 'Anna Learner', handle: anna.person.handle, comment: '' }
		]);
		expect(member.hiddenMarks).toBe(1);

		await withdrawLearning(actorOf(anna.person, true), slug, { kind: 'want_to_learn' }, t.deps);
		const after = (await getPractice(actorOf(anna.person, true), slug, t.deps, 'pl')).learning;
		expect(after.counts).toEqual({ want_to_learn: 1, tried_too: 1 });
		expect(after.mine).toEqual([{ kind: 'tried_too', comment: '' }]);
	});

	it('lets only members mark, with a known kind and a short comment', async () => {
		const slug = await practice();
		expect((await failure(markLearning(null, slug, { kind: 'tried_too' }, t.deps))).code).toBe('unauthenticated');
		const outsider = actorOf(await makePerson(t.db));
		expect((await failure(markLearning(outsider, slug, { kind: 'tried_too' }, t.deps))).code).toBe('forbidden');
		const member = actorOf((await makeMember(t.db)).person, true);
		expect((await failure(markLearning(member, slug, { kind: 'love' }, t.deps))).fieldErrors.kind.key).toBe('error_invalid_choice');
		expect(
			(await failure(markLearning(member, slug, { kind: 'tried_too', comment: 'x'.repeat(501) }, t.deps))).fieldErrors.comment.key
		).toBe('error_too_long');
	});

	it('hides drafts from those who would mark them', async () => {
		const slug = await practice('draft');
		const member = actorOf((await makeMember(t.db)).person, true);
		expect((await failure(markLearning(member, slug, { kind: 'tried_too' }, t.deps))).code).toBe('not_found');
	});
});
