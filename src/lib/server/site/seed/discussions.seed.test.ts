import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { getThreadPage, listThreads, locateReply } from '../../together/discussions';
import { demoActor, seedWholeDemo } from './seed.testing';
import { LONG_THREAD_TITLE } from './discussions.seed';

const t = useTestDatabase();

beforeAll(() => seedWholeDemo(t.deps), 120_000);

describe('demo discussions', () => {
	it('has general discussions in Polish and English, and a long thread with a second page', async () => {
		const list = await listThreads(null, { groupId: null, locale: 'pl' }, t.deps);
		expect(list.total).toBeGreaterThanOrEqual(4);
		const titles = list.threads.map((th) => th.title);
		expect(titles).toContain('Ogrzewanie w starych domach górniczych — od czego zacząć?');
		expect(titles).toContain('Keeping young people in our towns: what has actually worked?');
		const long = list.threads.find((th) => th.title === LONG_THREAD_TITLE)!;
		expect(long.replies).toBeGreaterThanOrEqual(100);

		const slug = long.path.split('/').at(-1)!;
		const page2 = await getThreadPage(null, { slug, page: 2, locale: 'pl' }, t.deps);
		expect(page2.pages).toBeGreaterThanOrEqual(4);
		expect(page2.posts[0].number).toBe(31);
		expect((await locateReply(null, { slug, number: 45, locale: 'pl' }, t.deps)).path).toBe(`/pl/discussions/${slug}?page=2#reply-45`);
	});

	it('links mentions of demo people for members, and marks an edited post', async () => {
		const ewa = await demoActor(t.db, 'ewa@headframe.example');
		const list = await listThreads(ewa, { groupId: null, locale: 'pl' }, t.deps);
		const heating = list.threads.find((th) => th.title.startsWith('Ogrzewanie'))!;
		const page = await getThreadPage(ewa, { slug: heating.path.split('/').at(-1)!, locale: 'pl' }, t.deps);
		expect(page.posts[2].html).toContain(`href="/pl/people/${ewa.handle}"`);
		expect(page.posts.some((p) => p.editedAt !== null)).toBe(true);
		expect(page.viewer.following).toBe(true);
	});
});
