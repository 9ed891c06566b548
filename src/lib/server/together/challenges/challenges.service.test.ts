import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, addToOrganisation, makeArea, makeCity, makeMember, makeOrganisation, makePerson } from '../../platform/db/testing/factories';
import { AppError } from '../../platform/core';
import type { MaybeActor } from '../../platform/auth';
import { makePractice } from '../../knowledge/transfers/transfers.testing';
import { createChallenge, getChallenge, getEditChallengeForm, getNewChallengeForm, listChallenges, challengesOf, setChallengeStatus, updateChallenge } from './challenges.service';
import { answerChallenge, deleteAnswer, editAnswer, faceToo, followChallenge, markHelpful, undoFaceToo } from './challenge-answers.service';
import { makeChallenge } from './challenges.testing';
import { createConsultation, getNewConsultationForm } from '../../acting/consultations';

const t = useTestDatabase();

const codeOf = (promise: Promise<unknown>) =>
	promise.then(
		() => 'ok',
		(e: unknown) => (e instanceof AppError ? `${e.code}${e.messageKey.startsWith('challenges_') ? `:${e.messageKey}` : ''}` : `unexpected: ${String(e)}`)
	);

async function member(overrides: { cityId?: number } = {}) {
	const { person, organisation } = await makeMember(t.db, overrides);
	return { person, organisation, actor: actorOf(person, true) };
}

const coordinator = async () => actorOf(await makePerson(t.db, { role: 'coordinator' }), true);

const form = (cityId: number, overrides: Record<string, unknown> = {}) => ({
	title: 'Puste lokale w śródmieściu',
	description: 'Co trzeci lokal przy rynku stoi **pusty**.',
	tried: 'Obniżyliśmy czynsze.',
	city_id: String(cityId),
	help_wanted: ['experience', 'data'],
	visibility: 'public',
	...overrides
});

const activities = (contextId: number) =>
	t.db.selectFrom('activity_events').selectAll().where('context_type', '=', 'challenge').where('context_id', '=', contextId).orderBy('created_at').execute();

const follows = (personId: number, challengeId: number) =>
	t.db.selectFrom('follows').select('person_id').where('person_id', '=', personId).where('target_type', '=', 'challenge').where('target_id', '=', challengeId).execute();

const slugsOf = async (actor: MaybeActor, query = '') => (await listChallenges(actor, { query: new URLSearchParams(query), locale: 'en' }, t.deps)).items.map((c) => c.slug);

