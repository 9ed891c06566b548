import { describe, expect, it } from 'vitest';
import { isForbiddenCrossSiteForm } from './csrf';

const SITE = 'https://headframe.example';

function post(path: string, headers: Record<string, string>, method = 'POST') {
	return [new Request(`${SITE}${path}`, { method, headers, body: 'x=1' }), new URL(`${SITE}${path}`)] as const;
}

describe('cross-site form check', () => {
	it('refuses form posts from another site or without an Origin, as SvelteKit does', () => {
		for (const type of [
			'application/x-www-form-urlencoded',
			'multipart/form-data; boundary=x',
			'text/plain;charset=UTF-8',
			'application/x-sveltekit-formdata'
		]) {
			expect(isForbiddenCrossSiteForm(...post('/pl/login', { 'content-type': type, origin: 'https://evil.example' }))).toBe(true);
			expect(isForbiddenCrossSiteForm(...post('/pl/login', { 'content-type': type }))).toBe(true);
		}
		for (const method of ['PUT', 'PATCH', 'DELETE']) {
			expect(isForbiddenCrossSiteForm(...post('/pl/account', { 'content-type': 'application/x-www-form-urlencoded' }, method))).toBe(true);
		}
		// the unsubscribe exemption is exactly one path segment, POST only
		expect(
			isForbiddenCrossSiteForm(...post('/unsubscribe/abc/../../pl/login', { 'content-type': 'application/x-www-form-urlencoded' }))
		).toBe(true);
		expect(isForbiddenCrossSiteForm(...post('/unsubscribe/abc/more', { 'content-type': 'application/x-www-form-urlencoded' }))).toBe(true);
		expect(isForbiddenCrossSiteForm(...post('/pl/unsubscribe/abc', { 'content-type': 'application/x-www-form-urlencoded' }))).toBe(true);
		expect(isForbiddenCrossSiteForm(...post('/unsubscribe/abc', { 'content-type': 'application/x-www-form-urlencoded' }, 'DELETE'))).toBe(
			true
		);
	});

	it('lets same-site forms, other content types and reads through', () => {
		expect(isForbiddenCrossSiteForm(...post('/pl/login', { 'content-type': 'application/x-www-form-urlencoded', origin: SITE }))).toBe(
			false
		);
		expect(isForbiddenCrossSiteForm(...post('/api/x', { 'content-type': 'application/json' }))).toBe(false);
		const get = new Request(`${SITE}/pl/login`);
		expect(isForbiddenCrossSiteForm(get, new URL(get.url))).toBe(false);
	});

	it('lets mail clients post the one-click unsubscribe link without an Origin (RFC 8058)', () => {
		expect(isForbiddenCrossSiteForm(...post('/unsubscribe/some-token_123', { 'content-type': 'application/x-www-form-urlencoded' }))).toBe(
			false
		);
		expect(
			isForbiddenCrossSiteForm(
				...post('/unsubscribe/some-token_123', { 'content-type': 'multipart/form-data; boundary=x', origin: 'https://mail.example' })
			)
		).toBe(false);
	});
});
