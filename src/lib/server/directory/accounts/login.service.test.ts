import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { FACTORY_PASSWORD, makePerson } from '../../platform/db/testing/factories';
import { resolveSession } from '../../platform/auth';
import { formAction } from '../../platform/http';
import { logIn, logOut } from './login.service';
import { requestPasswordReset, resetPassword } from './password-reset.service';
import { formRequest, lastMailTo, tokenIn } from './testing/account-helpers';

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

	it('refuses an account from one address after 10 failures there, while its owner elsewhere still gets in', async () => {
		const person = await makePerson(t.db);
		const stranger = ip();
		for (let i = 0; i < 10; i++) {
			await expect(logIn(null, { email: person.email, password: 'wrong password!' }, t.deps, { ip: stranger })).rejects.toMatchObject({
				code: 'unauthenticated'
			});
		}
		const result = await formAction(formRequest({ email: person.email, password: FACTORY_PASSWORD }), 'pl', (values) =>
			logIn(null, values, t.deps, { ip: stranger })
		);
		expect(result).toMatchObject({ status: 429, data: { message: expect.stringContaining('Zbyt wiele') } });
		// the owner, at their own address, is not locked out by a stranger's guesses
		await expect(logIn(null, { email: person.email, password: FACTORY_PASSWORD }, t.deps, { ip: ip() })).resolves.toBeTruthy();
	});

	it('counts parallel wrong passwords before checking any: no more than 10 are ever tried', async () => {
		const person = await makePerson(t.db);
		const from = ip();
		const outcomes = await Promise.all(
			Array.from({ length: 30 }, () =>
				logIn(null, { email: person.email, password: 'wrong password!' }, t.deps, { ip: from }).then(
					() => 'in',
					(error: { code: string }) => error.code
				)
			)
		);
		expect(outcomes.filter((code) => code === 'unauthenticated')).toHaveLength(10);
		expect(outcomes.filter((code) => code === 'rate_limited')).toHaveLength(20);
		// refused attempts were not counted against the account from other addresses
		const hits = await t.db
			.selectFrom('rate_limit_hits')
			.select((eb) => eb.fn.countAll<string>().as('n'))
			.where('bucket', '=', 'login_account')
			.where('key', '=', person.email.toLowerCase())
			.executeTakeFirstOrThrow();
		expect(Number(hits.n)).toBe(10);
	});

	it('refuses an IP address after 50 failures within 15 minutes, for any account', async () => {
		const from = ip();
		const guesses = await Promise.all(
			Array.from({ length: 50 }, (_, i) =>
				logIn(null, { email: `guess-${from}-${i}@example.org`, password: 'wrong password!' }, t.deps, { ip: from }).catch(
					(error: { code: string }) => error.code
				)
			)
		);
		expect(guesses.every((code) => code === 'unauthenticated')).toBe(true);
		const person = await makePerson(t.db);
		await expect(logIn(null, { email: person.email, password: FACTORY_PASSWORD }, t.deps, { ip: from })).rejects.toMatchObject({
			code: 'rate_limited'
		});
		// the same person from elsewhere is fine
		await expect(logIn(null, { email: person.email, password: FACTORY_PASSWORD }, t.deps, { ip: ip() })).resolves.toBeTruthy();
	});

	it('lets many colleagues behind one address log in: successful logins do not add up', async () => {
		const from = ip();
		const people = await Promise.all(Array.from({ length: 12 }, () => makePerson(t.db)));
		for (let round = 0; round < 5; round++) {
			for (const person of people) await logIn(null, { email: person.email, password: FACTORY_PASSWORD }, t.deps, { ip: from });
		}
	});

	it('refuses an account after 100 failures in an hour from all addresses; a reset link lets the owner back in', async () => {
		const person = await makePerson(t.db);
		const strangers = Array.from({ length: 10 }, () => ip());
		await Promise.all(
			strangers.flatMap((from) =>
				Array.from({ length: 10 }, () =>
					logIn(null, { email: person.email, password: 'wrong password!' }, t.deps, { ip: from }).catch(() => {})
				)
			)
		);
		const home = ip();
		await expect(logIn(null, { email: person.email, password: FACTORY_PASSWORD }, t.deps, { ip: home })).rejects.toMatchObject({
			code: 'rate_limited'
		});

		await requestPasswordReset(null, { email: person.email }, t.deps, { ip: home });
		const token = tokenIn((await lastMailTo(t.db, person.email)).text_body, 'reset-password');
		const { session } = await resetPassword(null, { token, password: 'a brand new password' }, t.deps);
		expect((await resolveSession(t.db, session.token))?.id).toBe(person.id);
		// and afterwards the strangers' guesses no longer count against the owner
		await expect(logIn(null, { email: person.email, password: 'a brand new password' }, t.deps, { ip: home })).resolves.toBeTruthy();
	});

	it('forgets the failures of an account at an address after a successful login there', async () => {
		const person = await makePerson(t.db);
		const from = ip();
		for (let i = 0; i < 9; i++) {
			await logIn(null, { email: person.email, password: 'wrong password!' }, t.deps, { ip: from }).catch(() => {});
		}
		await logIn(null, { email: person.email, password: FACTORY_PASSWORD }, t.deps, { ip: from });
		await logIn(null, { email: person.email, password: 'wrong password!' }, t.deps, { ip: from }).catch(() => {});
		await expect(logIn(null, { email: person.email, password: FACTORY_PASSWORD }, t.deps, { ip: from })).resolves.toBeTruthy();
	});

	it('ends the session at logout', async () => {
		const person = await makePerson(t.db);
		const { session } = await logIn(null, { email: person.email, password: FACTORY_PASSWORD }, t.deps, { ip: ip() });
		await logOut(null, { token: session.token }, t.deps);
		expect(await resolveSession(t.db, session.token)).toBeNull();
	});
});
