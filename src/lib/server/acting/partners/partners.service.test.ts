import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, addToOrganisation, makeArea, makeMember, makeOrganisation, makePerson } from '../../platform/db/testing/factories';
import { AppError } from '../../platform/core';
import { findMailTo } from '../../platform/mail/outbox.testing';
import { makeCall } from '../calls/calls.testing';
import {
	completePartnerSearch,
	createPartnerSearch,
	decideOnInterest,
	expressInterest,
	getNewSearchForm,
	getPartnerSearch,
	listPartnerSearches,
	listSearchesOfCall
} from './partners.service';

const t = useTestDatabase();
const DAY = 86_400_000;

const codeOf = (promise: Promise<unknown>) =>
	promise.then(
		() => 'ok',
		(e: unknown) =>
			e instanceof AppError ? `${e.code}${e.messageKey.startsWith('partners_') ? `:${e.messageKey}` : ''}` : `unexpected: ${String(e)}`
	);

async function member(locale = 'en') {
	const { person, organisation } = await makeMember(t.db, { locale });
	return { person, organisation, actor: actorOf(person, true) };
}

const post = (organisationId: number, overrides: Record<string, unknown> = {}) => ({
	organisation_id: String(organisationId),
	title: 'Zielone hałdy',
	idea: 'Turn *spoil heaps* into parks.',
	roles_sought: 'A research partner',
	organisation_types: ['research', 'ngo'],
	countries: ['de', 'CZ'],
	...overrides
});

/** A search by one member's organisation on a checked call with an area, and an interested other organisation. */
async function world() {
	const poster = await member('pl');
	const area = await makeArea(t.db);
	const call = await makeCall(t.db);
	await t.db.insertInto('funding_call_areas').values({ call_id: call.id, area_id: area.id }).execute();
	const { slug } = await createPartnerSearch(poster.actor, { values: post(poster.organisation.id, { call: call.slug }) }, t.deps);
	const partner = await member('en');
	return { poster, partner, call, area, slug };
}

describe('createPartnerSearch', () => {
	it('posts for one of the actor’s organisations, on a call or without one', async () => {
		const { poster, call, slug } = await world();
		const row = await t.db.selectFrom('partner_searches').selectAll().where('slug', '=', slug).executeTakeFirstOrThrow();
		expect(row).toMatchObject({
			call_id: call.id,
			organisation_id: poster.organisation.id,
			person_id: poster.person.id,
			status: 'open',
			organisation_types: ['research', 'ngo'],
			countries: ['DE', 'CZ']
		});
		expect(slug).toMatch(/^zielone-haldy/);
		expect(await codeOf(createPartnerSearch(poster.actor, { values: post(poster.organisation.id) }, t.deps))).toBe('ok');
		const listed = await listSearchesOfCall(poster.actor, { callId: call.id, locale: 'en' }, t.deps);
		expect(listed?.map((s) => s.slug)).toEqual([slug]);
		expect(await listSearchesOfCall(null, { callId: call.id, locale: 'en' }, t.deps)).toBeNull();
	});

	it('refuses visitors, non-members, someone else’s organisation, a closed or unchecked call', async () => {
		const { actor, organisation, person } = await member();
		const other = await makeOrganisation(t.db, { approved: true });
		expect(await codeOf(createPartnerSearch(null, { values: post(organisation.id) }, t.deps))).toBe('unauthenticated');
		expect(await codeOf(createPartnerSearch(actorOf(await makePerson(t.db)), { values: post(organisation.id) }, t.deps))).toBe(
			'forbidden:partners_error_members_only'
		);
		const error = await createPartnerSearch(actor, { values: post(other.id) }, t.deps).catch((e) => e);
		expect(error.fieldErrors).toMatchObject({ organisation_id: { key: 'partners_error_not_your_organisation' } });
		const closed = await makeCall(t.db, { deadline: new Date(Date.now() - DAY) });
		expect(await codeOf(createPartnerSearch(actor, { values: post(organisation.id, { call: closed.slug }) }, t.deps))).toBe(
			'validation_failed:partners_error_call_closed'
		);
		const pending = await makeCall(t.db, { status: 'pending', created_by: person.id });
		expect(await codeOf(createPartnerSearch(actor, { values: post(organisation.id, { call: pending.slug }) }, t.deps))).toBe(
			'validation_failed'
		);
		const bad = await createPartnerSearch(
			actor,
			{ values: post(organisation.id, { title: '', organisation_types: ['pirates'] }) },
			t.deps
		).catch((e) => e);
		expect(bad.fieldErrors).toMatchObject({ title: { key: 'error_required' }, organisation_types: { key: 'error_invalid_choice' } });
		expect((await getNewSearchForm(actorOf(await makePerson(t.db, { member: true }), true), { locale: 'en' }, t.deps)).blocked).toBe(
			'no_organisation'
		);
	});
});

