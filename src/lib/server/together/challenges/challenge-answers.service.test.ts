/** Answers to a challenge, cities that face it too, and following it. */
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, addToOrganisation, makeCity, makeOrganisation, makePerson } from '../../platform/db/testing/factories';
import { makePractice } from '../../knowledge/transfers/transfers.testing';
import { getChallenge } from './challenges-read.service';
import { answerChallenge, deleteAnswer, editAnswer, faceToo, followChallenge, markHelpful, undoFaceToo } from './challenge-answers.service';
import { challengeWorlds, codeOf, makeChallenge } from './challenges.testing';

const t = useTestDatabase();
const { member, coordinator, activities, follows } = challengeWorlds(t);

describe('answers', () => {
	it('lets members answer with a linked practice they may see; they follow; followers hear; drafts cannot be linked', async () => {
		const { actor: author, person: asker } = await member();
		const challenge = await makeChallenge(t.db, { author_id: asker.id });
		const { actor, person } = await member();
		const practice = await makePractice(t.db, { title: `Lokale dla rzemieślników ${Date.now()}` });
		const { id } = await answerChallenge(
			actor,
			{ slug: challenge.slug, values: { body: 'U nas pomógł **program**.', practice_id: String(practice.id) }, locale: 'pl' },
			t.deps
		);
		expect(await follows(person.id, challenge.id)).toHaveLength(1);
		expect((await activities(challenge.id)).map((e) => [e.kind, e.subject_type, e.subject_id])).toEqual([
			['challenge_answered', 'answer', id]
		]);
		const view = await getChallenge(author, { slug: challenge.slug, locale: 'pl' }, t.deps);
		expect(view.answerList[0]).toMatchObject({ id, deleted: false, helpful: false, practice: { slug: practice.slug } });
		expect(view.answerList[0].bodyHtml).toContain('<strong>program</strong>');
		expect(view.answers).toBe(1);

		const draft = await makePractice(t.db, { published: false });
		const refused = await answerChallenge(
			actor,
			{ slug: challenge.slug, values: { body: 'Zobacz', practice_id: String(draft.id) } },
			t.deps
		).catch((e) => e);
		expect(refused.fieldErrors).toMatchObject({ practice_id: { key: 'challenges_error_practice' } });
		expect(await codeOf(answerChallenge(null, { slug: challenge.slug, values: { body: 'x' } }, t.deps))).toBe('unauthenticated');
		expect(await codeOf(answerChallenge(actorOf(await makePerson(t.db)), { slug: challenge.slug, values: { body: 'x' } }, t.deps))).toBe(
			'forbidden:challenges_error_members_only'
		);
		const empty = await answerChallenge(actor, { slug: challenge.slug, values: { body: '  ' } }, t.deps).catch((e) => e);
		expect(empty.fieldErrors).toMatchObject({ body: { key: 'error_required' } });
	});

	it('finds practices to link by title among those the viewer may see', async () => {
		const word = `Rzemiosło${Math.random().toString(36).slice(2, 7)}`;
		const published = await makePractice(t.db, { title: `Lokale dla ${word}` });
		await makePractice(t.db, { title: `Szkic ${word}`, published: false });
		const { actor, person } = await member();
		const challenge = await makeChallenge(t.db, { author_id: person.id });
		const view = await getChallenge(actor, { slug: challenge.slug, locale: 'pl', practiceQuery: word.toLowerCase() }, t.deps);
		expect(view.practiceChoices).toEqual([{ value: String(published.id), label: expect.stringContaining(`Lokale dla ${word}`) }]);
		// Visitors cannot answer, so they get no choices.
		expect((await getChallenge(null, { slug: challenge.slug, locale: 'pl', practiceQuery: word }, t.deps)).practiceChoices).toEqual([]);
	});

	it('lets the author of an answer edit it and delete it (a note keeps its place); nobody else', async () => {
		const challenge = await makeChallenge(t.db);
		const { actor } = await member();
		const { actor: other } = await member();
		const { id } = await answerChallenge(actor, { slug: challenge.slug, values: { body: 'Pierwsza wersja' } }, t.deps);
		expect(await codeOf(editAnswer(other, { slug: challenge.slug, answerId: id, values: { body: 'Cudza' } }, t.deps))).toBe('forbidden');
		expect(await codeOf(deleteAnswer(other, { slug: challenge.slug, answerId: id }, t.deps))).toBe('forbidden');
		await editAnswer(actor, { slug: challenge.slug, answerId: id, values: { body: 'Druga wersja' } }, t.deps);
		let view = await getChallenge(other, { slug: challenge.slug, locale: 'en' }, t.deps);
		expect(view.answerList[0]).toMatchObject({ edited: true, canEdit: false, body: null });
		expect(view.answerList[0].bodyHtml).toContain('Druga wersja');
		expect((await getChallenge(actor, { slug: challenge.slug, locale: 'en' }, t.deps)).answerList[0]).toMatchObject({
			canEdit: true,
			body: 'Druga wersja'
		});
		await deleteAnswer(actor, { slug: challenge.slug, answerId: id }, t.deps);
		view = await getChallenge(other, { slug: challenge.slug, locale: 'en' }, t.deps);
		expect(view.answerList).toHaveLength(1);
		expect(view.answerList[0]).toMatchObject({ deleted: true, bodyHtml: null, practice: null });
		expect(view.answers).toBe(0);
		const row = await t.db.selectFrom('challenge_answers').select('body').where('id', '=', id).executeTakeFirstOrThrow();
		expect(row.body).toBe('');
		expect(await codeOf(editAnswer(actor, { slug: challenge.slug, answerId: id, values: { body: 'Znowu' } }, t.deps))).toBe('not_found');
	});

	it('shows a hidden answer to its author (with the reason) and coordinators, a note to everyone else', async () => {
		const challenge = await makeChallenge(t.db);
		const { actor, person } = await member();
		const { id } = await answerChallenge(actor, { slug: challenge.slug, values: { body: 'Reklama' } }, t.deps);
		await t.db.updateTable('challenge_answers').set({ hidden_at: new Date(), hidden_reason: 'Spam' }).where('id', '=', id).execute();
		const mine = (await getChallenge(actor, { slug: challenge.slug, locale: 'en' }, t.deps)).answerList[0];
		expect(mine).toMatchObject({ hidden: true, hiddenReason: 'Spam', canEdit: false });
		expect(mine.bodyHtml).toContain('Reklama');
		expect((await getChallenge(await coordinator(), { slug: challenge.slug, locale: 'en' }, t.deps)).answerList[0].bodyHtml).toContain(
			'Reklama'
		);
		// the author's profile is members-only (the default): a visitor does not learn the name
		for (const [viewer, author] of [
			[null, null],
			[(await member()).actor, { handle: person.handle }]
		] as const) {
			const seen = (await getChallenge(viewer, { slug: challenge.slug, locale: 'en' }, t.deps)).answerList[0];
			expect(seen).toMatchObject({ hidden: true, bodyHtml: null, hiddenReason: null, author });
		}
	});

	it('lets only the challenge’s author mark answers helpful, and take the mark back', async () => {
		const { actor: author, person } = await member();
		const challenge = await makeChallenge(t.db, { author_id: person.id });
		const { actor } = await member();
		const { id } = await answerChallenge(actor, { slug: challenge.slug, values: { body: 'Pomocna rada' } }, t.deps);
		expect(await codeOf(markHelpful(actor, { slug: challenge.slug, answerId: id, helpful: true }, t.deps))).toBe('forbidden');
		expect(await codeOf(markHelpful(await coordinator(), { slug: challenge.slug, answerId: id, helpful: true }, t.deps))).toBe('forbidden');
		await markHelpful(author, { slug: challenge.slug, answerId: id, helpful: true }, t.deps);
		expect((await getChallenge(null, { slug: challenge.slug, locale: 'en' }, t.deps)).answerList[0].helpful).toBe(true);
		await markHelpful(author, { slug: challenge.slug, answerId: id, helpful: false }, t.deps);
		expect((await getChallenge(null, { slug: challenge.slug, locale: 'en' }, t.deps)).answerList[0].helpful).toBe(false);
		const elsewhere = await makeChallenge(t.db, { author_id: person.id });
		expect(await codeOf(markHelpful(author, { slug: elsewhere.slug, answerId: id, helpful: true }, t.deps))).toBe('not_found');
	});
});

