/** Asking for a consultation, offering help, suggested experts and withdrawing a request. */
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, makeArea, makeCity, makeOrganisation, makePerson } from '../../platform/db/testing/factories';
import { makePractice } from '../../knowledge/transfers/transfers.testing';
import { createConsultation, inviteExpert, offerHelp, withdrawConsultation, withdrawOffer } from './consultations-asking.service';
import { getConsultation, listConsultations } from './consultations-read.service';
import { addOffer, codeOf, consultationWorlds, fieldsOf, givePersonAreas, makeConsultation } from './consultations.testing';

const t = useTestDatabase();
const { member, mailTo, requestWithOffer } = consultationWorlds(t);

describe('asking for a consultation', () => {
	it('lets a member ask on behalf of their organisation, the city defaulting to theirs', async () => {
		const area = await makeArea(t.db);
		const asker = await member();
		const values = {
			title: 'Ogrzewanie łaźni górniczej',
			problem: 'Jak ogrzać **duży** budynek?',
			areas: [String(area.id)],
			organisation_id: String(asker.organisation.id)
		};
		const { slug } = await createConsultation(asker.actor, { values }, t.deps);
		expect(slug).toMatch(/^ogrzewanie-lazni-gorniczej/);
		const row = await t.db.selectFrom('consultations').selectAll().where('slug', '=', slug).executeTakeFirstOrThrow();
		expect(row).toMatchObject({
			asker_id: asker.person.id,
			organisation_id: asker.organisation.id,
			city_id: asker.person.city_id,
			status: 'open',
			challenge_id: null
		});
		const view = await getConsultation(asker.actor, { slug, locale: 'pl' }, t.deps);
		expect(view.problemHtml).toContain('<strong>duży</strong>');
		expect(view.areas.map((a) => a.key)).toEqual([area.key]);
		expect(view.can).toMatchObject({ offer: false, withdraw: true, schedule: false });
	});

	it('refuses visitors and people who are not members, and names the wrong fields', async () => {
		const area = await makeArea(t.db);
		const values = { title: 'Problem', problem: 'Opis', areas: [String(area.id)] };
		expect(await codeOf(createConsultation(null, { values }, t.deps))).toBe('unauthenticated');
		const outsider = await makePerson(t.db);
		expect(await codeOf(createConsultation(actorOf(outsider), { values }, t.deps))).toBe('forbidden');

		const asker = await member();
		const other = await makeOrganisation(t.db, { approved: true });
		expect(await fieldsOf(createConsultation(asker.actor, { values: { title: ' ', problem: '', areas: [] } }, t.deps))).toEqual({
			title: 'error_required',
			problem: 'error_required',
			areas: 'consultations_error_areas_required'
		});
		expect(await fieldsOf(createConsultation(asker.actor, { values: { ...values, organisation_id: String(other.id) } }, t.deps))).toEqual({
			organisation_id: 'consultations_error_not_your_organisation'
		});
		expect(await fieldsOf(createConsultation(asker.actor, { values: { ...values, areas: ['999999'] } }, t.deps))).toEqual({
			areas: 'error_invalid_choice'
		});
	});

	it('lists open requests to members only, by area, and the reader’s own', async () => {
		const { area, asker, consultation } = await requestWithOffer();
		const otherArea = await makeArea(t.db);
		const reader = await member();
		const list = await listConsultations(reader.actor, { values: { area: area.key }, locale: 'en' }, t.deps);
		expect(list.open.map((c) => c.slug)).toContain(consultation.slug);
		expect(list.open.find((c) => c.slug === consultation.slug)).toMatchObject({ offers: 1, areas: [{ key: area.key }] });
		const filtered = await listConsultations(reader.actor, { values: { area: otherArea.key }, locale: 'en' }, t.deps);
		expect(filtered.open.map((c) => c.slug)).not.toContain(consultation.slug);
		const mine = await listConsultations(asker.actor, { values: {}, locale: 'pl' }, t.deps);
		expect(mine.mine.map((c) => c.slug)).toContain(consultation.slug);

		const outsider = await makePerson(t.db);
		expect(await listConsultations(actorOf(outsider), { values: {}, locale: 'en' }, t.deps)).toMatchObject({
			blocked: 'not_member',
			open: []
		});
		expect(await codeOf(listConsultations(null, { values: {}, locale: 'en' }, t.deps))).toBe('unauthenticated');
		expect(await codeOf(getConsultation(actorOf(outsider), { slug: consultation.slug, locale: 'en' }, t.deps))).toBe('forbidden');
	});
});

