import { describe, expect, it } from 'vitest';
import { FACTORY_PASSWORD } from '../db/testing/factories';
import { MIN_SCORE, passwordStrength, weakPasswordMessage } from './password-strength';

describe('password strength', () => {
	// the demo password itself is checked where accounts are made (directory/accounts/account-security.test.ts)
	it('keeps the test factories’ password acceptable', async () => {
		for (const password of [FACTORY_PASSWORD]) {
			expect((await passwordStrength(password)).score).toBeGreaterThanOrEqual(MIN_SCORE);
		}
	});

	it('knows common passwords, keyboard walks, and Polish and English words', async () => {
		expect(await weakPasswordMessage('password12345')).toEqual({ key: 'auth_password_weak_common' });
		expect(await weakPasswordMessage('zaq1zaq1zaq1')).not.toBeNull();
		expect(await weakPasswordMessage('aaaaaaaaaaaaaa')).toEqual({ key: 'auth_password_weak_repeat' });
		// a Polish word the English lists do not have: only the Polish dictionary knows it
		expect((await passwordStrength('przedsiębiorstwo')).score).toBeLessThan(MIN_SCORE);
		expect(await weakPasswordMessage('a long enough password')).toBeNull();
	});

	it('knows the person’s own name and address', async () => {
		const mine = ['Grzegorz Brzęczyszczykiewicz', 'g.brzeczyszczykiewicz@example.org'];
		expect((await passwordStrength('brzeczyszczykiewicz1', ['Ewa Kowalska', 'ewa@example.org'])).score).toBeGreaterThanOrEqual(MIN_SCORE);
		expect(await weakPasswordMessage('brzeczyszczykiewicz1', mine)).toEqual({ key: 'auth_password_weak_personal' });
		expect(await weakPasswordMessage('Brzęczyszczykiewicz!', mine)).toEqual({ key: 'auth_password_weak_personal' });
		expect(await weakPasswordMessage('g.brzeczyszczykiewicz@example.org', mine)).not.toBeNull();
	});

	it('loads the dictionaries once and stays quick on long hostile input', async () => {
		await passwordStrength('warm up the dictionaries');
		const hostile = [
			Array.from({ length: 200 }, (_, i) => String.fromCharCode(33 + ((i * 7) % 90))).join(''),
			'4@3$1!0|7+'.repeat(20),
			'ab1!'.repeat(50)
		];
		for (const password of hostile) {
			const started = performance.now();
			const whole = await passwordStrength(password);
			// with the library's defaults the first of these took over 2 s; bounded, ~50 ms on an idle machine
			expect(performance.now() - started).toBeLessThan(1500);
			// only the first 50 characters are judged: the cost does not grow with the length
			expect(whole).toEqual(await passwordStrength(password.slice(0, 50)));
		}
	});
});
