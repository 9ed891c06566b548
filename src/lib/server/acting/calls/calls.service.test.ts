import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, makeArea, makeMember, makePerson } from '../../platform/db/testing/factories';
import { AppError } from '../../platform/core';
import { findMailTo } from '../../platform/mail/outbox.testing';
import { listAuditFor } from '../../platform/audit';
import { createCall, decideOnCall, followCall, getCall, getEditCallForm, listCalls, upcomingCalls, updateCall } from './calls.service';
import { makeCall } from './calls.testing';
import { daysLeft } from './deadline';
import { searchSite } from '../../knowledge/search';

const t = useTestDatabase();
const DAY = 86_400_000;

const codeOf = (promise: Promise<unknown>) =>
	promise.then(
		() => 'ok',
		(e: unknown) => (e instanceof AppError ? e.code : `unexpected: ${String(e)}`)
	);

async function member(locale = 'en') {
	const { person } = await makeMember(t.db, { locale });
	return { person, actor: actorOf(person, true) };
}

async function coordinator() {
	return actorOf(await makePerson(t.db, { role: 'coordinator' }), true);
}

const form = (overrides: Record<string, unknown> = {}) => ({
	title: 'Interreg Europa Środkowa: rewitalizacja terenów pogórniczych',
	funder: 'Komisja Europejska',
	programme: 'Interreg Central Europe',
	url: 'https://interreg-central.example/call-4',
	deadline: '2099-03-10T17:00',
	time_zone: 'Europe/Brussels',
	budget: 'do 2 mln EUR',
	eligibility: 'Samorządy i NGO z Europy Środkowej.',
	description: 'Wspólne **projekty** miast.',
	countries: ['pl', 'CZ', 'PL'],
	...overrides
});

const slugs = async (actor: Parameters<typeof listCalls>[0], query = '') =>
	(await listCalls(actor, { query: new URLSearchParams(query), locale: 'en' }, t.deps)).items.map((c) => c.slug);

describe('createCall', () => {
	it('stores a member’s call as pending, deadline read in the call’s zone, countries once each', async () => {
		const { actor, person } = await member();
		const area = await makeArea(t.db);
		const created = await createCall(actor, { values: form({ areas: [String(area.id)] }) }, t.deps);
		expect(created).toMatchObject({ status: 'pending' });
		expect(created.slug).toMatch(/^interreg-europa-srodkowa/);
		const row = await t.db.selectFrom('funding_calls').selectAll().where('slug', '=', created.slug).executeTakeFirstOrThrow();
		expect(row.deadline.toISOString()).toBe('2099-03-10T16:00:00.000Z');
		expect(row).toMatchObject({ countries: ['PL', 'CZ'], created_by: person.id, status: 'pending' });
		const areas = await t.db.selectFrom('funding_call_areas').select('area_id').where('call_id', '=', row.id).execute();
		expect(areas).toEqual([{ area_id: area.id }]);
	});

	it('lists a coordinator’s own call at once', async () => {
		expect(await createCall(await coordinator(), { values: form() }, t.deps)).toMatchObject({ status: 'checked' });
	});

	it('refuses visitors and non-members, and names bad fields', async () => {
		expect(await codeOf(createCall(null, { values: form() }, t.deps))).toBe('unauthenticated');
		expect(await codeOf(createCall(actorOf(await makePerson(t.db)), { values: form() }, t.deps))).toBe('forbidden');
		const { actor } = await member();
		const error = await createCall(
			actor,
			{ values: form({ title: ' ', url: 'ftp://x', deadline: '2099-02-30T10:00', time_zone: 'Mars/Base', countries: ['QQ'] }) },
			t.deps
		).catch((e) => e);
		expect(error.fieldErrors).toMatchObject({
			title: { key: 'error_required' },
			url: { key: 'error_invalid_url' },
			time_zone: { key: 'calls_error_time_zone' },
			countries: { key: 'error_invalid_choice' }
		});
		const bad = await createCall(actor, { values: form({ deadline: '2099-02-30T10:00' }) }, t.deps).catch((e) => e);
		expect(bad.fieldErrors).toMatchObject({ deadline: { key: 'calls_error_deadline' } });
		const past = await createCall(actor, { values: form({ deadline: '2020-01-01T10:00' }) }, t.deps).catch((e) => e);
		expect(past.fieldErrors).toMatchObject({ deadline: { key: 'calls_error_deadline_past' } });
		const area = await createCall(actor, { values: form({ areas: ['999999'] }) }, t.deps).catch((e) => e);
		expect(area.fieldErrors).toMatchObject({ areas: { key: 'error_invalid_choice' } });
	});
});

