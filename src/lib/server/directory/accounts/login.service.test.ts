import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { FACTORY_PASSWORD, makePerson } from '../../platform/db/testing/factories';
import { resolveSession } from '../../platform/auth';
import { formAction } from '../../platform/http';
import { logIn, logOut } from './login.service';
import { formRequest } from './testing/account-helpers';

const t = useTestDatabase();

let n = 0;
const ip = () => `192.0.2.${++n}`;

describe('logging in', () => {
	it('starts a new session at every login', async () => {
		const person = await makePerson(t.db);
		const from = ip();
		const first = await logIn(null, { email: person.email.toUpperCase(), password: FACTORY_PASSWORD }, t.deps, { ip: from });
		const second = await logIn(null, { email: person.email, password: FACTORY_PASSWORD }, t.deps, { ip: from });
		expect(first.session.token).not.toBe(second.session.token);
		expect((await resolveSession(t.db, first.session.token))?.id).toBe(person.id);
		expect((await resolveSession(t.db, second.session.token))?.id).toBe(person.id);
		const rows = await t.db.selectFrom('sessions').select('id').where('person_id', '=', person.id).execute();
		// the database holds hashes, never the cookie value
		expect(rows.map((row) => row.id)).not.toContain(first.session.token);
		expect(rows).toHaveLength(2);
	});

	it('gives the same message for a wrong password and an unknown address, keeping the address', async () => {
		const person = await makePerson(t.db);
		const from = ip();
		const attempt = (email: string) =>
			formAction(formRequest({ email, password: 'wrong password!' }), 'en', (values) => logIn(null, values, t.deps, { ip: from }));
		const wrongPassword = await attempt(person.email);
		const unknown = await attempt('nobody-here@example.org');
		expect(wrongPassword).toMatchObject({
			status: 401,
			data: { values: { email: person.email }, message: expect.stringContaining('e-mail address or password is not right') }
		});
		expect((unknown as { data: { message: string } }).data.message).toBe((wrongPassword as { data: { message: string } }).data.message);
		expect((unknown as { data: { errors: object } }).data.errors).toEqual({});
	});

	it('refuses an account after 10 failures within 15 minutes, even with the right password', async () => {
		const person = await makePerson(t.db);
		for (let i = 0; i < 10; i++) {
			// each failure from another address: it is the account that is counted
			await expect(logIn(null, { email: person.email, password: 'wrong password!' }, t.deps, { ip: ip() })).rejects.toMatchObject({
				code: 'unauthenticated'
			});
		}
		const result = await formAction(formRequest({ email: person.email, password: FACTORY_PASSWORD }), 'pl', (values) =>
			logIn(null, values, t.deps, { ip: ip() })
		);
		expect(result).toMatchObject({ status: 429, data: { message: expect.stringContaining('Zbyt wiele') } });
	});

	it('refuses an IP address after 10 failures within 15 minutes, for any account', async () => {
		const from = ip();
		for (let i = 0; i < 10; i++) {
			await expect(
				logIn(null, { email: `guess-${i}@example.org`, password: 'wrong password!' }, t.deps, { ip: from })
			).rejects.toMatchObject({ code: 'unauthenticated' });
		}
		const person = await makePerson(t.db);
		await expect(logIn(null, { email: person.email, password: FACTORY_PASSWORD }, t.deps, { ip: from })).rejects.toMatchObject({
			code: 'rate_limited'
		});
		// the same person from elsewhere is fine
		await expect(logIn(null, { email: person.email, password: FACTORY_PASSWORD }, t.deps, { ip: ip() })).resolves.toBeTruthy();
	});

	it('forgets an account’s failures after a successful login', async () => {
		const person = await makePerson(t.db);
		for (let i = 0; i < 9; i++) {
			await logIn(null, { email: person.email, password: 'wrong password!' }, t.deps, { ip: ip() }).catch(() => {});
		}
		await logIn(null, { email: person.email, password: FACTORY_PASSWORD }, t.deps, { ip: ip() });
		await logIn(null, { email: person.email, password: 'wrong password!' }, t.deps, { ip: ip() }).catch(() => {});
		await expect(logIn(null, { email: person.email, password: FACTORY_PASSWORD }, t.deps, { ip: ip() })).resolves.toBeTruthy();
	});

	it('ends the session at logout', async () => {
		const person = await makePerson(t.db);
		const { session } = await logIn(null, { email: person.email, password: FACTORY_PASSWORD }, t.deps, { ip: ip() });
		await logOut(null, { token: session.token }, t.deps);
		expect(await resolveSession(t.db, session.token)).toBeNull();
	});
});