describe('posting a challenge', () => {
	it('stores a member’s challenge for their city, with areas and help wanted; they follow it; its city and areas hear of it', async () => {
		const { actor, person } = await member();
		const area = await makeArea(t.db);
		const view = await getNewChallengeForm(actor, { locale: 'en' }, t.deps);
		expect(view.values.city_id).toBe(String(person.city_id));
		const created = await createChallenge(actor, { values: form(person.city_id!, { areas: [String(area.id)] }) }, t.deps);
		expect(created.slug).toMatch(/^puste-lokale/);
		const row = await t.db.selectFrom('challenges').selectAll().where('id', '=', created.id).executeTakeFirstOrThrow();
		expect(row).toMatchObject({ author_id: person.id, city_id: person.city_id, status: 'open', visibility: 'public', help_wanted: ['experience', 'data'], tried: 'Obniżyliśmy czynsze.' });
		expect(await follows(person.id, created.id)).toHaveLength(1);
		const [event] = await activities(created.id);
		expect(event).toMatchObject({ kind: 'challenge_posted', actor_id: person.id, subject_type: 'challenge', subject_id: created.id });
		expect((event.payload as { related: unknown[] }).related).toEqual([
			{ type: 'city', id: person.city_id },
			{ type: 'area', id: area.id }
		]);
		expect(await t.db.selectFrom('search_documents').select('key').where('type', '=', 'challenge').where('source_id', '=', created.id).executeTakeFirst()).toEqual({
			key: created.slug
		});
	});

	it('lets a member post for an organisation’s city, not for any other; coordinators for any city', async () => {
		const { actor, person } = await member();
		const elsewhere = await makeOrganisation(t.db, { approved: true });
		await addToOrganisation(t.db, elsewhere.id, person.id);
		expect(await codeOf(createChallenge(actor, { values: form(elsewhere.city_id, { organisation_id: String(elsewhere.id) }) }, t.deps))).toBe('ok');
		const stranger = await makeCity(t.db);
		const refused = await createChallenge(actor, { values: form(stranger.id) }, t.deps).catch((e) => e);
		expect(refused.fieldErrors).toMatchObject({ city_id: { key: 'challenges_error_city' } });
		const foreignOrg = await makeOrganisation(t.db, { approved: true, cityId: person.city_id! });
		const wrongOrg = await createChallenge(actor, { values: form(person.city_id!, { organisation_id: String(foreignOrg.id) }) }, t.deps).catch((e) => e);
		expect(wrongOrg.fieldErrors).toMatchObject({ organisation_id: { key: 'error_invalid_choice' } });
		expect(await codeOf(createChallenge(await coordinator(), { values: form(stranger.id) }, t.deps))).toBe('ok');
	});

	it('refuses visitors and non-members, and names bad fields', async () => {
		const city = await makeCity(t.db);
		expect(await codeOf(createChallenge(null, { values: form(city.id) }, t.deps))).toBe('unauthenticated');
		expect(await codeOf(createChallenge(actorOf(await makePerson(t.db, { cityId: city.id })), { values: form(city.id) }, t.deps))).toBe(
			'forbidden:challenges_error_members_only'
		);
		expect(await codeOf(getNewChallengeForm(actorOf(await makePerson(t.db)), { locale: 'en' }, t.deps))).toBe('forbidden:challenges_error_members_only');
		const { actor, person } = await member();
		const error = await createChallenge(actor, { values: form(person.city_id!, { title: ' ', help_wanted: ['money'], visibility: 'secret', areas: ['999999'] }) }, t.deps).catch(
			(e) => e
		);
		expect(error.fieldErrors).toMatchObject({ title: { key: 'error_required' }, help_wanted: { key: 'error_invalid_choice' }, visibility: { key: 'error_invalid_choice' } });
		const area = await createChallenge(actor, { values: form(person.city_id!, { areas: ['999999'] }) }, t.deps).catch((e) => e);
		expect(area.fieldErrors).toMatchObject({ areas: { key: 'error_invalid_choice' } });
	});

	it('lets the author and coordinators edit, nobody else', async () => {
		const { actor, person } = await member();
		const { slug } = await createChallenge(actor, { values: form(person.city_id!) }, t.deps);
		const other = await member();
		expect(await codeOf(getEditChallengeForm(other.actor, { slug, locale: 'en' }, t.deps))).toBe('forbidden');
		expect(await codeOf(updateChallenge(other.actor, { slug, values: form(person.city_id!) }, t.deps))).toBe('forbidden');
		await updateChallenge(actor, { slug, values: form(person.city_id!, { title: 'Puste lokale i kamienice', visibility: 'members' }) }, t.deps);
		const edit = await getEditChallengeForm(await coordinator(), { slug, locale: 'en' }, t.deps);
		expect(edit.values).toMatchObject({ title: 'Puste lokale i kamienice', visibility: 'members', city_id: String(person.city_id) });
		const coord = await coordinator();
		await updateChallenge(coord, { slug, values: form(person.city_id!, { title: 'Poprawione przez koordynatorkę' }) }, t.deps);
		const audit = await t.db.selectFrom('audit_log').select('action').where('actor_id', '=', coord.id).execute();
		expect(audit.map((a) => a.action)).toContain('challenge.edit');
	});
});

