import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, addToOrganisation, makeCity, makeMember, makeOrganisation, makePerson } from '../../platform/db/testing/factories';
import { findMailTo } from '../../platform/mail/outbox.testing';
import type { Actor } from '../../platform/auth';
import { makePractice } from './transfers.testing';
import {
	addTransferNote,
	addTransferPerson,
	createTransfer,
	getNewTransferForm,
	getTransfer,
	listTransfersOfPractice,
	listTransfersOfPracticeBySlug,
	moveTransferStage,
	removeTransferPerson
} from './transfers.service';

const t = useTestDatabase();

/** A practice from one city, and a member organisation in another city ready to adopt it. */
async function world(practiceOverrides: Parameters<typeof makePractice>[1] = {}) {
	const home = await makeCity(t.db, { name: 'Wałbrzych' });
	const author = await makePerson(t.db, { member: true, locale: 'pl' });
	const practice = await makePractice(t.db, { cityId: home.id, createdBy: author.id, title: 'Szyb Julia', ...practiceOverrides });
	const adopting = await makeCity(t.db, { name: 'Bytom', country_code: 'PL' });
	const { person, organisation } = await makeMember(t.db, { cityId: adopting.id });
	return { home, author, practice, adopting, adopter: actorOf(person, true), organisation };
}

async function adopt(w: Awaited<ReturnType<typeof world>>) {
	return createTransfer(w.adopter, { slug: w.practice.slug, values: { organisation_id: String(w.organisation.id) }, locale: 'en' }, t.deps);
}

describe('createTransfer', () => {
	it("records the adoption in the organisation's city, lists the adopter and tells the author", async () => {
		const w = await world();
		const { id } = await adopt(w);
		const transfer = await getTransfer(null, { slug: w.practice.slug, id, locale: 'en' }, t.deps);
		expect(transfer.city.name).toBe('Bytom');
		expect(transfer.stage).toBe('understand');
		expect(transfer.stages.map((s) => [s.stage, s.current])).toEqual([
			['understand', true],
			['adapt', false],
			['reuse', false]
		]);
		expect(transfer.organisation?.name).toBe(w.organisation.name);
		const mail = await findMailTo(t.db, w.author.email);
		// a city's and a practice's names are written by people: in the body, never in the subject
		expect(mail[0].subject).toBe('Inne miasto przejmuje Twoją praktykę');
		expect(mail[0].text_body).toContain('Bytom');
		expect(mail[0].text_body).toContain('„Szyb Julia”');
		expect(mail[0].text_body).toContain(`/pl/practices/${w.practice.slug}/transfers/${id}`);
	});

	it('offers the actor only their own organisations and cities other than the practice’s', async () => {
		const w = await world();
		const form = await getNewTransferForm(w.adopter, { slug: w.practice.slug, locale: 'en' }, t.deps);
		expect(form.organisations.map((o) => o.id)).toEqual([w.organisation.id]);
		expect(form.cities.some((c) => c.id === w.adopting.id)).toBe(true);
		expect(form.cities.some((c) => c.id === w.home.id)).toBe(false);
		expect(form.blocked).toBeNull();
	});

	it('refuses visitors (log in) and people who are not members', async () => {
		const w = await world();
		const input = { slug: w.practice.slug, values: { organisation_id: String(w.organisation.id) }, locale: 'en' as const };
		await expect(createTransfer(null, input, t.deps)).rejects.toMatchObject({ code: 'unauthenticated' });
		const outsider = await makePerson(t.db);
		// belongs to the organisation, but the network has not approved them as a member
		await addToOrganisation(t.db, w.organisation.id, outsider.id);
		await expect(createTransfer(actorOf(outsider), input, t.deps)).rejects.toMatchObject({
			code: 'forbidden',
			messageKey: 'transfer_error_members_only'
		});
	});

	it("refuses someone else's organisation", async () => {
		const w = await world();
		const other = await makeMember(t.db);
		await expect(
			createTransfer(
				actorOf(other.person, true),
				{ slug: w.practice.slug, values: { organisation_id: String(w.organisation.id) }, locale: 'en' },
				t.deps
			)
		).rejects.toMatchObject({
			code: 'validation_failed',
			fieldErrors: { organisation_id: { key: 'transfer_error_not_your_organisation' } }
		});
		await expect(
			createTransfer(actorOf(other.person, true), { slug: w.practice.slug, values: {}, locale: 'en' }, t.deps)
		).rejects.toMatchObject({ fieldErrors: { organisation_id: { key: 'error_required' } } });
	});

	it("refuses the practice's own city, by default or by choice", async () => {
		const w = await world();
		const local = await makeMember(t.db, { cityId: w.home.id });
		await expect(
			createTransfer(
				actorOf(local.person, true),
				{ slug: w.practice.slug, values: { organisation_id: String(local.organisation.id) }, locale: 'en' },
				t.deps
			)
		).rejects.toMatchObject({ code: 'validation_failed', fieldErrors: { city_id: { key: 'transfer_error_same_city' } } });
		await expect(
			createTransfer(
				w.adopter,
				{ slug: w.practice.slug, values: { organisation_id: String(w.organisation.id), city_id: String(w.home.id) }, locale: 'en' },
				t.deps
			)
		).rejects.toMatchObject({ fieldErrors: { city_id: { key: 'transfer_error_same_city' } } });
	});

	it('answers a second adoption by the same city with a conflict', async () => {
		const w = await world();
		await adopt(w);
		const neighbour = await makeOrganisation(t.db, { approved: true, cityId: w.adopting.id });
		const colleague = await makePerson(t.db, { member: true });
		await addToOrganisation(t.db, neighbour.id, colleague.id);
		await expect(
			createTransfer(
				actorOf(colleague, true),
				{ slug: w.practice.slug, values: { organisation_id: String(neighbour.id) }, locale: 'en' },
				t.deps
			)
		).rejects.toMatchObject({ code: 'conflict', messageKey: 'transfer_error_duplicate' });
	});

	it('does not let anyone adopt a practice they cannot see', async () => {
		const w = await world({ published: false });
		await expect(adopt(w)).rejects.toMatchObject({ code: 'not_found' });
	});
});

