/** The demo's follows and notifications: Ewa has unread ones waiting, grouped, none from a group she is not in. */
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { listNotifications, unreadCount } from '../../notify/notifications';
import { demoActor, seedWholeDemo } from './seed.testing';

const t = useTestDatabase();

beforeAll(() => seedWholeDemo(t.deps), 120_000);

describe('demo notifications', () => {
	it('gives Ewa unread notifications, one item per discussion or challenge, that she may read', async () => {
		const ewa = await demoActor(t.db, 'ewa@headframe.example');
		const count = await unreadCount(ewa, t.deps);
		expect(count).toBeGreaterThan(0);
		const list = await listNotifications(ewa, t.deps);
		expect(list.unread.length).toBeGreaterThan(0);
		expect(list.unread.reduce((sum, item) => sum + item.unread, 0)).toBe(count);
		expect(list.unread.some((item) => item.unread > 1)).toBe(true);
		const follows = await t.db.selectFrom('follows').select('target_type').where('person_id', '=', ewa.id).execute();
		const types = new Set(follows.map((f) => f.target_type));
		for (const type of ['city', 'area', 'person', 'practice', 'thread', 'challenge'] as const) expect(types.has(type), type).toBe(true);
		// Nothing of a secret group she is not in.
		const secretContexts = await t.db
			.selectFrom('notifications as n')
			.innerJoin('threads as th', 'th.id', 'n.context_id')
			.innerJoin('groups as g', 'g.id', 'th.group_id')
			.select('n.id')
			.where('n.person_id', '=', ewa.id)
			.where('n.context_type', '=', 'thread')
			.where('g.kind', '=', 'secret')
			.execute();
		expect(secretContexts).toEqual([]);
	});
});