describe('who sees a challenge', () => {
	it('shows public ones to everyone, members-only ones to members, hidden ones to their author and coordinators only', async () => {
		const { actor: author, person } = await member();
		const open = await makeChallenge(t.db, { author_id: person.id, city_id: person.city_id! });
		const membersOnly = await makeChallenge(t.db, { author_id: person.id, visibility: 'members' });
		const hidden = await makeChallenge(t.db, { author_id: person.id, hidden_at: new Date(), hidden_reason: 'Dane osobowe' });
		const nonMember = actorOf(await makePerson(t.db));
		const { actor: other } = await member();
		const coord = await coordinator();

		for (const viewer of [null, nonMember, other, author]) expect(await codeOf(getChallenge(viewer, { slug: open.slug, locale: 'en' }, t.deps))).toBe('ok');
		for (const viewer of [null, nonMember]) expect(await codeOf(getChallenge(viewer, { slug: membersOnly.slug, locale: 'en' }, t.deps))).toBe('not_found');
		expect(await codeOf(getChallenge(other, { slug: membersOnly.slug, locale: 'en' }, t.deps))).toBe('ok');
		for (const viewer of [null, nonMember, other]) expect(await codeOf(getChallenge(viewer, { slug: hidden.slug, locale: 'en' }, t.deps))).toBe('not_found');
		expect((await getChallenge(author, { slug: hidden.slug, locale: 'en' }, t.deps)).hiddenReason).toBe('Dane osobowe');
		expect((await getChallenge(coord, { slug: hidden.slug, locale: 'en' }, t.deps)).hidden).toBe(true);

		const visitorList = await slugsOf(null);
		expect(visitorList).toContain(open.slug);
		expect(visitorList).not.toContain(membersOnly.slug);
		expect(visitorList).not.toContain(hidden.slug);
		expect(await slugsOf(other)).toContain(membersOnly.slug);
		expect(await slugsOf(other)).not.toContain(hidden.slug);
		expect(await slugsOf(author)).toContain(hidden.slug);
		expect(await slugsOf(coord)).toContain(hidden.slug);
		// Nobody can answer or join a hidden challenge, not even its author.
		expect(await codeOf(answerChallenge(author, { slug: hidden.slug, values: { body: 'x' } }, t.deps))).toBe('forbidden:challenges_error_members_only');
	});

	it('filters by area, city (its own or facing it too), country, status and help wanted', async () => {
		const area = await makeArea(t.db);
		const city = await makeCity(t.db, { country_code: 'BE' });
		const other = await makeCity(t.db, { country_code: 'BE' });
		const a = await makeChallenge(t.db, { city_id: city.id, areaIds: [area.id], help_wanted: ['data'] });
		const b = await makeChallenge(t.db, { city_id: other.id, status: 'solved', solved_at: new Date(), help_wanted: ['partner'] });
		await t.db.insertInto('challenge_cities').values({ challenge_id: b.id, city_id: city.id }).execute();
		expect(await slugsOf(null, `area=${area.key}`)).toEqual([a.slug]);
		expect((await slugsOf(null, `city=${city.slug}`)).sort()).toEqual([a.slug, b.slug].sort());
		expect(await slugsOf(null, `city=${city.slug}&status=open`)).toEqual([a.slug]);
		expect(await slugsOf(null, `city=${city.slug}&status=solved`)).toEqual([b.slug]);
		expect(await slugsOf(null, `city=${city.slug}&help=partner`)).toEqual([b.slug]);
		expect(await slugsOf(null, 'country=be')).toEqual(expect.arrayContaining([a.slug, b.slug]));
		expect(await slugsOf(null, 'country=CZ')).not.toContain(a.slug);
		// Open challenges for the city's and the area's pages.
		const forCity = await challengesOf(null, { cityId: city.id, locale: 'en', limit: 5 }, t.deps);
		expect(forCity.items.map((c) => c.slug)).toEqual([a.slug, b.slug]);
		expect((await challengesOf(null, { cityId: city.id, openOnly: true, locale: 'en', limit: 5 }, t.deps)).items.map((c) => c.slug)).toEqual([a.slug]);
		await setChallengeStatus(await coordinator(), { slug: b.slug, values: { status: 'open' } }, t.deps);
		expect((await challengesOf(null, { cityId: city.id, openOnly: true, locale: 'en', limit: 5 }, t.deps)).total).toBe(2);
		expect((await challengesOf(null, { areaId: area.id, openOnly: true, locale: 'en', limit: 5 }, t.deps)).items.map((c) => c.slug)).toEqual([a.slug]);
	});
});