describe('offering help', () => {
	it('records a member’s offer and tells the asker by mail in the asker’s language', async () => {
		const { asker, consultation } = await requestWithOffer();
		const helper = await member({ locale: 'en' });
		await offerHelp(helper.actor, { slug: consultation.slug, values: { message: 'Our museum solved this.' } }, t.deps);
		const offers = await t.db.selectFrom('consultation_offers').selectAll().where('consultation_id', '=', consultation.id).execute();
		expect(offers.map((o) => o.person_id)).toContain(helper.person.id);
		const [mail] = await mailTo(asker.person.email);
		expect(mail.subject).toContain('Zgłoszenie pomocy');
		expect(mail.text_body).toContain('Our museum solved this.');
		expect(mail.text_body).toContain(`/pl/consultations/${consultation.slug}`);

		expect(await codeOf(offerHelp(helper.actor, { slug: consultation.slug, values: { message: 'Again' } }, t.deps))).toBe('conflict');
		const view = await getConsultation(helper.actor, { slug: consultation.slug, locale: 'en' }, t.deps);
		expect(view.myOffer?.message).toBe('Our museum solved this.');
		expect(view.offers).toEqual([]);
		expect(view.can.withdrawOffer).toBe(true);
		await withdrawOffer(helper.actor, { slug: consultation.slug }, t.deps);
		expect(await codeOf(withdrawOffer(helper.actor, { slug: consultation.slug }, t.deps))).toBe('conflict');
	});

	it('refuses the asker, non-members, visitors and an empty message', async () => {
		const { asker, consultation } = await requestWithOffer();
		const values = { message: 'I can help' };
		expect(await codeOf(offerHelp(asker.actor, { slug: consultation.slug, values }, t.deps))).toBe('forbidden');
		const outsider = await makePerson(t.db);
		expect(await codeOf(offerHelp(actorOf(outsider), { slug: consultation.slug, values }, t.deps))).toBe('forbidden');
		expect(await codeOf(offerHelp(null, { slug: consultation.slug, values }, t.deps))).toBe('unauthenticated');
		const helper = await member();
		expect(await fieldsOf(offerHelp(helper.actor, { slug: consultation.slug, values: { message: '  ' } }, t.deps))).toEqual({
			message: 'error_required'
		});
		expect(await codeOf(offerHelp(helper.actor, { slug: 'no-such-consultation', values }, t.deps))).toBe('not_found');
	});
});

