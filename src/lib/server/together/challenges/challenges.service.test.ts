/** Posting, editing, seeing and listing challenges, marking them solved, and the consultations linked to them. */
import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, addToOrganisation, makeArea, makeCity, makeOrganisation, makePerson } from '../../platform/db/testing/factories';
import type { MaybeActor } from '../../platform/auth';
import { createChallenge, getEditChallengeForm, getNewChallengeForm, setChallengeStatus, updateChallenge } from './challenges.service';
import { challengesOf, getChallenge, listChallenges } from './challenges-read.service';
import { answerChallenge } from './challenge-answers.service';
import { challengeWorlds, codeOf, makeChallenge } from './challenges.testing';
import { createConsultation, getNewConsultationForm } from '../../acting/consultations';

const t = useTestDatabase();
const { member, coordinator, activities, follows } = challengeWorlds(t);

const form = (cityId: number, overrides: Record<string, unknown> = {}) => ({
	title: 'Puste lokale w śródmieściu',
	description: 'Co trzeci lokal przy rynku stoi **pusty**.',
	tried: 'Obniżyliśmy czynsze.',
	city_id: String(cityId),
	help_wanted: ['experience', 'data'],
	visibility: 'public',
	...overrides
});

const slugsOf = async (actor: MaybeActor, query = '') =>
	(await listChallenges(actor, { query: new URLSearchParams(query), locale: 'en' }, t.deps)).items.map((c) => c.slug);