describe('keeping a transfer', () => {
	const note = (values: Record<string, string> = {}) => ({
		noted_on: '2026-01-15',
		stage: 'understand',
		note: 'Study visit to Wałbrzych',
		...values
	});

	it('lets the adopting organisation move stages on and back, within the ends', async () => {
		const w = await world();
		const { id } = await adopt(w);
		const input = (direction: string) => ({ slug: w.practice.slug, id, values: { direction } });
		await expect(moveTransferStage(w.adopter, input('back'), t.deps)).rejects.toMatchObject({ code: 'conflict' });
		expect(await moveTransferStage(w.adopter, input('next'), t.deps)).toEqual({ stage: 'adapt' });
		expect(await moveTransferStage(w.adopter, input('next'), t.deps)).toEqual({ stage: 'reuse' });
		await expect(moveTransferStage(w.adopter, input('next'), t.deps)).rejects.toMatchObject({ code: 'conflict' });
		expect(await moveTransferStage(w.adopter, input('back'), t.deps)).toEqual({ stage: 'adapt' });
		const page = await getTransfer(null, { slug: w.practice.slug, id, locale: 'en' }, t.deps);
		expect(page.stages.map((s) => [s.stage, s.done, s.current])).toEqual([
			['understand', true, false],
			['adapt', false, true],
			['reuse', false, false]
		]);
	});

	it('keeps dated notes per stage with their author', async () => {
		const w = await world();
		const { id } = await adopt(w);
		await addTransferNote(w.adopter, { slug: w.practice.slug, id, values: note({ noted_on: '2026-02-01', note: 'Second' }) }, t.deps);
		await addTransferNote(w.adopter, { slug: w.practice.slug, id, values: note({ noted_on: '2026-01-10', note: 'First' }) }, t.deps);
		await addTransferNote(w.adopter, { slug: w.practice.slug, id, values: note({ stage: 'adapt', note: 'Budget found' }) }, t.deps);
		const page = await getTransfer(w.adopter, { slug: w.practice.slug, id, locale: 'en' }, t.deps);
		const understand = page.stages.find((s) => s.stage === 'understand')!;
		expect(understand.notes.map((n) => [n.notedOn, n.note, n.author?.name])).toEqual([
			['2026-01-10', 'First', w.adopter.name],
			['2026-02-01', 'Second', w.adopter.name]
		]);
		expect(page.stages.find((s) => s.stage === 'adapt')!.notes.map((n) => n.note)).toEqual(['Budget found']);
	});

	it('refuses bad notes with a message on each field', async () => {
		const w = await world();
		const { id } = await adopt(w);
		const tomorrowPlus = new Date(Date.now() + 3 * 24 * 3600 * 1000).toISOString().slice(0, 10);
		for (const [values, field, key] of [
			[note({ noted_on: '2026-02-30' }), 'noted_on', 'transfer_error_date'],
			[note({ noted_on: '15.01.2026' }), 'noted_on', 'transfer_error_date'],
			[note({ noted_on: tomorrowPlus }), 'noted_on', 'transfer_error_date_future'],
			[note({ note: '   ' }), 'note', 'error_required'],
			[note({ stage: 'finished' }), 'stage', 'error_invalid_choice']
		] as const) {
			await expect(addTransferNote(w.adopter, { slug: w.practice.slug, id, values }, t.deps)).rejects.toMatchObject({
				code: 'validation_failed',
				fieldErrors: { [field]: { key } }
			});
		}
	});

	it('lets only the adopting organisation and coordinators change it', async () => {
		const w = await world();
		const { id } = await adopt(w);
		const other = actorOf((await makeMember(t.db)).person, true);
		const coordinator = actorOf(await makePerson(t.db, { role: 'coordinator' }));
		const input = { slug: w.practice.slug, id, values: note() };
		await expect(addTransferNote(other, input, t.deps)).rejects.toMatchObject({
			code: 'forbidden',
			messageKey: 'transfer_error_not_yours'
		});
		await expect(moveTransferStage(other, { ...input, values: { direction: 'next' } }, t.deps)).rejects.toMatchObject({
			code: 'forbidden'
		});
		await expect(addTransferNote(null, input, t.deps)).rejects.toMatchObject({ code: 'unauthenticated' });
		expect((await getTransfer(other, { slug: w.practice.slug, id, locale: 'en' }, t.deps)).canManage).toBe(false);

		await addTransferNote(coordinator, input, t.deps);
		expect(await moveTransferStage(coordinator, { ...input, values: { direction: 'next' } }, t.deps)).toEqual({ stage: 'adapt' });
		expect((await getTransfer(coordinator, { slug: w.practice.slug, id, locale: 'en' }, t.deps)).canManage).toBe(true);
	});

	it('adds and removes people of the adopting organisation only', async () => {
		const w = await world();
		const { id } = await adopt(w);
		const colleague = await makePerson(t.db, { member: true, name: 'Anna Kowalska', visibility: { profile: 'public' } });
		await addToOrganisation(t.db, w.organisation.id, colleague.id);
		const stranger = await makePerson(t.db, { member: true });
		const slug = w.practice.slug;

		const before = await getTransfer(w.adopter, { slug, id, locale: 'en' }, t.deps);
		expect(before.candidates.map((p) => p.name)).toEqual(['Anna Kowalska']);
		await addTransferPerson(w.adopter, { slug, id, values: { person_id: String(colleague.id) } }, t.deps);
		await expect(addTransferPerson(w.adopter, { slug, id, values: { person_id: String(stranger.id) } }, t.deps)).rejects.toMatchObject({
			fieldErrors: { person_id: { key: 'transfer_error_not_in_organisation' } }
		});
		// a visitor sees only the public profile; the adopter's members-only profile is counted
		const visitorView = await getTransfer(null, { slug, id, locale: 'en' }, t.deps);
		expect(visitorView.people.map((p) => p.name)).toEqual(['Anna Kowalska']);
		expect(visitorView.hiddenPeople).toBe(1);
		expect(visitorView.candidates).toEqual([]);

		await removeTransferPerson(w.adopter, { slug, id, values: { person_id: String(colleague.id) } }, t.deps);
		const after = await getTransfer(w.adopter, { slug, id, locale: 'en' }, t.deps);
		expect(after.people.map((p) => p.name)).toEqual([w.adopter.name]);
		await expect(removeTransferPerson(w.adopter, { slug, id, values: { person_id: String(colleague.id) } }, t.deps)).rejects.toMatchObject({
			code: 'not_found'
		});
	});

	it('answers a transfer under another practice’s address, or a nonsense id, with not found', async () => {
		const w = await world();
		const { id } = await adopt(w);
		const elsewhere = await makePractice(t.db);
		await expect(getTransfer(null, { slug: elsewhere.slug, id, locale: 'en' }, t.deps)).rejects.toMatchObject({ code: 'not_found' });
		for (const bad of ['abc', '99999999999', '0', '1e3']) {
			await expect(getTransfer(null, { slug: w.practice.slug, id: bad, locale: 'en' }, t.deps)).rejects.toMatchObject({
				code: 'not_found'
			});
		}
		expect((await getTransfer(null, { slug: w.practice.slug, id: String(id), locale: 'en' }, t.deps)).id).toBe(id);
	});
});

