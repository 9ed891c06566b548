/**
 * The whole site as six kinds of people walk it, then every POST form they met fed bad input.
 * Nothing may answer 5xx or show a trace; members-only demo content never reaches those who
 * may not see it; coordination pages refuse everyone else; and nothing from a refused request
 * is stored anywhere a later walk can find it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PRACTICES } from '../../src/lib/server/site/seed/practices.data';
import { badInputs } from './support/bad-input';
import { crawl, LEAKS, shapeOf, type FoundForm, type Visit } from './support/crawl';
import { clientFor, ROLES, type Role } from './support/roles';
import type { Client } from './support/client';

const STARTS = [
	'/pl',
	'/en',
	'/en/account',
	'/pl/admin',
	'/en/practices',
	'/pl/events',
	'/en/calls',
	'/en/projects',
	'/pl/study-visits',
	'/en/consultations',
	'/en/groups',
	'/pl/discussions',
	'/en/challenges',
	'/pl/notifications'
];

/**
 * What the demo network keeps from visitors and people not yet members: members-only
 * practices (in every language written), members-only events and projects, a partners-only
 * project update, and the meeting links of online events (registered people only).
 */
const MEMBERS_ONLY = [
	...DEMO_PRACTICES.filter((p) => p.visibility === 'members').flatMap((p) => [
		p.texts.title,
		...Object.values(p.translations ?? {}).map((t) => t.title)
	]),
	'Warsztat: hałdy jako miejsce dla mieszkańców',
	'Workshop: keeping volunteers in heritage sites',
	'After coal: skills and jobs for the energy transition (demo)',
	'Budget note for partners',
	'https://meet.example'
];

/** A secret working group's thread: only its members (the coordinator and the admin) may ever see it. */
const SECRET = ['Budget for the autumn conference'];
const OUTSIDE_SECRET_GROUP: Role['name'][] = ['visitor', 'registered', 'member', 'organisation admin'];

const walks = new Map<Role['name'], { client: Client; visits: Visit[]; forms: FoundForm[] }>();

beforeAll(async () => {
	for (const role of ROLES) {
		const client = await clientFor(role);
		walks.set(role.name, { client, ...(await crawl(client, STARTS)) });
	}
}, 600_000);

const failures = (check: (v: Visit) => string | null, names = ROLES.map((r) => r.name)) =>
	names.flatMap((name) =>
		walks
			.get(name)!
			.visits.map((v) => check(v))
			.filter((f): f is string => f !== null)
			.map((f) => `${name}: ${f}`)
	);

