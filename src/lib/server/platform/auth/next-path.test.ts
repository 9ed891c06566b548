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

	it('refuses what a Location header cannot carry or a link of this site never holds unencoded (was a 500 at login)', () => {
		for (const bad of ['/ż', '/en/account\u2028', '/a\u0100', '/a b', '/a"b', '/<script>', '/a\u00e9', '/a\tb', '/a\u007f']) {
			expect(safeNextPath(bad, '/en')).toBe('/en');
		}
		// each is a valid Response header once kept
		for (const good of ['/pl/miasta/%C5%82%C3%B3d%C5%BA?q=a%20b#top', "/en/search?q=it's|{x}^`", '/en/practices/[x]']) {
			expect(safeNextPath(good, '/en')).toBe(good);
			expect(() => new Response(null, { status: 303, headers: { location: good } })).not.toThrow();
		}
	});

	it('keeps every address this site itself sends to the login page', () => {
		for (const href of ['https://h.example/pl/miasta/Łódź?q=żółw i "ja"&a=<b>#x', 'https://h.example/en/search?q=a|b{c}^`d']) {
			const url = new URL(href);
			const next = new URL(loginPath('pl', url.pathname + url.search), url).searchParams.get('next');
			expect(safeNextPath(next, '/pl')).toBe(url.pathname + url.search);
		}
	});

	it('builds a login address that returns', () => {
		expect(loginPath('en', '/en/account')).toBe('/en/login?next=%2Fen%2Faccount');
	});
});