describe('listCalls and getCall', () => {
	it('lists only checked calls publicly, nearest deadline first; the adder sees their pending call, coordinators the queue', async () => {
		const { actor, person } = await member();
		const later = await makeCall(t.db, { deadline: new Date(Date.now() + 900 * DAY) });
		const sooner = await makeCall(t.db, { deadline: new Date(Date.now() + 899 * DAY) });
		const pending = await makeCall(t.db, { status: 'pending', created_by: person.id, deadline: new Date(Date.now() + 898 * DAY) });
		const rejected = await makeCall(t.db, { status: 'rejected', deadline: new Date(Date.now() + 897 * DAY) });
		const closed = await makeCall(t.db, { deadline: new Date(Date.now() - 900 * DAY) });

		const open = await slugs(null);
		expect(open.indexOf(sooner.slug)).toBeLessThan(open.indexOf(later.slug));
		expect(open).not.toContain(pending.slug);
		expect(open).not.toContain(rejected.slug);
		expect(open).not.toContain(closed.slug);
		expect(await slugs(null, 'state=closed')).toContain(closed.slug);
		expect(await slugs(null, 'state=closed')).not.toContain(later.slug);
		const soon = (await upcomingCalls(null, { locale: 'en', limit: 100 }, t.deps)).map((c) => c.slug);
		expect(soon.indexOf(sooner.slug)).toBeLessThan(soon.indexOf(later.slug));
		expect(soon).not.toContain(pending.slug);
		expect(soon).not.toContain(closed.slug);

		const mine = await listCalls(actor, { query: new URLSearchParams(), locale: 'en' }, t.deps);
		expect(mine.mine.map((c) => c.slug)).toEqual([pending.slug]);
		expect(mine.toCheck).toEqual([]);
		const queue = await listCalls(await coordinator(), { query: new URLSearchParams(), locale: 'en' }, t.deps);
		expect(queue.toCheck.map((c) => c.slug)).toContain(pending.slug);
		expect(queue.toCheck.map((c) => c.slug)).not.toContain(rejected.slug);

		expect(await codeOf(getCall(null, { slug: pending.slug, locale: 'en' }, t.deps))).toBe('not_found');
		expect(await codeOf(getCall((await member()).actor, { slug: pending.slug, locale: 'en' }, t.deps))).toBe('not_found');
		expect(await codeOf(getCall(actor, { slug: pending.slug, locale: 'en' }, t.deps))).toBe('ok');
		expect(await codeOf(getCall(null, { slug: later.slug, locale: 'en' }, t.deps))).toBe('ok');
	});

	it('names who added a call only to readers who may see their profile', async () => {
		const { person } = await member();
		const call = await makeCall(t.db, { created_by: person.id });
		const addedBy = async (actor: Parameters<typeof getCall>[0]) =>
			(await getCall(actor, { slug: call.slug, locale: 'en' }, t.deps)).addedBy;
		const reader = (await member()).actor;
		expect(await addedBy(null)).toBeNull();
		expect(await addedBy(reader)).toEqual({ name: person.name, handle: person.handle });
		await t.db.updateTable('people').set({ hidden_at: new Date() }).where('id', '=', person.id).execute();
		expect(await addedBy(reader)).toBeNull();
	});

	it('filters by area and country; a call naming no countries is open to every country', async () => {
		const area = await makeArea(t.db);
		const inArea = await makeCall(t.db, { countries: ['DE'] });
		await t.db.insertInto('funding_call_areas').values({ call_id: inArea.id, area_id: area.id }).execute();
		const anywhere = await makeCall(t.db);
		const czech = await makeCall(t.db, { countries: ['CZ'] });
		const byArea = await slugs(null, `area=${area.key}`);
		expect(byArea).toEqual([inArea.slug]);
		const german = await slugs(null, 'country=de');
		expect(german).toContain(inArea.slug);
		expect(german).toContain(anywhere.slug);
		expect(german).not.toContain(czech.slug);
	});

	it('counts days left in the call’s zone', () => {
		const now = new Date('2027-03-10T20:00:00Z');
		expect(daysLeft(new Date('2027-03-11T10:00:00Z'), 'Europe/Warsaw', now)).toBe(1);
		expect(daysLeft(new Date('2027-03-10T22:30:00Z'), 'Europe/Warsaw', now)).toBe(0);
		expect(daysLeft(new Date('2027-03-10T22:30:00Z'), 'Asia/Tokyo', now)).toBe(0);
		expect(daysLeft(new Date('2027-03-10T19:00:00Z'), 'Europe/Warsaw', now)).toBe(-1);
		expect(daysLeft(new Date('2027-03-24T19:00:00Z'), 'Europe/Warsaw', now)).toBe(14);
	});
});