describe('suggested experts', () => {
	it('ranks members by overlap, leaving out the asker, hidden profiles, hidden areas and non-members', async () => {
		const [a1, a2] = [await makeArea(t.db), await makeArea(t.db)];
		const asker = await member();
		await givePersonAreas(t.db, asker.person.id, [a1.id, a2.id]);
		const both = await member({ name: 'Both Areas' });
		await givePersonAreas(t.db, both.person.id, [a1.id, a2.id]);
		const one = await member({ name: 'One Area' });
		await givePersonAreas(t.db, one.person.id, [a1.id]);
		const hidden = await member({ name: 'Hidden Profile', visibility: { profile: 'nobody' } });
		await givePersonAreas(t.db, hidden.person.id, [a1.id, a2.id]);
		const hiddenAreas = await member({ name: 'Hidden Areas', visibility: { areas: 'nobody' } });
		await givePersonAreas(t.db, hiddenAreas.person.id, [a1.id, a2.id]);
		const outsider = await makePerson(t.db, { name: 'Not A Member' });
		await givePersonAreas(t.db, outsider.id, [a1.id, a2.id]);
		const contact = await member({ name: 'Practice Contact' });
		const city = await makeCity(t.db);
		await makePractice(t.db, { cityId: city.id, areaIds: [a2.id], contactIds: [contact.person.id] });
		const draftContact = await member({ name: 'Draft Contact' });
		await makePractice(t.db, { cityId: city.id, areaIds: [a2.id], contactIds: [draftContact.person.id], published: false });

		const consultation = await makeConsultation(t.db, { askerId: asker.person.id, areaIds: [a1.id, a2.id] });
		const reader = await member();
		const view = await getConsultation(reader.actor, { slug: consultation.slug, locale: 'en' }, t.deps);
		const names = view.suggestions.map((s) => s.name);
		expect(names[0]).toBe('Both Areas');
		expect(names).toContain('One Area');
		expect(names).toContain('Practice Contact');
		expect(names.indexOf('Both Areas')).toBeLessThan(names.indexOf('One Area'));
		for (const left of ['Hidden Profile', 'Hidden Areas', 'Not A Member', 'Draft Contact', asker.person.name])
			expect(names).not.toContain(left);
		expect(view.suggestions.find((s) => s.name === 'Practice Contact')).toMatchObject({ practices: 1, areas: [{ key: a2.key }] });

		// someone who offered is no longer "suggested"; the hidden person sees no one new about themself
		await addOffer(t.db, consultation.id, one.person.id);
		const after = await getConsultation(reader.actor, { slug: consultation.slug, locale: 'en' }, t.deps);
		expect(after.suggestions.map((s) => s.name)).not.toContain('One Area');
	});

	it('lets the asker invite a suggested person once, by mail', async () => {
		const area = await makeArea(t.db);
		const asker = await member();
		const expert = await member({ locale: 'pl' });
		await givePersonAreas(t.db, expert.person.id, [area.id]);
		const stranger = await member();
		const consultation = await makeConsultation(t.db, { askerId: asker.person.id, areaIds: [area.id] });
		const values = { person_id: String(expert.person.id) };
		expect(await codeOf(inviteExpert(stranger.actor, { slug: consultation.slug, values }, t.deps))).toBe('forbidden');
		await inviteExpert(asker.actor, { slug: consultation.slug, values }, t.deps);
		const [mail] = await mailTo(expert.person.email);
		expect(mail.subject).toContain('Czy możesz pomóc?');
		expect(mail.text_body).toContain(`/pl/consultations/${consultation.slug}`);
		expect(await codeOf(inviteExpert(asker.actor, { slug: consultation.slug, values }, t.deps))).toBe('conflict');
		expect(
			await fieldsOf(inviteExpert(asker.actor, { slug: consultation.slug, values: { person_id: String(stranger.person.id) } }, t.deps))
		).toEqual({
			person_id: 'consultations_error_not_suggested'
		});
		const view = await getConsultation(asker.actor, { slug: consultation.slug, locale: 'en' }, t.deps);
		expect(view.suggestions.find((s) => s.id === expert.person.id)?.invited).toBe(true);
	});
});

describe('withdrawing', () => {
	it('lets only the asker withdraw an open request, which then disappears for others', async () => {
		const { asker, expert, consultation } = await requestWithOffer();
		expect(await codeOf(withdrawConsultation(expert.actor, { slug: consultation.slug }, t.deps))).toBe('forbidden');
		await withdrawConsultation(asker.actor, { slug: consultation.slug }, t.deps);
		expect(await codeOf(getConsultation(expert.actor, { slug: consultation.slug, locale: 'en' }, t.deps))).toBe('not_found');
		const own = await getConsultation(asker.actor, { slug: consultation.slug, locale: 'en' }, t.deps);
		expect(own.status).toBe('withdrawn');
		expect(own.can.schedule).toBe(false);
		expect(await codeOf(withdrawConsultation(asker.actor, { slug: consultation.slug }, t.deps))).toBe('conflict');
		const list = await listConsultations(expert.actor, { values: {}, locale: 'en' }, t.deps);
		expect(list.open.map((c) => c.slug)).not.toContain(consultation.slug);
	});
});
