import { isHttpError, isRedirect } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, makePerson } from '../../platform/db/testing/factories';
import type { Actor } from '../../platform/auth';
import { joinGroup, makeDiscussionGroup } from './discussions.testing';
import { createThread } from './discussions.service';
import { replyToThread } from './discussions-posts.service';
import { loadThread, redirectToReply } from './thread-routes';

const t = useTestDatabase();

async function person(): Promise<Actor> {
	return actorOf(await makePerson(t.db, { member: true }), true);
}

async function outcome(run: () => Promise<unknown>): Promise<string> {
	try {
		await run();
		return 'ok';
	} catch (thrown) {
		if (isRedirect(thrown)) return `${thrown.status} ${thrown.location}`;
		if (isHttpError(thrown)) return String(thrown.status);
		throw thrown;
	}
}

const event = (actor: Actor | null, path: string) => ({
	locals: { actor, locale: 'en' as const, deps: t.deps },
	url: new URL(`http://localhost${path}`),
	params: {}
});

describe('thread addresses', () => {
	it("sends a group thread's readers from /discussions/<slug> to the group's address, and answers 404 to everyone else", async () => {
		const group = await makeDiscussionGroup(t.db, 'secret');
		const member = await person();
		const outsider = await person();
		await joinGroup(t.db, group.id, member.id);
		const ref = await createThread(member, { groupId: group.id, values: { title: 'Back office', body: 'Hidden' } }, t.deps);
		await replyToThread(member, { slug: ref.slug, values: { body: 'Two' } }, t.deps);
		const general = `/en/discussions/${ref.slug}`;
		const own = `/en/groups/${group.slug}/discussions/${ref.slug}`;

		expect(await outcome(() => loadThread(event(member, `${general}?page=1`), ref.slug, undefined))).toBe(`303 ${own}?page=1`);
		expect(await outcome(() => loadThread(event(member, own), ref.slug, group.slug))).toBe('ok');
		expect(await outcome(() => redirectToReply(event(member, `${general}/replies/2`), ref.slug, '2', undefined))).toBe(
			`303 ${own}#reply-2`
		);
		for (const viewer of [null, outsider]) {
			expect(await outcome(() => loadThread(event(viewer, general), ref.slug, undefined))).toBe('404');
			expect(await outcome(() => loadThread(event(viewer, own), ref.slug, group.slug))).toBe('404');
			expect(await outcome(() => redirectToReply(event(viewer, `${own}/replies/2`), ref.slug, '2', group.slug))).toBe('404');
		}
		expect(await outcome(() => redirectToReply(event(member, `${own}/replies/x`), ref.slug, 'x', group.slug))).toBe('404');
	});
});
