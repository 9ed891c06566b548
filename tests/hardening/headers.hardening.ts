/**
 * Security headers and cookies on every kind of answer: a page, a refused form, a missing
 * page, a file-like endpoint. (HSTS needs HTTPS: its test is security-headers.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { Client } from './support/client';
import { DEMO_PASSWORD, demo } from '../e2e/support/env';

function directives(csp: string): Map<string, string[]> {
	return new Map(
		csp
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((parts) => parts[0])
			.map(([name, ...values]) => [name.toLowerCase(), values])
	);
}

function expectSafeHeaders(headers: Headers, where: string) {
	expect(headers.get('x-content-type-options'), where).toBe('nosniff');
	expect(headers.get('referrer-policy'), where).toBe('strict-origin-when-cross-origin');
	expect(headers.get('strict-transport-security'), `${where}: no HSTS over plain HTTP`).toBeNull();
	expect(headers.get('x-powered-by'), where).toBeNull();
}

describe('security headers', () => {
	it('pages carry a nonce-based CSP without inline scripts, and cannot be framed', async () => {
		const client = new Client('visitor');
		for (const path of ['/en', '/pl/practices', '/en/login', '/pl/events', '/en/no-such-page']) {
			const answer = await client.get(path);
			expectSafeHeaders(answer.headers, path);
			const csp = answer.headers.get('content-security-policy');
			expect(csp, path).toBeTruthy();
			const policy = directives(csp!);
			const scripts = policy.get('script-src') ?? policy.get('default-src') ?? [];
			expect(scripts, path).not.toContain("'unsafe-inline'");
			expect(scripts, path).not.toContain("'unsafe-eval'");
			expect(policy.get('frame-ancestors'), path).toEqual(["'none'"]);
			expect(policy.get('object-src') ?? policy.get('default-src'), path).toBeDefined();
			// every inline script the page has carries the nonce the header allows
			const nonce = scripts.find((s) => s.startsWith("'nonce-"))?.slice(7, -1);
			for (const tag of answer.text.match(/<script\b[^>]*>/g) ?? []) {
				if (/\ssrc=/.test(tag)) continue;
				expect(tag, `${path}: inline script without the nonce`).toContain(`nonce="${nonce}"`);
			}
		}
	});

	it('refused forms and endpoints carry the same headers', async () => {
		const client = new Client('visitor');
		const refused = await client.post('/en/login', new URLSearchParams({ email: 'nobody', password: '' }));
		expect(refused.status).toBeGreaterThanOrEqual(400);
		expectSafeHeaders(refused.headers, 'refused login');
		const health = await client.get('/health');
		expect(health.headers.get('x-content-type-options')).toBe('nosniff');
	});

	it('a form posted from another site is refused', async () => {
		const client = new Client('visitor');
		const answer = await client.request('/en/login', {
			method: 'POST',
			body: new URLSearchParams({ email: demo.member, password: DEMO_PASSWORD }),
			headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' }
		});
		expect(answer.status).toBe(403);
	});
});

describe('cookies', () => {
	it('the session cookie is HttpOnly, SameSite=Lax, scoped to the site, and renewed at login', async () => {
		const raw = await fetch(new URL('/en/login', process.env.E2E_BASE_URL), {
			method: 'POST',
			redirect: 'manual',
			headers: { origin: process.env.E2E_BASE_URL!, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({ email: demo.member, password: DEMO_PASSWORD })
		});
		expect(raw.status).toBe(303);
		const cookies = raw.headers.getSetCookie();
		const session = cookies.find((c) => /^hf_session=|session/i.test(c));
		expect(session, cookies.join('\n')).toBeDefined();
		expect(session).toMatch(/;\s*HttpOnly/i);
		expect(session).toMatch(/;\s*SameSite=Lax/i);
		expect(session).toMatch(/;\s*Path=\//i);
		expect(session).not.toMatch(/;\s*Domain=/i);
		// plain HTTP here: Secure would make the browser drop it (it is set behind HTTPS)
		expect(session).not.toMatch(/;\s*Secure/i);
	});
});