describe('answers', () => {
	it('lets members answer with a linked practice they may see; they follow; followers hear; drafts cannot be linked', async () => {
		const { actor: author, person: asker } = await member();
		const challenge = await makeChallenge(t.db, { author_id: asker.id });
		const { actor, person } = await member();
		const practice = await makePractice(t.db, { title: `Lokale dla rzemieślników ${Date.now()}` });
		const { id } = await answerChallenge(actor, { slug: challenge.slug, values: { body: 'U nas pomógł **program**.', practice_id: String(practice.id) }, locale: 'pl' }, t.deps);
		expect(await follows(person.id, challenge.id)).toHaveLength(1);
		expect((await activities(challenge.id)).map((e) => [e.kind, e.subject_type, e.subject_id])).toEqual([['challenge_answered', 'answer', id]]);
		const view = await getChallenge(author, { slug: challenge.slug, locale: 'pl' }, t.deps);
		expect(view.answerList[0]).toMatchObject({ id, deleted: false, helpful: false, practice: { slug: practice.slug } });
		expect(view.answerList[0].bodyHtml).toContain('<strong>program</strong>');
		expect(view.answers).toBe(1);

		const draft = await makePractice(t.db, { published: false });
		const refused = await answerChallenge(actor, { slug: challenge.slug, values: { body: 'Zobacz', practice_id: String(draft.id) } }, t.deps).catch((e) => e);
		expect(refused.fieldErrors).toMatchObject({ practice_id: { key: 'challenges_error_practice' } });
		expect(await codeOf(answerChallenge(null, { slug: challenge.slug, values: { body: 'x' } }, t.deps))).toBe('unauthenticated');
		expect(await codeOf(answerChallenge(actorOf(await makePerson(t.db)), { slug: challenge.slug, values: { body: 'x' } }, t.deps))).toBe('forbidden:challenges_error_members_only');
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
		expect((await getChallenge(actor, { slug: challenge.slug, locale: 'en' }, t.deps)).answerList[0]).toMatchObject({ canEdit: true, body: 'Druga wersja' });
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
		expect((await getChallenge(await coordinator(), { slug: challenge.slug, locale: 'en' }, t.deps)).answerList[0].bodyHtml).toContain('Reklama');
		// the author's profile is members-only (the default): a visitor does not learn the name
		for (const [viewer, author] of [[null, null], [(await member()).actor, { handle: person.handle }]] as const) {
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

describe('solved or open', () => {
	it('lets the author or a coordinator mark it solved (followers hear) and open again', async () => {
		const { actor: author, person } = await member();
		const challenge = await makeChallenge(t.db, { author_id: person.id });
		expect(await codeOf(setChallengeStatus((await member()).actor, { slug: challenge.slug, values: { status: 'solved' } }, t.deps))).toBe('forbidden');
		expect(await codeOf(setChallengeStatus(null, { slug: challenge.slug, values: { status: 'solved' } }, t.deps))).toBe('unauthenticated');
		await setChallengeStatus(author, { slug: challenge.slug, values: { status: 'solved' } }, t.deps);
		let view = await getChallenge(null, { slug: challenge.slug, locale: 'en' }, t.deps);
		expect(view.status).toBe('solved');
		expect(view.solvedDate).toBeTruthy();
		// Twice is once: one event.
		await setChallengeStatus(author, { slug: challenge.slug, values: { status: 'solved' } }, t.deps);
		expect((await activities(challenge.id)).map((e) => e.kind)).toEqual(['challenge_solved']);
		await setChallengeStatus(await coordinator(), { slug: challenge.slug, values: { status: 'open' } }, t.deps);
		view = await getChallenge(null, { slug: challenge.slug, locale: 'en' }, t.deps);
		expect(view).toMatchObject({ status: 'open', solvedAt: null });
		expect((await activities(challenge.id)).map((e) => e.kind)).toEqual(['challenge_solved']);
		const bad = await setChallengeStatus(author, { slug: challenge.slug, values: { status: 'closed' } }, t.deps).catch((e) => e);
		expect(bad.fieldErrors).toMatchObject({ status: { key: 'error_invalid_choice' } });
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

		await faceToo(actor, { slug: challenge.slug, values: { city_id: String(person.city_id), note: 'U nas też 30% pustych lokali.' } }, t.deps);
		expect(await follows(person.id, challenge.id)).toHaveLength(1);
		const [event] = await activities(challenge.id);
		expect(event).toMatchObject({ kind: 'challenge_joined', subject_type: 'city', subject_id: person.city_id });
		expect(await codeOf(faceToo(actor, { slug: challenge.slug, values: { city_id: String(person.city_id) } }, t.deps))).toBe('conflict:challenges_error_already_facing');
		expect(await codeOf(faceToo(actor, { slug: challenge.slug, values: { city_id: String(challenge.city_id) } }, t.deps))).toBe('conflict:challenges_error_own_city');
		const stranger = await makeCity(t.db);
		const refused = await faceToo(actor, { slug: challenge.slug, values: { city_id: String(stranger.id) } }, t.deps).catch((e) => e);
		expect(refused.fieldErrors).toMatchObject({ city_id: { key: 'challenges_error_city' } });
		expect(await codeOf(faceToo(actorOf(await makePerson(t.db, { cityId: stranger.id })), { slug: challenge.slug, values: { city_id: String(stranger.id) } }, t.deps))).toBe(
			'forbidden:challenges_error_members_only'
		);

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
		expect(await codeOf(followChallenge(actorOf(await makePerson(t.db)), { slug: challenge.slug, follow: true }, t.deps))).toBe('not_found');
	});
});

describe('consultations on a challenge', () => {
	it('shows the consultations linked to it, with their outcome, to members', async () => {
		const { actor, person } = await member();
		const challenge = await makeChallenge(t.db, { author_id: person.id });
		await sql`insert into consultations (slug, asker_id, title, problem, challenge_id, status, outcome)
			values (${`c-${challenge.id}`}, ${person.id}, 'Jak ożywić rynek', 'Problem', ${challenge.id}, 'done', 'Spróbować **pop-upów**.')`.execute(t.db);
		const view = await getChallenge(actor, { slug: challenge.slug, locale: 'en' }, t.deps);
		expect(view.consultations).toEqual([expect.objectContaining({ title: 'Jak ożywić rynek', outcomeHtml: expect.stringContaining('<strong>pop-upów</strong>') })]);
		expect((await getChallenge(null, { slug: challenge.slug, locale: 'en' }, t.deps)).consultations).toEqual([]);
	});

	it('lets the asker link one of their own open challenges to a new consultation, nobody else’s', async () => {
		const { actor, person } = await member();
		const area = await makeArea(t.db);
		const mine = await makeChallenge(t.db, { author_id: person.id, title: 'Moje wyzwanie' });
		await makeChallenge(t.db, { author_id: person.id, status: 'solved' });
		const theirs = await makeChallenge(t.db);
		const view = await getNewConsultationForm(actor, { locale: 'pl' }, t.deps);
		expect(view.challenges).toEqual([{ id: mine.id, title: 'Moje wyzwanie' }]);
		const values = { title: 'Konsultacja', problem: 'Opis', areas: [String(area.id)] };
		const refused = await createConsultation(actor, { values: { ...values, challenge_id: String(theirs.id) } }, t.deps).catch((e) => e);
		expect(refused.fieldErrors).toMatchObject({ challenge_id: { key: 'error_invalid_choice' } });
		const { slug } = await createConsultation(actor, { values: { ...values, challenge_id: String(mine.id) } }, t.deps);
		const row = await t.db.selectFrom('consultations').select('challenge_id').where('slug', '=', slug).executeTakeFirstOrThrow();
		expect(row.challenge_id).toBe(mine.id);
		expect((await getChallenge(actor, { slug: mine.slug, locale: 'pl' }, t.deps)).consultations.map((c) => c.slug)).toEqual([slug]);
	});
});