describe('visibility', () => {
	it("hides a members-only practice's transfers from visitors, not from members", async () => {
		const w = await world({ visibility: 'members' });
		const { id } = await adopt(w);
		const slug = w.practice.slug;
		await expect(getTransfer(null, { slug, id, locale: 'en' }, t.deps)).rejects.toMatchObject({ code: 'not_found' });
		await expect(listTransfersOfPractice(null, w.practice.id, t.deps)).rejects.toMatchObject({ code: 'not_found' });
		const nonMember: Actor = actorOf(await makePerson(t.db));
		await expect(getTransfer(nonMember, { slug, id, locale: 'en' }, t.deps)).rejects.toMatchObject({ code: 'not_found' });
		const member = actorOf((await makeMember(t.db)).person, true);
		expect((await getTransfer(member, { slug, id, locale: 'en' }, t.deps)).city.name).toBe('Bytom');
		expect((await listTransfersOfPractice(member, w.practice.id, t.deps)).transfers).toHaveLength(1);
	});
});

describe('listTransfersOfPractice', () => {
	it('lists each adopting city with its country, stage and latest note, and who may adopt', async () => {
		const w = await world();
		const { id } = await adopt(w);
		await addTransferNote(
			w.adopter,
			{ slug: w.practice.slug, id, values: { noted_on: '2025-11-03', stage: 'understand', note: 'Visit' } },
			t.deps
		);
		await addTransferNote(
			w.adopter,
			{ slug: w.practice.slug, id, values: { noted_on: '2026-01-20', stage: 'understand', note: 'Call' } },
			t.deps
		);
		const czech = await makeCity(t.db, { name: 'Ostrava', country_code: 'CZ' });
		const ostrava = await makeMember(t.db, { cityId: czech.id });
		await createTransfer(
			actorOf(ostrava.person, true),
			{ slug: w.practice.slug, values: { organisation_id: String(ostrava.organisation.id) }, locale: 'en' },
			t.deps
		);

		const forVisitor = await listTransfersOfPractice(null, w.practice.id, t.deps, 'en');
		expect(forVisitor.canAdopt).toBe(false);
		expect(forVisitor.transfers.map((x) => [x.city.name, x.city.countryName, x.stage, x.lastNoteOn]).sort()).toEqual([
			['Bytom', 'Poland', 'understand', '2026-01-20'],
			['Ostrava', 'Czechia', 'understand', null]
		]);
		expect((await listTransfersOfPractice(w.adopter, w.practice.id, t.deps)).canAdopt).toBe(true);
		const bySlug = await listTransfersOfPracticeBySlug(null, w.practice.slug, t.deps, 'en');
		expect(bySlug.transfers.map((x) => x.id).sort()).toEqual(forVisitor.transfers.map((x) => x.id).sort());
		await expect(listTransfersOfPracticeBySlug(null, 'no-such-practice', t.deps)).rejects.toMatchObject({ code: 'not_found' });
	});
});