describe('expressInterest', () => {
	it('lets a member of another organisation answer once; the poster is told by mail', async () => {
		const { poster, partner, slug } = await world();
		await expressInterest(
			partner.actor,
			{ slug, values: { organisation_id: partner.organisation.id, message: 'We evaluate such parks.' } },
			t.deps
		);
		const [mail] = await findMailTo(t.db, poster.person.email);
		expect(mail.subject).not.toContain(partner.organisation.name);
		expect(mail.text_body).toContain(partner.organisation.name);
		expect(mail.text_body).toContain('We evaluate such parks.');
		expect(mail.text_body).toContain(`/pl/partners/${slug}`);
		expect(
			await codeOf(expressInterest(partner.actor, { slug, values: { organisation_id: partner.organisation.id, message: 'Again' } }, t.deps))
		).toBe('conflict:partners_error_already_interested');

		// the partner sees only their own answer; the poster sees it too, and may decide
		const seen = await getPartnerSearch(partner.actor, { slug, locale: 'en' }, t.deps);
		expect(seen).toMatchObject({ canManage: false, canComplete: false, interestOrganisations: [] });
		expect(seen.interests).toHaveLength(1);
		const bystander = await member();
		expect((await getPartnerSearch(bystander.actor, { slug, locale: 'en' }, t.deps)).interests).toEqual([]);
		expect((await getPartnerSearch(poster.actor, { slug, locale: 'en' }, t.deps)).canManage).toBe(true);
	});

	it('refuses an organisation the person is not in, the poster’s own, and visitors', async () => {
		const { poster, partner, slug } = await world();
		const other = await makeOrganisation(t.db, { approved: true });
		const notMine = await expressInterest(partner.actor, { slug, values: { organisation_id: other.id, message: 'Hi' } }, t.deps).catch(
			(e) => e
		);
		expect(notMine.fieldErrors).toMatchObject({ organisation_id: { key: 'partners_error_not_your_organisation' } });
		// a colleague of the poster cannot answer for the poster's organisation
		const colleague = await makePerson(t.db);
		await addToOrganisation(t.db, poster.organisation.id, colleague.id);
		const own = await expressInterest(
			actorOf(colleague, true),
			{ slug, values: { organisation_id: poster.organisation.id, message: 'Hi' } },
			t.deps
		).catch((e) => e);
		expect(own.fieldErrors).toMatchObject({ organisation_id: { key: 'partners_error_own_search' } });
		expect(await codeOf(expressInterest(null, { slug, values: { organisation_id: partner.organisation.id, message: 'Hi' } }, t.deps))).toBe(
			'unauthenticated'
		);
		expect(await codeOf(getPartnerSearch(null, { slug, locale: 'en' }, t.deps))).toBe('unauthenticated');
		expect(await codeOf(listPartnerSearches(actorOf(await makePerson(t.db)), { locale: 'en' }, t.deps))).toBe(
			'forbidden:partners_error_members_only'
		);
	});
});

