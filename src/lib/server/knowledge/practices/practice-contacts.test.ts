/** People a practice names (contacts, authors of versions, learners) follow the people directory's rules. */
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, makeMember, makePerson } from '../../platform/db/testing/factories';
import { AppError } from '../../platform/core';
import { createPractice } from './practices.service';
import { getPractice, markLearning } from './practice-view.service';
import { getHistory, getRevision } from './revisions.service';

const t = useTestDatabase();

/** What the moderators' "hide profile" writes. */
const hide = (personId: number) =>
	t.db.updateTable('people').set({ hidden_at: new Date(), hidden_reason: 'spam' }).where('id', '=', personId).execute();

async function practiceWith(contactHandle: string) {
	const { person, organisation } = await makeMember(t.db, { visibility: { profile: 'public' } });
	const author = actorOf(person, true);
	const { slug } = await createPractice(
		author,
		{
			title: 'Łaźnia górnicza jako dom sąsiedzki',
			summary: 'Krótko o łaźni.',
			city: String(organisation.city_id),
			status: 'ongoing',
			original_language: 'pl',
			visibility: 'public',
			contact_handles: `@${contactHandle}`,
			intent: 'publish'
		},
		t.deps,
		'pl'
	);
	return { slug, author, person, organisation };
}

describe('people named on a practice', () => {
	it('leaves out a contact whose profile the moderators hid, for visitors and members; the person still sees it', async () => {
		const expert = await makePerson(t.db, { visibility: { profile: 'public' } });
		const { slug } = await practiceWith(expert.handle);
		const member = actorOf((await makeMember(t.db)).person, true);
		expect((await getPractice(null, slug, t.deps, 'pl')).contacts).toEqual([{ handle: expert.handle, name: expert.name }]);

		await hide(expert.id);
		for (const reader of [null, member]) {
			const page = await getPractice(reader, slug, t.deps, 'pl');
			expect(page.contacts).toEqual([]);
			expect(page.hiddenContacts).toBe(1);
			// a past version names them no more than the page does
			expect((await getRevision(reader, slug, 1, t.deps, 'pl')).content.contacts).toEqual([]);
		}
		expect((await getPractice(actorOf(expert, false), slug, t.deps, 'pl')).contacts).toEqual([
			{ handle: expert.handle, name: expert.name }
		]);
	});

	it('does not name a hidden author in the history, nor a hidden learner among the marks', async () => {
		const expert = await makePerson(t.db, { visibility: { profile: 'public' } });
		const { slug, author, person } = await practiceWith(expert.handle);
		const learner = await makeMember(t.db, { visibility: { profile: 'public' } });
		await markLearning(actorOf(learner.person, true), slug, { kind: 'tried_too', comment: 'U nas też.' }, t.deps);
		const member = actorOf((await makeMember(t.db)).person, true);
		expect((await getHistory(member, slug, t.deps, 'pl')).revisions[0].author).toEqual({ name: person.name, handle: person.handle });

		await hide(person.id);
		await hide(learner.person.id);
		expect((await getHistory(member, slug, t.deps, 'pl')).revisions[0].author).toBeNull();
		expect((await getRevision(member, slug, 1, t.deps, 'pl')).author).toBeNull();
		const learning = (await getPractice(member, slug, t.deps, 'pl')).learning;
		expect(learning.marks).toEqual([]);
		expect(learning.hiddenMarks).toBe(1);
		expect((await getHistory(author, slug, t.deps, 'pl')).revisions[0].author).toEqual({ name: person.name, handle: person.handle });
	});

	it('answers "unknown handle" for a hidden person, as for a missing one, so the form reveals no one', async () => {
		const hidden = await makePerson(t.db, { visibility: { profile: 'public' } });
		await hide(hidden.id);
		const error = await practiceWith(hidden.handle).then(
			() => null,
			(e: unknown) => e
		);
		expect(error).toBeInstanceOf(AppError);
		expect((error as AppError).fieldErrors.contact_handles).toEqual({
			key: 'practice_error_unknown_handle',
			params: { handles: hidden.handle }
		});
	});
});
