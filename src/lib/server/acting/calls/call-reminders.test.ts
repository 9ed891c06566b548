import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, makePerson } from '../../platform/db/testing/factories';
import { findMailTo } from '../../platform/mail/outbox.testing';
import { follow } from '../../notify/follows';
import { queueCallReminders } from './call-reminders';
import { makeCall } from './calls.testing';

const t = useTestDatabase();
const DAY = 86_400_000;
const ORIGIN = 'https://headframe.example';

/** Each test runs in its own far future, so other tests' calls are never due. */
let era = 0;
const future = () => new Date(Date.UTC(2200 + ++era * 3, 0, 1, 9));

async function follower(locale = 'en') {
	const person = await makePerson(t.db, { locale });
	return { person, actor: actorOf(person, true) };
}

const mailsTo = (email: string) => findMailTo(t.db, email);

describe('queueCallReminders', () => {
	it('reminds followers 14 days and 3 days before, each once, in their language and the call’s zone', async () => {
		const now = future();
		const call = await makeCall(t.db, {
			title: 'LIFE Urban',
			deadline: new Date(now.getTime() + 10 * DAY),
			time_zone: 'Europe/Warsaw'
		});
		const ewa = await follower('pl');
		const tom = await follower('en');
		await follow(ewa.actor, { type: 'call', id: call.id }, t.deps);
		await follow(tom.actor, { type: 'call', id: call.id }, t.deps);

		const first = await queueCallReminders(t.db, now, ORIGIN);
		expect(first).toEqual({ calls: { 14: 1, 3: 0 }, mails: 2 });
		const [pl] = await mailsTo(ewa.person.email);
		expect(pl.subject).not.toContain('LIFE Urban');
		expect(pl.text_body).toContain('LIFE Urban');
		expect(pl.subject).toMatch(/Termin naboru/);
		expect(pl.text_body).toContain(`${ORIGIN}/pl/calls/${call.slug}`);
		expect(pl.text_body).toMatch(/CET|CEST|GMT\+1/);
		expect(pl.text_body).toContain('pozostało dni: 10');
		const [en] = await mailsTo(tom.person.email);
		expect(en.text_body).toContain(`${ORIGIN}/en/calls/${call.slug}`);

		// Running again (or in another process) sends nothing more.
		expect(await queueCallReminders(t.db, new Date(now.getTime() + 3_600_000), ORIGIN)).toEqual({ calls: { 14: 0, 3: 0 }, mails: 0 });
		expect(await mailsTo(ewa.person.email)).toHaveLength(1);

		// Three days before: the second reminder, once.
		const later = new Date(now.getTime() + 8 * DAY);
		expect(await queueCallReminders(t.db, later, ORIGIN)).toEqual({ calls: { 14: 0, 3: 1 }, mails: 2 });
		expect(await queueCallReminders(t.db, later, ORIGIN)).toMatchObject({ mails: 0 });
		const [last] = await mailsTo(ewa.person.email);
		expect(last.text_body).toContain('pozostało dni: 2');
		expect(await mailsTo(ewa.person.email)).toHaveLength(2);
	});

	it('sends one reminder, not two, for a call added three days before its deadline', async () => {
		const now = future();
		const call = await makeCall(t.db, { deadline: new Date(now.getTime() + 2 * DAY) });
		const { person, actor } = await follower();
		await follow(actor, { type: 'call', id: call.id }, t.deps);
		expect(await queueCallReminders(t.db, now, ORIGIN)).toEqual({ calls: { 14: 0, 3: 1 }, mails: 1 });
		expect(await queueCallReminders(t.db, now, ORIGIN)).toMatchObject({ mails: 0 });
		expect(await mailsTo(person.email)).toHaveLength(1);
		const row = await t.db
			.selectFrom('funding_calls')
			.select(['reminded_14_at', 'reminded_3_at'])
			.where('id', '=', call.id)
			.executeTakeFirstOrThrow();
		expect(row.reminded_14_at).not.toBeNull();
		expect(row.reminded_3_at).not.toBeNull();
	});

	it('skips pending and rejected calls, calls whose deadline passed, and calls further away', async () => {
		const now = future();
		const { person, actor } = await follower();
		for (const overrides of [
			{ status: 'pending' as const, deadline: new Date(now.getTime() + 5 * DAY) },
			{ status: 'rejected' as const, deadline: new Date(now.getTime() + 2 * DAY) },
			{ deadline: new Date(now.getTime() - DAY) },
			{ deadline: new Date(now.getTime() - 60_000) },
			{ deadline: new Date(now.getTime() + 15 * DAY) }
		]) {
			const call = await makeCall(t.db, overrides);
			await follow(actor, { type: 'call', id: call.id }, t.deps);
		}
		expect(await queueCallReminders(t.db, now, ORIGIN)).toEqual({ calls: { 14: 0, 3: 0 }, mails: 0 });
		expect(await mailsTo(person.email)).toHaveLength(0);
	});

	it('never sends twice when two runs race', async () => {
		const now = future();
		const call = await makeCall(t.db, { deadline: new Date(now.getTime() + 6 * DAY) });
		const { person, actor } = await follower();
		await follow(actor, { type: 'call', id: call.id }, t.deps);
		const results = await Promise.all([
			queueCallReminders(t.db, now, ORIGIN),
			queueCallReminders(t.db, now, ORIGIN),
			queueCallReminders(t.db, now, ORIGIN)
		]);
		expect(results.reduce((sum, r) => sum + r.mails, 0)).toBe(1);
		expect(await mailsTo(person.email)).toHaveLength(1);
	});
});