describe('decideOnInterest and completePartnerSearch', () => {
	it('turns the search into a project: lead, accepted partners with roles, the call and its areas; partners told', async () => {
		const { poster, partner, call, area, slug } = await world();
		const second = await member('pl');
		const declined = await member('en');
		for (const who of [partner, second, declined])
			await expressInterest(who.actor, { slug, values: { organisation_id: who.organisation.id, message: 'Count us in.' } }, t.deps);
		const interests = (await getPartnerSearch(poster.actor, { slug, locale: 'en' }, t.deps)).interests;
		const idOf = (orgId: number) => String(interests.find((i) => i.organisation.id === orgId)!.id);

		// only the poster's organisation decides
		expect(
			await codeOf(
				decideOnInterest(partner.actor, { slug, values: { interest_id: idOf(second.organisation.id), decision: 'accept' } }, t.deps)
			)
		).toBe('forbidden');
		expect(await codeOf(completePartnerSearch(poster.actor, { slug }, t.deps))).toBe('conflict:partners_error_no_partner');

		await decideOnInterest(
			poster.actor,
			{ slug, values: { interest_id: idOf(partner.organisation.id), decision: 'accept', role: 'partner' } },
			t.deps
		);
		await decideOnInterest(
			poster.actor,
			{ slug, values: { interest_id: idOf(second.organisation.id), decision: 'accept', role: 'associated' } },
			t.deps
		);
		await decideOnInterest(poster.actor, { slug, values: { interest_id: idOf(declined.organisation.id), decision: 'decline' } }, t.deps);
		expect(
			await codeOf(
				decideOnInterest(poster.actor, { slug, values: { interest_id: idOf(declined.organisation.id), decision: 'accept' } }, t.deps)
			)
		).toBe('conflict:partners_error_already_decided');
		expect((await findMailTo(t.db, declined.person.email))[0].subject).toMatch(/An answer about/);
		expect((await findMailTo(t.db, second.person.email))[0].text_body).toContain('Partner stowarzyszony');
		expect(await codeOf(completePartnerSearch(partner.actor, { slug }, t.deps))).toBe('forbidden');

		const { projectSlug } = await completePartnerSearch(poster.actor, { slug }, t.deps);
		const project = await t.db.selectFrom('projects').selectAll().where('slug', '=', projectSlug).executeTakeFirstOrThrow();
		expect(project).toMatchObject({
			title: 'Zielone hałdy',
			summary: 'Turn *spoil heaps* into parks.',
			status: 'forming',
			call_id: call.id,
			created_by: poster.person.id
		});
		const partners = await t.db
			.selectFrom('project_partners')
			.select(['organisation_id', 'role'])
			.where('project_id', '=', project.id)
			.orderBy('role')
			.execute();
		expect(partners).toEqual(
			expect.arrayContaining([
				{ organisation_id: poster.organisation.id, role: 'lead' },
				{ organisation_id: partner.organisation.id, role: 'partner' },
				{ organisation_id: second.organisation.id, role: 'associated' }
			])
		);
		expect(partners).toHaveLength(3);
		expect(await t.db.selectFrom('project_areas').select('area_id').where('project_id', '=', project.id).execute()).toEqual([
			{ area_id: area.id }
		]);
		const search = await getPartnerSearch(poster.actor, { slug, locale: 'en' }, t.deps);
		expect(search).toMatchObject({ status: 'complete', project: { slug: projectSlug }, canComplete: false });
		const [told] = await findMailTo(t.db, partner.person.email);
		expect(told.text_body).toContain(`/en/projects/${projectSlug}`);
		expect(told.subject).not.toContain('Zielone hałdy');
		expect(told.text_body).toContain('Zielone hałdy');

		// twice is refused; a closed search takes no more answers
		expect(await codeOf(completePartnerSearch(poster.actor, { slug }, t.deps))).toBe('conflict:partners_error_not_open');
		const late = await member();
		expect(
			await codeOf(expressInterest(late.actor, { slug, values: { organisation_id: late.organisation.id, message: 'Late' } }, t.deps))
		).toBe('conflict:partners_error_not_open');
		expect(await listPartnerSearches(poster.actor, { locale: 'en' }, t.deps).then((l) => l.map((s) => s.slug))).not.toContain(slug);
	});

	it('makes one project when two people complete at once', async () => {
		const { poster, partner, slug } = await world();
		await expressInterest(partner.actor, { slug, values: { organisation_id: partner.organisation.id, message: 'Yes' } }, t.deps);
		const [interest] = (await getPartnerSearch(poster.actor, { slug, locale: 'en' }, t.deps)).interests;
		await decideOnInterest(poster.actor, { slug, values: { interest_id: interest.id, decision: 'accept' } }, t.deps);
		const results = await Promise.all(
			[completePartnerSearch(poster.actor, { slug }, t.deps), completePartnerSearch(poster.actor, { slug }, t.deps)].map(codeOf)
		);
		expect(results.sort()).toEqual(['conflict:partners_error_not_open', 'ok']);
	});
});
