/** The demo's working groups: the founding group with its discussion and open poll, thematic groups, a secret one. */
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { AppError } from '../../platform/core';
import { getGroup, listGroups } from '../../together/groups';
import { listThreads } from '../../together/discussions';
import { listProposals } from '../../together/proposals';
import { demoActor, seedWholeDemo } from './seed.testing';
import { FOUNDING_GROUP_NAME, SECRET_GROUP_NAME } from './groups.seed';

const t = useTestDatabase();

beforeAll(() => seedWholeDemo(t.deps), 120_000);

const groupNamed = (name: string) => t.db.selectFrom('groups').selectAll().where('name', '=', name).executeTakeFirstOrThrow();

describe('demo working groups', () => {
	it('has the founding group: closed, run by Magda, with Ewa and people of several countries, a discussion and an open poll on the areas', async () => {
		const founding = await groupNamed(FOUNDING_GROUP_NAME);
		expect(founding.kind).toBe('closed');
		const magda = await demoActor(t.db, 'koordynator@headframe.example');
		const ewa = await demoActor(t.db, 'ewa@headframe.example');
		const page = await getGroup(magda, { slug: founding.slug, locale: 'en' }, t.deps);
		expect(page.standing).toBe('coordinator');
		expect(page.members.map((m) => m.handle)).toContain(ewa.handle);
		const countries = await t.db
			.selectFrom('group_members as gm')
			.innerJoin('people as p', 'p.id', 'gm.person_id')
			.innerJoin('cities as c', 'c.id', 'p.city_id')
			.select('c.country_code')
			.distinct()
			.where('gm.group_id', '=', founding.id)
			.execute();
		expect(countries.length).toBeGreaterThanOrEqual(4);

		const threads = await listThreads(ewa, { groupId: founding.id }, t.deps);
		expect(threads.threads).toHaveLength(1);
		const thread = await t.db
			.selectFrom('threads')
			.select(['id', 'post_count'])
			.where('group_id', '=', founding.id)
			.executeTakeFirstOrThrow();
		const posts = await t.db.selectFrom('posts').select('number').where('thread_id', '=', thread.id).orderBy('number').execute();
		expect(posts.map((p) => p.number)).toEqual(Array.from({ length: thread.post_count }, (_, i) => i + 1));

		const [proposal] = await listProposals(ewa, { groupId: founding.id }, t.deps);
		expect(proposal).toMatchObject({ kind: 'poll', open: true });
		expect(proposal.voters).toBeGreaterThanOrEqual(3);
		const row = await t.db.selectFrom('proposals').selectAll().where('id', '=', proposal.id).executeTakeFirstOrThrow();
		const areas = await t.db.selectFrom('areas').select('id').execute();
		expect(row.options).toHaveLength(areas.length);
		expect(row).toMatchObject({ max_choices: 3, results_visible: 'after_vote' });

		// a network member outside the group sees it exists, but not its discussion
		const outsider = await demoActor(t.db, 'krzysztof.nowicki@headframe.example');
		expect((await getGroup(outsider, { slug: founding.slug, locale: 'en' }, t.deps)).can).toMatchObject({
			readContent: false,
			request: true
		});
		await expect(listThreads(outsider, { groupId: founding.id }, t.deps)).rejects.toBeInstanceOf(AppError);
	});

	it('has one open thematic group per two areas, each with a coordinator and its areas', async () => {
		const areas = await t.db.selectFrom('areas').select('id').execute();
		const groups = await t.db.selectFrom('groups').select(['id', 'kind']).where('name', 'like', 'Thematic group:%').execute();
		expect(groups).toHaveLength(Math.ceil(areas.length / 2));
		for (const group of groups) {
			expect(group.kind).toBe('open');
			const coordinators = await t.db
				.selectFrom('group_members')
				.select('person_id')
				.where('group_id', '=', group.id)
				.where('role', '=', 'coordinator')
				.execute();
			expect(coordinators).toHaveLength(1);
		}
		const covered = await t.db
			.selectFrom('group_areas')
			.select('area_id')
			.where(
				'group_id',
				'in',
				groups.map((g) => g.id)
			)
			.execute();
		expect(new Set(covered.map((c) => c.area_id)).size).toBe(areas.length);
	});

	it('has a secret group of two that Ewa and the list never show to outsiders', async () => {
		const secret = await groupNamed(SECRET_GROUP_NAME);
		expect(secret.kind).toBe('secret');
		const members = await t.db.selectFrom('group_members').select('person_id').where('group_id', '=', secret.id).execute();
		expect(members).toHaveLength(2);
		const ewa = await demoActor(t.db, 'ewa@headframe.example');
		expect((await listGroups(ewa, { locale: 'en' }, t.deps)).groups.map((g) => g.slug)).not.toContain(secret.slug);
		await expect(getGroup(ewa, { slug: secret.slug, locale: 'en' }, t.deps)).rejects.toMatchObject({ code: 'not_found' });
		const magda = await demoActor(t.db, 'koordynator@headframe.example');
		expect((await listGroups(magda, { locale: 'en' }, t.deps)).groups.map((g) => g.slug)).toContain(secret.slug);
	});
});