describe('decideOnCall', () => {
	it('lets a coordinator check a call: audited, the adder told in their language, listed for everyone', async () => {
		const { person } = await member('pl');
		const call = await makeCall(t.db, { status: 'pending', created_by: person.id, title: 'Nabór LIFE' });
		const magda = await coordinator();
		expect(await decideOnCall(magda, { slug: call.slug, values: { decision: 'check' } }, t.deps)).toEqual({ status: 'checked' });
		expect(await slugs(null)).toContain(call.slug);
		const audit = await listAuditFor(t.db, 'call', call.id);
		expect(audit[0]).toMatchObject({ action: 'call.check', actor_id: magda.id });
		const [mail] = await findMailTo(t.db, person.email);
		expect(mail.subject).toContain('Nabór LIFE');
		expect(mail.text_body).toContain(`/pl/calls/${call.slug}`);
		expect(await codeOf(decideOnCall(magda, { slug: call.slug, values: { decision: 'reject' } }, t.deps))).toBe('conflict');
	});

	it('rejects with a reason sent to the adder, and refuses members', async () => {
		const { person, actor } = await member('en');
		const call = await makeCall(t.db, { status: 'pending', created_by: person.id });
		expect(await codeOf(decideOnCall(actor, { slug: call.slug, values: { decision: 'check' } }, t.deps))).toBe('forbidden');
		await decideOnCall(await coordinator(), { slug: call.slug, values: { decision: 'reject', reason: 'The link is broken.' } }, t.deps);
		const [mail] = await findMailTo(t.db, person.email);
		expect(mail.text_body).toContain('The link is broken.');
		expect((await listAuditFor(t.db, 'call', call.id))[0]).toMatchObject({
			action: 'call.reject',
			details: { reason: 'The link is broken.' }
		});
		expect(await slugs(null)).not.toContain(call.slug);
	});
});

describe('updateCall', () => {
	it('lets the adder and coordinators edit; a rejected call goes back to the queue; a new deadline resets reminders', async () => {
		const { person, actor } = await member();
		const call = await makeCall(t.db, { status: 'rejected', created_by: person.id, reminded_14_at: new Date() });
		const values = (await getEditCallForm(actor, { slug: call.slug, locale: 'en' }, t.deps)).values;
		expect(await codeOf(updateCall((await member()).actor, { slug: call.slug, values }, t.deps))).toBe('not_found');
		await updateCall(actor, { slug: call.slug, values: { ...values, title: 'Corrected', deadline: '2099-01-01T12:00' } }, t.deps);
		const row = await t.db.selectFrom('funding_calls').selectAll().where('id', '=', call.id).executeTakeFirstOrThrow();
		expect(row).toMatchObject({ title: 'Corrected', status: 'pending', reminded_14_at: null });
		expect(await codeOf(updateCall(await coordinator(), { slug: call.slug, values }, t.deps))).toBe('ok');
	});
});

describe('followCall', () => {
	it('lets members follow checked calls only, and unfollow', async () => {
		const { actor } = await member();
		const call = await makeCall(t.db);
		await followCall(actor, { slug: call.slug, follow: true }, t.deps);
		const page = await getCall(actor, { slug: call.slug, locale: 'en' }, t.deps);
		expect(page).toMatchObject({ following: true, followers: 1, canFollow: true });
		await followCall(actor, { slug: call.slug, follow: false }, t.deps);
		expect((await getCall(actor, { slug: call.slug, locale: 'en' }, t.deps)).following).toBe(false);
		expect(await codeOf(followCall(actorOf(await makePerson(t.db)), { slug: call.slug, follow: true }, t.deps))).toBe('forbidden');
		const { person, actor: adder } = await member();
		const pending = await makeCall(t.db, { status: 'pending', created_by: person.id });
		expect(await codeOf(followCall(adder, { slug: pending.slug, follow: true }, t.deps))).toBe('forbidden');
	});
});

describe('calls in search', () => {
	it('a member’s call is found once a coordinator checks it, and not while it waits', async () => {
		const { actor } = await member();
		const word = `kolektor${Date.now().toString(36)}`;
		const { slug } = await createCall(actor, { values: form({ title: `Nabór ${word}` }) }, t.deps);
		const found = async () =>
			(await searchSite(null, { query: new URLSearchParams({ q: word }), locale: 'en' }, t.deps)).hits.map((hit) => hit.href);
		expect(await found()).toEqual([]);
		await decideOnCall(await coordinator(), { slug, values: { decision: 'check' } }, t.deps);
		expect(await found()).toEqual([`/en/calls/${slug}`]);
	});
});
