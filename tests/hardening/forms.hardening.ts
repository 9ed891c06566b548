/**
 * Forms an attacker sends, end to end. One small post of 20,000 repeats of a field used to
 * hold the whole server for seconds while the form was read (each repeat copied the array
 * again); now it is refused at once with a 413 while other requests go on. And a crafted
 * `next` address after login used to end in a 500 (a character a Location header cannot carry).
 */
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, demo } from '../e2e/support/env';
import { Client } from './support/client';

/** The attack on the login form: 60 KB, one field sent 20,000 times. */
const REPEATS = 20_000;
const urlencodedAttack = () => `email=${encodeURIComponent(demo.member)}&password=wrong&${'x=&'.repeat(REPEATS)}`;

/** The same as multipart, encoded beforehand: building it must not hold up this test's own timing. */
async function multipartAttack(): Promise<{ body: ArrayBuffer; contentType: string }> {
	const form = new FormData();
	form.append('email', demo.member);
	for (let i = 0; i < REPEATS; i++) form.append('x', '');
	const encoded = new Response(form);
	return { body: await encoded.arrayBuffer(), contentType: encoded.headers.get('content-type')! };
}

/** Times `/health` again and again until `until` settles; answers the slowest and how many were asked. */
async function healthWhile(client: Client, until: Promise<unknown>): Promise<{ slowest: number; count: number }> {
	let done = false;
	void until.finally(() => (done = true));
	let slowest = 0;
	let count = 0;
	while (!done || count === 0) {
		const start = performance.now();
		const answer = await client.get('/health');
		slowest = Math.max(slowest, performance.now() - start);
		count++;
		expect(answer.status).toBe(200);
	}
	return { slowest, count };
}

async function timedPost(client: Client, body: BodyInit, contentType?: string) {
	const start = performance.now();
	const answer = await client.post('/en/login', body, contentType);
	return { answer, ms: performance.now() - start };
}

describe('a form of 20,000 repeated fields', () => {
	it('is answered 413 in under a second while /health stays under 100 ms', async () => {
		const attacker = new Client('attacker');
		const monitor = new Client('monitor');
		const urlencoded = urlencodedAttack();
		const multipart = await multipartAttack();
		expect(urlencoded.length).toBeLessThan(70_000);
		await monitor.get('/health'); // a warm connection, as a load balancer keeps
		const attacks = (async () => {
			const results = [];
			for (let round = 0; round < 2; round++) {
				results.push(await timedPost(attacker, urlencoded, 'application/x-www-form-urlencoded'));
				results.push(await timedPost(attacker, multipart.body, multipart.contentType));
			}
			return results;
		})();
		const [results, health] = await Promise.all([attacks, healthWhile(monitor, attacks)]);
		for (const { answer, ms } of results) {
			expect(answer.status, answer.text.slice(0, 300)).toBe(413);
			expect(ms).toBeLessThan(1000);
		}
		expect(results[0].answer.text).toContain('so it was not read');
		expect(health.slowest, `slowest of ${health.count} /health answers`).toBeLessThan(100);
	});

	it('leaves the login form working for the real person', async () => {
		const client = new Client('Ewa');
		await client.logIn(demo.member, DEMO_PASSWORD);
		expect((await client.get('/en/account')).status).toBe(200);
	});
});

describe('where a login sends a person next', () => {
	it('falls back to the home page for an address that is not a plain local path, never a 500', async () => {
		for (const next of ['/ż', '/en/account\u2028', '/a b', '//evil.example', 'https://evil.example/']) {
			const client = new Client('Ewa');
			const page = await client.get(`/en/login?next=${encodeURIComponent(next)}`);
			expect(page.status, next).toBe(200);
			const answer = await client.post('/en/login', new URLSearchParams({ email: demo.member, password: DEMO_PASSWORD, next }));
			expect(answer.status, next).toBe(303);
			expect(answer.location, next).toBe('/en');
			// signed in already: the login page sends on at once, to the same safe place
			const again = await client.get(`/en/login?next=${encodeURIComponent(next)}`);
			expect(again.status, next).toBe(303);
			expect(again.location, next).toBe('/en');
		}
	});

	it('keeps a plain local path', async () => {
		const client = new Client('Ewa');
		const answer = await client.post(
			'/en/login',
			new URLSearchParams({ email: demo.member, password: DEMO_PASSWORD, next: '/en/account?x=%C5%BC' })
		);
		expect(answer.location).toBe('/en/account?x=%C5%BC');
	});

	it('never answers 5xx to a path with characters a Location header cannot carry', async () => {
		const client = new Client('visitor');
		for (const path of ['/%C5%BC', '/en/practices/%C5%BC/transfers', '/en/practices/%E2%80%A8/transfers']) {
			const answer = await client.get(path);
			expect(answer.status, path).toBeLessThan(500);
		}
	});
});