describe('walking the site', () => {
	it('reaches a good part of it for every role', () => {
		for (const role of ROLES) {
			const { visits, forms } = walks.get(role.name)!;
			const shapes = new Set(visits.map((v) => shapeOf(v.path))).size;
			console.log(`${role.name}: ${visits.length} pages of ${shapes} shapes, ${forms.length} POST forms`);
			expect(visits.length, role.name).toBeGreaterThan(40);
		}
	});

	it('never answers 5xx and never shows a trace or SQL', () => {
		expect(
			failures((v) =>
				v.answer.status >= 500
					? `${v.path} → ${v.answer.status}`
					: LEAKS.test(v.answer.text)
						? `${v.path} leaks ${LEAKS.exec(v.answer.text)![0]}`
						: null
			)
		).toEqual([]);
	});

	it('keeps members-only content from visitors and people not yet members', () => {
		expect(MEMBERS_ONLY.length).toBeGreaterThan(0);
		const outsiders = ROLES.filter((r) => !r.member).map((r) => r.name);
		expect(
			failures((v) => {
				const shown = MEMBERS_ONLY.find((title) => v.answer.text.includes(title));
				return shown ? `${v.path} shows "${shown}"` : null;
			}, outsiders)
		).toEqual([]);
		// and members do see it, so the check above is not empty by accident
		const seenByMember = walks.get('member')!.visits.some((v) => MEMBERS_ONLY.some((title) => v.answer.text.includes(title)));
		expect(seenByMember).toBe(true);
	});

	it('keeps a secret group out of every page its non-members reach', () => {
		expect(
			failures((v) => {
				const shown = SECRET.find((text) => v.answer.text.includes(text));
				return shown ? `${v.path} shows "${shown}"` : null;
			}, OUTSIDE_SECRET_GROUP)
		).toEqual([]);
		const seenByCoordinator = walks.get('coordinator')!.visits.some((v) => SECRET.some((text) => v.answer.text.includes(text)));
		expect(seenByCoordinator, 'the coordinator, a member of the group, does reach it').toBe(true);
	});

	it('refuses coordination pages to everyone who does not run the network', async () => {
		// the reports queue is also for group coordinators (their own groups' reports): checked below
		const adminPaths = [
			...new Set(
				walks
					.get('coordinator')!
					.visits.map((v) => v.path)
					.filter((p) => /^\/[a-z]{2}\/admin(\/|$|\?)/.test(p) && !/\/admin\/reports/.test(p))
			)
		];
		expect(adminPaths.length).toBeGreaterThan(0);
		const refused: string[] = [];
		for (const role of ROLES.filter((r) => !r.coordinates)) {
			const { client } = walks.get(role.name)!;
			for (const path of adminPaths) {
				const answer = await client.get(path);
				// signed in: "not found", so nothing leaks; a visitor: the same, or the login form
				const expected = role.email ? [403, 404] : [303, 404];
				if (!expected.includes(answer.status)) refused.push(`${role.name}: ${path} → ${answer.status}`);
			}
		}
		expect(refused).toEqual([]);
	});

	it('opens the reports queue to network and group coordinators only', async () => {
		for (const role of ROLES.filter((r) => r.name === 'visitor' || r.name === 'registered' || r.name === 'member')) {
			const answer = await walks.get(role.name)!.client.get('/en/admin/reports');
			expect(role.email ? [403, 404] : [303, 404], `${role.name}: ${answer.status}`).toContain(answer.status);
		}
		expect((await walks.get('coordinator')!.client.get('/en/admin/reports')).status).toBe(200);
	});
});

describe('bad input to every form', () => {
	const rejectedTokens: string[] = [];

	it('is answered with a 4xx or handled, never a 5xx, a trace or SQL', async () => {
		const problems: string[] = [];
		let sent = 0;
		for (const name of ['organisation admin', 'coordinator', 'visitor'] as const) {
			const { client, forms } = walks.get(name)!;
			const unique = new Map<string, FoundForm>();
			for (const form of forms) {
				if (/\/logout/.test(form.action)) continue;
				unique.set(
					`${shapeOf(form.action)} ${form.fields
						.map((f) => f.name)
						.sort()
						.join(',')}`,
					form
				);
			}
			for (const form of unique.values()) {
				for (const attempt of badInputs(form)) {
					const where = `${name}: ${attempt.label} → POST ${form.action} (form on ${form.page})`;
					sent++;
					const answer = await (
						attempt.oversized
							? client.postOversized(form.action, attempt.body as FormData)
							: client.request(form.action, {
									method: 'POST',
									body: attempt.body,
									headers: attempt.contentType ? { 'content-type': attempt.contentType } : {}
								})
					).catch((error: Error) => {
						problems.push(`${where}: no answer (${error.cause ?? error.message})`);
						return null;
					});
					if (!answer) continue;
					if (answer.status >= 500) problems.push(`${where}: ${answer.status}`);
					else if (LEAKS.test(answer.text)) problems.push(`${where}: leaks ${LEAKS.exec(answer.text)![0]}`);
					if (answer.status >= 400) rejectedTokens.push(attempt.token);
				}
			}
		}
		console.log(`bad input: ${sent} requests, ${rejectedTokens.length} refused with a 4xx`);
		expect(sent).toBeGreaterThan(100);
		expect(problems).toEqual([]);
	}, 900_000);

	it('stores nothing of what it refused', async () => {
		expect(rejectedTokens.length).toBeGreaterThan(0);
		const found: string[] = [];
		for (const role of ROLES.filter((r) => r.coordinates || r.name === 'organisation admin')) {
			const { visits } = await crawl(await clientFor(role), STARTS);
			for (const visit of visits) {
				const token = rejectedTokens.find((t) => visit.answer.text.includes(t));
				if (token) found.push(`${role.name}: ${visit.path} shows ${token}`);
			}
		}
		expect(found).toEqual([]);
	}, 600_000);
});
