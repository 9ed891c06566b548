/**
 * The authorisation matrix (support/matrix.ts) read over HTTP: every route of src/routes, as
 * a visitor, a registered non-member, a member, an organisation admin, a member of a closed
 * group, a coordinator and an admin; each answer as the policy says, and members-only,
 * partners-only and secret content only in the answers of those who may see it. Then the
 * actions that need rights, posted as an enhanced form posts them (the action's own answer,
 * not the page drawn after it): refused for everyone without the right.
 *
 * On a server of its own with a fresh demo network: the site walk posts bad input to every
 * form it finds (some succeed with an empty body: unpublishing, cancelling), so the suite's
 * shared server's demo data is not what this table describes once that walk has run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, type Answer } from './support/client';
import { ACTIONS, LOOKUPS, PAGES, UPLOADS, type ActionOutcome, type Outcome, type RoleName } from './support/matrix';
import { clientFor, MATRIX_ROLES } from './support/roles';
import { startServer, type TestServer } from './support/server';

const ROUTES_DIR = path.resolve(import.meta.dirname, '../../src/routes');

let server: TestServer;
let dataDir: string;
const clients = new Map<RoleName, Client>();
/** {placeholder} → value: looked-up ids, uploaded files, the calendar feed's token. */
const values = new Map<string, string>();
let cells = 0;
let posted = 0;
let skipped = 0;

const client = (role: RoleName) => clients.get(role)!;

function fill(text: string): string {
	return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
		const value = values.get(name);
		if (value === undefined) throw new Error(`no value for ${whole}`);
		return value;
	});
}

/** A PDF small enough to be harmless and real enough for the upload checks. */
const pdf = () =>
	new Blob(['%PDF-1.4\n% authorisation matrix fixture\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'], { type: 'application/pdf' });

beforeAll(async () => {
	dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hf-authz-'));
	server = await startServer({ dataDir });
	for (const role of MATRIX_ROLES) clients.set(role.name, await clientFor(role, server.base));

	for (const lookup of LOOKUPS) {
		const answer = await client(lookup.as).get(lookup.page);
		const found = lookup.pattern.exec(answer.text)?.[1];
		if (!found) throw new Error(`lookup ${lookup.name}: nothing matches ${lookup.pattern} on ${lookup.page} (${answer.status})`);
		values.set(lookup.name, found);
	}

	for (const upload of UPLOADS) {
		const form = new FormData();
		for (const [name, value] of Object.entries(upload.fields)) form.append(name, value);
		const fileName = `authz-${upload.name.toLowerCase()}.pdf`;
		form.append('file', pdf(), fileName);
		const sent = await client(upload.as).request(upload.action, { method: 'POST', body: form });
		const listed = await client(upload.as).get(upload.page);
		const link = new RegExp(`/${upload.kind}/(\\d+)/${fileName}`).exec(listed.text);
		if (!link) throw new Error(`upload ${upload.name}: answered ${sent.status}, and ${upload.page} lists no ${fileName}`);
		values.set(upload.name, `${link[1]}/${fileName}`);
		values.set(`${upload.name}Id`, link[1]);
	}

	// the member's own calendar feed: its secret address is all a calendar app has
	const feed = await client('member').post('/en/account/calendar?/create', new URLSearchParams());
	const token = /\/calendar\/([\w-]+)\.ics/.exec(feed.text)?.[1];
	if (!token) throw new Error(`creating a calendar feed answered ${feed.status} without an address`);
	values.set('feed', token);
}, 300_000);

afterAll(async () => {
	await server?.stop();
	if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
	console.log(
		`authorisation matrix: ${PAGES.length} addresses of ${new Set(PAGES.map((p) => p.route)).size} routes, ${cells} address × role answers; ${ACTIONS.length} actions, ${posted} posted (${skipped} not sent: they would really change something)`
	);
});

/** Every folder of src/routes that answers requests: the route ids of the table. */
function routeIds(dir = ROUTES_DIR): string[] {
	const entries = fs.readdirSync(dir, { withFileTypes: true });
	const own = entries.some((e) => e.isFile() && /^\+(page\.svelte|page\.server\.ts|page\.ts|server\.ts)$/.test(e.name));
	const id = '/' + path.relative(ROUTES_DIR, dir).split(path.sep).join('/');
	return [
		...(own ? [id === '/' ? '/' : id] : []),
		...entries.filter((e) => e.isDirectory()).flatMap((e) => routeIds(path.join(dir, e.name)))
	];
}

