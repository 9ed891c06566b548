/** The author and a coordinator edit the same challenge: the later save never silently undoes the earlier one. */
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import type { Actor } from '../../platform/auth';
import type { FormValues } from '$lib/form-state';
import { openedForm, post } from '../../platform/http/testing/edit-session';
import { getEditChallengeForm, updateChallenge } from './challenges.service';
import { challengeWorlds, makeChallenge } from './challenges.testing';

const t = useTestDatabase();
const { member, coordinator } = challengeWorlds(t);

describe('two people editing one challenge', () => {
	it('refuses the second save with 409 showing the other change, keeps what was typed, and takes it again once merged', async () => {
		const author = await member();
		const challenge = await makeChallenge(t.db, {
			author_id: author.person.id,
			city_id: author.person.city_id!,
			title: 'Empty mine halls'
		});
		const staff = await coordinator();
		const open = async (actor: Actor) => {
			const view = await getEditChallengeForm(actor, { slug: challenge.slug, locale: 'en' }, t.deps);
			return openedForm(view.values, view.version!);
		};
		const save = (actor: Actor) => (values: FormValues) => updateChallenge(actor, { slug: challenge.slug, values }, t.deps);
		const stored = () => t.db.selectFrom('challenges').select(['title', 'tried']).where('id', '=', challenge.id).executeTakeFirstOrThrow();
		const a = await open(author.actor);
		const b = await open(staff);

		expect((await post({ ...a, title: 'Empty mine halls in the centre' }, save(author.actor))).status).toBe(200);
		const refused = await post({ ...b, tried: 'A tender for tenants, twice.' }, save(staff));

		expect(refused.status).toBe(409);
		expect(refused.data.conflict?.changes).toEqual([
			{ field: 'title', theirs: 'Empty mine halls in the centre', base: 'Empty mine halls', yours: 'Empty mine halls' }
		]);
		expect(refused.data.values).toMatchObject({ tried: 'A tender for tenants, twice.', version: '2' });
		expect(await stored()).toEqual({ title: 'Empty mine halls in the centre', tried: '' });

		expect((await post({ ...refused.data.values!, title: 'Empty mine halls in the centre' }, save(staff))).status).toBe(200);
		expect(await stored()).toEqual({ title: 'Empty mine halls in the centre', tried: 'A tender for tenants, twice.' });
	});
});