describe('we face this too', () => {
	it('adds the member’s city or an organisation’s city with a note, once; shows it on the map and list; undo', async () => {
		const challenge = await makeChallenge(t.db);
		const { actor, person } = await member();
		const second = await makeOrganisation(t.db, { approved: true });
		await addToOrganisation(t.db, second.id, person.id);
		let view = await getChallenge(actor, { slug: challenge.slug, locale: 'en' }, t.deps);
		expect(view.faceChoices.map((c) => c.value).sort()).toEqual([String(person.city_id), String(second.city_id)].sort());

		await faceToo(
			actor,
			{ slug: challenge.slug, values: { city_id: String(person.city_id), note: 'U nas też 30% pustych lokali.' } },
			t.deps
		);
		expect(await follows(person.id, challenge.id)).toHaveLength(1);
		const [event] = await activities(challenge.id);
		expect(event).toMatchObject({ kind: 'challenge_joined', subject_type: 'city', subject_id: person.city_id });
		expect(await codeOf(faceToo(actor, { slug: challenge.slug, values: { city_id: String(person.city_id) } }, t.deps))).toBe(
			'conflict:challenges_error_already_facing'
		);
		expect(await codeOf(faceToo(actor, { slug: challenge.slug, values: { city_id: String(challenge.city_id) } }, t.deps))).toBe(
			'conflict:challenges_error_own_city'
		);
		const stranger = await makeCity(t.db);
		const refused = await faceToo(actor, { slug: challenge.slug, values: { city_id: String(stranger.id) } }, t.deps).catch((e) => e);
		expect(refused.fieldErrors).toMatchObject({ city_id: { key: 'challenges_error_city' } });
		expect(
			await codeOf(
				faceToo(
					actorOf(await makePerson(t.db, { cityId: stranger.id })),
					{ slug: challenge.slug, values: { city_id: String(stranger.id) } },
					t.deps
				)
			)
		).toBe('forbidden:challenges_error_members_only');

		view = await getChallenge(null, { slug: challenge.slug, locale: 'en' }, t.deps);
		expect(view.facing).toBe(1);
		// the person's profile is members-only (the default): named to members, not to a visitor
		expect(view.facingCities).toEqual([expect.objectContaining({ note: 'U nas też 30% pustych lokali.', by: null, canUndo: false })]);
		const asMember = await getChallenge((await member()).actor, { slug: challenge.slug, locale: 'en' }, t.deps);
		expect(asMember.facingCities).toEqual([expect.objectContaining({ by: { name: person.name, handle: person.handle } })]);
		// Both cities are on the map: the asking one highlighted, the other as facing it too.
		expect(view.map.svg.match(/<circle/g)).toHaveLength(2);
		expect(view.map.svg).toContain(': faces it too');
		expect(view.map.svg).toContain(': asks');

		const { actor: other } = await member();
		const cityId = person.city_id!;
		expect(await codeOf(undoFaceToo(other, { slug: challenge.slug, cityId }, t.deps))).toBe('forbidden');
		const { actor: neighbour } = await member({ cityId });
		expect((await getChallenge(neighbour, { slug: challenge.slug, locale: 'en' }, t.deps)).facingCities[0].canUndo).toBe(true);
		await undoFaceToo(actor, { slug: challenge.slug, cityId }, t.deps);
		expect((await getChallenge(null, { slug: challenge.slug, locale: 'en' }, t.deps)).facing).toBe(0);
		expect(await codeOf(undoFaceToo(actor, { slug: challenge.slug, cityId }, t.deps))).toBe('not_found');
	});
});

describe('following', () => {
	it('follows and stops following a visible challenge', async () => {
		const challenge = await makeChallenge(t.db, { visibility: 'members' });
		const { actor, person } = await member();
		await followChallenge(actor, { slug: challenge.slug, follow: true }, t.deps);
		expect((await getChallenge(actor, { slug: challenge.slug, locale: 'en' }, t.deps)).following).toBe(true);
		await followChallenge(actor, { slug: challenge.slug, follow: false }, t.deps);
		expect(await follows(person.id, challenge.id)).toHaveLength(0);
		expect(await codeOf(followChallenge(actorOf(await makePerson(t.db)), { slug: challenge.slug, follow: true }, t.deps))).toBe(
			'not_found'
		);
	});
});