const plain = (html: string) =>
	html
		.replace(/<[^>]*>/g, '')
		.replace(/&#39;|&#x27;|&apos;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&');

/** POST forms on a page other than logging out (the header's). */
const postForms = (html: string) =>
	[...html.matchAll(/<form\b[^>]*>/gi)].filter((m) => /method="post"/i.test(m[0]) && !/action="\/[a-z]{2}\/logout"/.test(m[0]));

/** Why an answer is not the expected outcome, or null when it is. */
function mismatch(expected: Outcome, answer: Answer, requested: string): string | null {
	const got = `${answer.status}${answer.location ? ` → ${answer.location}` : ''}`;
	const lang = /^\/([a-z]{2})\//.exec(requested)?.[1] ?? 'en';
	switch (expected) {
		case 'ok':
			return answer.status === 200 ? null : got;
		case 'explains':
			if (answer.status !== 200) return got;
			return postForms(answer.text).length === 0 ? null : `200 with a form to post (${postForms(answer.text)[0][0]})`;
		case 'login':
			return answer.status === 303 && answer.location?.startsWith(`/${lang}/login?next=`) ? null : got;
		case 'not found':
			return answer.status === 404 ? null : got;
		case 'bad request':
			return answer.status === 400 ? null : got;
		case 'no GET':
			return answer.status === 405 ? null : got;
		default: {
			const target = expected.slice(1);
			return answer.status >= 300 && answer.status < 400 && answer.location?.startsWith(target) ? null : got;
		}
	}
}

describe('the authorisation matrix', () => {
	it('covers every route of src/routes, and names no route that is gone', () => {
		const routes = routeIds();
		const covered = new Set([...PAGES.map((p) => p.route)]);
		expect(routes.length).toBeGreaterThan(90);
		expect(
			routes.filter((r) => !covered.has(r)),
			'routes without a row in tests/hardening/support/matrix.ts'
		).toEqual([]);
		expect(
			[...covered].filter((r) => !routes.includes(r)),
			'rows for routes that do not exist'
		).toEqual([]);
		const actionRoutes = ACTIONS.map((a) => a.route).filter((r) => !routes.includes(r));
		expect(actionRoutes, 'actions of routes that do not exist').toEqual([]);
	});

	it.each(PAGES.map((p) => [`${p.what}: GET ${p.path}`, p] as const))('%s', async (_, check) => {
		const requested = fill(check.path);
		const problems: string[] = [];
		for (const [i, role] of MATRIX_ROLES.entries()) {
			cells++;
			const answer = await client(role.name).get(requested);
			const wrong = mismatch(check.expect[i], answer, requested);
			if (wrong) problems.push(`${role.name}: expected ${check.expect[i]}, got ${wrong}`);
			const text = plain(answer.text);
			for (const reveal of check.reveals ?? []) {
				const shown = text.includes(reveal.text);
				const should = reveal.to.includes(role.name);
				if (shown && !should) problems.push(`${role.name}: LEAK, the answer shows "${reveal.text}"`);
				if (!shown && should && answer.status === 200)
					problems.push(`${role.name}: should see "${reveal.text}" and does not (is the check still looking at the right thing?)`);
			}
		}
		expect(problems, requested).toEqual([]);
	});

	it('shows each signed-in person their own account and nobody else’s', async () => {
		const emails = MATRIX_ROLES.flatMap((r) => (r.email ? [r.email] : []));
		const problems: string[] = [];
		for (const role of MATRIX_ROLES.filter((r) => r.email)) {
			for (const page of ['/en/account', '/en/account/notifications', '/en/account/calendar']) {
				const text = (await client(role.name).get(page)).text;
				if (page === '/en/account' && !text.includes(role.email!)) problems.push(`${role.name}: ${page} does not show their own address`);
				const others = emails.filter((e) => e !== role.email && text.includes(e));
				if (others.length) problems.push(`${role.name}: ${page} shows ${others.join(', ')}`);
			}
		}
		expect(problems).toEqual([]);
	});
});

/** What an action answered: its own failure status, a redirect, or that it was done. */
function actionOutcome(answer: Answer): string {
	const result = /json/.test(answer.headers.get('content-type') ?? '')
		? (JSON.parse(answer.text) as { type?: string; status?: number; location?: string })
		: {};
	if (result.type === 'failure') return String(result.status);
	if (result.type === 'redirect') return result.location?.includes('/login?') ? 'login' : `DONE (redirect to ${result.location})`;
	if (result.type === 'success') return 'DONE';
	// an action that threw (type 'error'), and endpoints (+server.ts), answer with the status itself
	if (answer.status === 303 && answer.location?.includes('/login?')) return 'login';
	if (answer.status >= 300 && answer.status < 400) return `DONE (redirect to ${answer.location})`;
	return String(answer.status);
}

describe('actions that need rights', () => {
	it.each(ACTIONS.map((a) => [`${a.what}: POST ${a.path}`, a] as const))('%s', async (_, check) => {
		const requested = fill(check.path);
		const body = new URLSearchParams(Object.entries(check.body).map(([k, v]) => [k, fill(v)]));
		const problems: string[] = [];
		for (const [i, role] of MATRIX_ROLES.entries()) {
			const expected: ActionOutcome = check.expect[i];
			if (expected === 'skip') {
				skipped++;
				continue;
			}
			posted++;
			// as an enhanced form: the action's own answer, which a page drawn afterwards cannot hide
			const answer = await client(role.name).request(requested, { method: 'POST', body, headers: { accept: 'application/json' } });
			const got = actionOutcome(answer);
			if (got !== String(expected)) problems.push(`${role.name}: expected ${expected}, got ${got}`);
		}
		expect(problems, requested).toEqual([]);
	});
});