describe('posting a challenge', () => {
	it('stores a member’s challenge for their city, with areas and help wanted; they follow it; its city and areas hear of it', async () => {
		const { actor, person } = await member();
		const area = await makeArea(t.db);
		const view = await getNewChallengeForm(actor, { locale: 'en' }, t.deps);
		expect(view.values.city_id).toBe(String(person.city_id));
		const created = await createChallenge(actor, { values: form(person.city_id!, { areas: [String(area.id)] }) }, t.deps);
		expect(created.slug).toMatch(/^puste-lokale/);
		const row = await t.db.selectFrom('challenges').selectAll().where('id', '=', created.id).executeTakeFirstOrThrow();
		expect(row).toMatchObject({
			author_id: person.id,
			city_id: person.city_id,
			status: 'open',
			visibility: 'public',
			help_wanted: ['experience', 'data'],
			tried: 'Obniżyliśmy czynsze.'
		});
		expect(await follows(person.id, created.id)).toHaveLength(1);
		const [event] = await activities(created.id);
		expect(event).toMatchObject({ kind: 'challenge_posted', actor_id: person.id, subject_type: 'challenge', subject_id: created.id });
		expect((event.payload as { related: unknown[] }).related).toEqual([
			{ type: 'city', id: person.city_id },
			{ type: 'area', id: area.id }
		]);
		expect(
			await t.db
				.selectFrom('search_documents')
				.select('key')
				.where('type', '=', 'challenge')
				.where('source_id', '=', created.id)
				.executeTakeFirst()
		).toEqual({
			key: created.slug
		});
	});

	it('lets a member post for an organisation’s city, not for any other; coordinators for any city', async () => {
		const { actor, person } = await member();
		const elsewhere = await makeOrganisation(t.db, { approved: true });
		await addToOrganisation(t.db, elsewhere.id, person.id);
		expect(
			await codeOf(createChallenge(actor, { values: form(elsewhere.city_id, { organisation_id: String(elsewhere.id) }) }, t.deps))
		).toBe('ok');
		const stranger = await makeCity(t.db);
		const refused = await createChallenge(actor, { values: form(stranger.id) }, t.deps).catch((e) => e);
		expect(refused.fieldErrors).toMatchObject({ city_id: { key: 'challenges_error_city' } });
		const foreignOrg = await makeOrganisation(t.db, { approved: true, cityId: person.city_id! });
		const wrongOrg = await createChallenge(
			actor,
			{ values: form(person.city_id!, { organisation_id: String(foreignOrg.id) }) },
			t.deps
		).catch((e) => e);
		expect(wrongOrg.fieldErrors).toMatchObject({ organisation_id: { key: 'error_invalid_choice' } });
		expect(await codeOf(createChallenge(await coordinator(), { values: form(stranger.id) }, t.deps))).toBe('ok');
	});

	it('refuses visitors and non-members, and names bad fields', async () => {
		const city = await makeCity(t.db);
		expect(await codeOf(createChallenge(null, { values: form(city.id) }, t.deps))).toBe('unauthenticated');
		expect(await codeOf(createChallenge(actorOf(await makePerson(t.db, { cityId: city.id })), { values: form(city.id) }, t.deps))).toBe(
			'forbidden:challenges_error_members_only'
		);
		expect(await codeOf(getNewChallengeForm(actorOf(await makePerson(t.db)), { locale: 'en' }, t.deps))).toBe(
			'forbidden:challenges_error_members_only'
		);
		const { actor, person } = await member();
		const error = await createChallenge(
			actor,
			{ values: form(person.city_id!, { title: ' ', help_wanted: ['money'], visibility: 'secret', areas: ['999999'] }) },
			t.deps
		).catch((e) => e);
		expect(error.fieldErrors).toMatchObject({
			title: { key: 'error_required' },
			help_wanted: { key: 'error_invalid_choice' },
			visibility: { key: 'error_invalid_choice' }
		});
		const area = await createChallenge(actor, { values: form(person.city_id!, { areas: ['999999'] }) }, t.deps).catch((e) => e);
		expect(area.fieldErrors).toMatchObject({ areas: { key: 'error_invalid_choice' } });
	});

	it('lets the author and coordinators edit, nobody else', async () => {
		const { actor, person } = await member();
		const { slug } = await createChallenge(actor, { values: form(person.city_id!) }, t.deps);
		const other = await member();
		expect(await codeOf(getEditChallengeForm(other.actor, { slug, locale: 'en' }, t.deps))).toBe('forbidden');
		expect(await codeOf(updateChallenge(other.actor, { slug, values: form(person.city_id!) }, t.deps))).toBe('forbidden');
		await updateChallenge(
			actor,
			{ slug, values: form(person.city_id!, { title: 'Puste lokale i kamienice', visibility: 'members' }) },
			t.deps
		);
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

		for (const viewer of [null, nonMember, other, author])
			expect(await codeOf(getChallenge(viewer, { slug: open.slug, locale: 'en' }, t.deps))).toBe('ok');
		for (const viewer of [null, nonMember])
			expect(await codeOf(getChallenge(viewer, { slug: membersOnly.slug, locale: 'en' }, t.deps))).toBe('not_found');
		expect(await codeOf(getChallenge(other, { slug: membersOnly.slug, locale: 'en' }, t.deps))).toBe('ok');
		for (const viewer of [null, nonMember, other])
			expect(await codeOf(getChallenge(viewer, { slug: hidden.slug, locale: 'en' }, t.deps))).toBe('not_found');
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
		expect(await codeOf(answerChallenge(author, { slug: hidden.slug, values: { body: 'x' } }, t.deps))).toBe(
			'forbidden:challenges_error_members_only'
		);
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
		expect(
			(await challengesOf(null, { cityId: city.id, openOnly: true, locale: 'en', limit: 5 }, t.deps)).items.map((c) => c.slug)
		).toEqual([a.slug]);
		await setChallengeStatus(await coordinator(), { slug: b.slug, values: { status: 'open' } }, t.deps);
		expect((await challengesOf(null, { cityId: city.id, openOnly: true, locale: 'en', limit: 5 }, t.deps)).total).toBe(2);
		expect(
			(await challengesOf(null, { areaId: area.id, openOnly: true, locale: 'en', limit: 5 }, t.deps)).items.map((c) => c.slug)
		).toEqual([a.slug]);
	});
});

describe('solved or open', () => {
	it('lets the author or a coordinator mark it solved (followers hear) and open again', async () => {
		const { actor: author, person } = await member();
		const challenge = await makeChallenge(t.db, { author_id: person.id });
		expect(await codeOf(setChallengeStatus((await member()).actor, { slug: challenge.slug, values: { status: 'solved' } }, t.deps))).toBe(
			'forbidden'
		);
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

describe('consultations on a challenge', () => {
	it('shows the consultations linked to it, with their outcome, to members', async () => {
		const { actor, person } = await member();
		const challenge = await makeChallenge(t.db, { author_id: person.id });
		await sql`insert into consultations (slug, asker_id, title, problem, challenge_id, status, outcome)
			values (${`c-${challenge.id}`}, ${person.id}, 'Jak ożywić rynek', 'Problem', ${challenge.id}, 'done', 'Spróbować **pop-upów**.')`.execute(
			t.db
		);
		const view = await getChallenge(actor, { slug: challenge.slug, locale: 'en' }, t.deps);
		expect(view.consultations).toEqual([
			expect.objectContaining({ title: 'Jak ożywić rynek', outcomeHtml: expect.stringContaining('<strong>pop-upów</strong>') })
		]);
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
