import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import * as messages from '$lib/paraglide/messages';
import type { ContextType } from '../../platform/db';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, makeArea, makeCity, makeMember } from '../../platform/db/testing/factories';
import { makeCall } from '../../acting/calls/calls.testing';
import { makeEvent } from '../../acting/events/events.testing';
import { makeProject } from '../../acting/projects/projects.testing';
import { makePractice } from '../../knowledge/transfers/transfers.testing';
import { insertFollow, listFollowed } from '../follows';
import { makeChallenge, makeGroup, makeThread } from '../notifications/notifications.testing';
import { buildRegistry, contextEntry, registry, targetEntry } from './registry';
import type { MessageKey } from './entry-types';

const t = useTestDatabase();

/** The context types of platform/db (type-checked both ways: a new one must be named here). */
const CONTEXT_TYPES = Object.keys({ thread: true, challenge: true, group: true, proposal: true } satisfies Record<ContextType, true>);

/** The values a check constraint allows, as the database itself says. */
async function allowedBy(constraint: string): Promise<string[]> {
	const { rows } = await sql<{
		def: string;
	}>`select pg_get_constraintdef(oid) as def from pg_constraint where conname = ${constraint}`.execute(t.db);
	expect(rows).toHaveLength(1);
	return [...rows[0].def.matchAll(/'([a-z_]+)'/g)].map((m) => m[1]).sort();
}

const catalogue = messages as unknown as Record<string, ((params: object, options: { locale: 'pl' | 'en' }) => string) | undefined>;

/** The key names a message that reads as something in both languages. */
function expectWording(key: MessageKey | undefined) {
	expect(key).toBeDefined();
	const message = catalogue[key!];
	expect(typeof message, key).toBe('function');
	for (const locale of ['pl', 'en'] as const) expect(message!({ count: 2, title: 'T' }, { locale }).trim()).not.toBe('');
}

describe('notification registry', () => {
	it('has exactly one entry for every context type, with its loader, access rule and wording', () => {
		expect([...registry().contexts.keys()].sort()).toEqual([...CONTEXT_TYPES].sort());
		for (const type of CONTEXT_TYPES) {
			const entry = contextEntry(type)!;
			expect(entry.type).toBe(type);
			expect(typeof entry.links).toBe('function');
			expect(typeof entry.mayRead).toBe('function');
			expectWording(entry.wording.label);
			expectWording(entry.wording.mail);
			expectWording(entry.wording.target);
		}
	});

	it('has exactly one entry for every follow target of the database: a context, or a target with titles, a follow rule and wording', async () => {
		const followable = await allowedBy('follows_target_type_check');
		const registered = [...registry().contexts.keys(), ...registry().targets.keys()].sort();
		expect(registered).toEqual(followable);
		for (const type of followable) {
			if (contextEntry(type)) {
				expect(targetEntry(type)).toBeUndefined();
				continue;
			}
			const entry = targetEntry(type)!;
			expect(entry.type).toBe(type);
			expect(typeof entry.titles).toBe('function');
			expect(entry.mayFollow === 'own-form' || typeof entry.mayFollow === 'function').toBe(true);
			expectWording(entry.wording.target);
		}
	});

	it('lets have their own mail frequency exactly the contexts the database keeps overrides for', async () => {
		const overridable = [...registry().contexts.values()].filter((c) => c.overridable).map((c) => c.type);
		expect(overridable.sort()).toEqual(await allowedBy('notification_overrides_context_check'));
	});

	it('words every kind it declares in both languages', () => {
		expect(registry().kinds.size).toBeGreaterThan(0);
		for (const kind of registry().kinds.values()) {
			for (const key of [kind.item, kind.itemMany, kind.mail]) if (key) expectWording(key);
		}
	});

	it('refuses two entries for one type', () => {
		const thread = registry().contexts.get('thread')!;
		const city = registry().targets.get('city')!;
		expect(() => buildRegistry([{ contexts: [thread] }, { contexts: [thread] }])).toThrow(/thread/);
		expect(() => buildRegistry([{ targets: [city] }, { targets: [city] }])).toThrow(/city/);
		expect(() => buildRegistry([{ kinds: [{ kind: 'x' }] }, { kinds: [{ kind: 'x' }] }])).toThrow(/x/);
	});

	it('names one followed thing of every type on the settings page, through each domain’s loader', async () => {
		const { person, organisation } = await makeMember(t.db);
		const ewa = actorOf(person, true);
		const other = (await makeMember(t.db)).person;
		const group = await makeGroup(t.db, 'open', [{ id: ewa.id }]);
		const proposal = await t.db
			.insertInto('proposals')
			.values({
				slug: `registry-${group.id}`,
				group_id: group.id,
				title: 'Which pit first',
				kind: 'consent',
				closes_at: new Date(Date.now() + 86_400_000),
				created_by: other.id
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		const followed = {
			thread: (await makeThread(t.db, other.id)).id,
			challenge: (await makeChallenge(t.db, other.id)).id,
			group: group.id,
			proposal: proposal.id,
			practice: (await makePractice(t.db)).id,
			city: (await makeCity(t.db)).id,
			area: (await makeArea(t.db)).id,
			person: other.id,
			organisation: organisation.id,
			call: (await makeCall(t.db)).id,
			event: (await makeEvent(t.db)).id,
			project: (await makeProject(t.db)).project.id
		};
		for (const [type, id] of Object.entries(followed)) await insertFollow(t.db, ewa.id, { type: type as keyof typeof followed, id });

		const items = await listFollowed(ewa, 'en', t.deps);
		expect(items.map((i) => i.type).sort()).toEqual(Object.keys(followed).sort());
		for (const item of items) {
			expect(item.id).toBe(followed[item.type as keyof typeof followed]);
			expect(item.title).not.toBe('');
			expect(item.path).toMatch(/^[a-z]+\/.+/);
			expect(item.label).toBe(contextEntry(item.type)?.wording.target ?? targetEntry(item.type)?.wording.target);
		}
	});
});
