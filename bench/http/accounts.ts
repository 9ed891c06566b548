/**
 * Signing in through the real login form (POST /pl/login, as a browser sends it: form-encoded
 * with the site's Origin), to get session cookies for the signed-in and write scenarios.
 */
import { BENCH_PASSWORD } from '../load/load';

/** Sessions for the signed-in and write scenarios: members have no posting limits, and 40 spread the writes anyway. */
export const SESSIONS = 40;

/** The `hf_session=…` cookie of a new session for this generated person. */
export async function signIn(baseUrl: string, email: string, password = BENCH_PASSWORD): Promise<string> {
	const response = await fetch(`${baseUrl}/pl/login`, {
		method: 'POST',
		redirect: 'manual',
		// a browser's Accept: without it SvelteKit answers as to `use:enhance` (JSON, status 200)
		headers: { 'content-type': 'application/x-www-form-urlencoded', origin: baseUrl, accept: 'text/html' },
		body: new URLSearchParams({ email, password }).toString()
	});
	await response.arrayBuffer();
	const cookie = response.headers.getSetCookie().find((c) => c.startsWith('hf_session='));
	if (response.status !== 303 || !cookie) throw new Error(`signing in as ${email} failed: ${response.status}`);
	return cookie.split(';', 1)[0];
}

/** Sessions for several people, a few at a time (each login hashes a password: argon2 is slow on purpose). */
export async function signInMany(baseUrl: string, emails: string[]): Promise<string[]> {
	const cookies: string[] = [];
	for (let i = 0; i < emails.length; i += 4)
		cookies.push(...(await Promise.all(emails.slice(i, i + 4).map((email) => signIn(baseUrl, email)))));
	return cookies;
}
