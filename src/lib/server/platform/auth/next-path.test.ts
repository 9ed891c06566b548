import { describe, expect, it } from 'vitest';
import { loginPath, safeNextPath } from './next-path';

describe('safeNextPath', () => {
	it('keeps paths on this site', () => {
		expect(safeNextPath('/en/account', '/en')).toBe('/en/account');
		expect(safeNextPath('/pl/people?page=2', '/pl')).toBe('/pl/people?page=2');
	});

	it('refuses other sites and odd input', () => {
		for (const bad of ['//evil.example', '/\\evil.example', 'https://evil.example', 'javascript:alert(1)', '', '/a\nb', '/a\\b']) {
			expect(safeNextPath(bad, '/en')).toBe('/en');
		}
		expect(safeNextPath(null, '/pl')).toBe('/pl');
	});

	it('builds a login address that returns', () => {
		expect(loginPath('en', '/en/account')).toBe('/en/login?next=%2Fen%2Faccount');
	});
});
