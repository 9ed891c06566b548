/**
 * Titles and paths of notification contexts (threads, challenges, groups, proposals), for the
 * in-app list and the mails. Paths have no language prefix: callers add `/{lang}/`.
 * It checks nothing: callers decide who may see what.
 */
import type { Kysely, Transaction } from 'kysely';
import type { ContextType, DB } from '../../platform/db';

type Db = Kysely<DB> | Transaction<DB>;

export interface ContextRef {
	type: ContextType;
	id: number;
}

export interface ContextLink extends ContextRef {
	title: string;
	/** Without the language prefix, e.g. `discussions/<slug>` or `groups/<group>/proposals/<slug>`. */
	path: string;
	/** The group the context belongs to (group threads, proposals, the group itself). */
	groupId: number | null;
	/** Set by moderators on a thread or challenge: then only its author (and coordinators) may see it. */
	hidden: boolean;
	/** A challenge for network members only. */
	membersOnly: boolean;
	/** Who started it (thread, challenge, proposal, group). */
	authorId: number | null;
}

export const contextKey = (ref: ContextRef) => `${ref.type}:${ref.id}`;

function idsOf(refs: ContextRef[], type: ContextType) {
	return [...new Set(refs.filter((r) => r.type === type).map((r) => r.id))];
}

/** One link per existing context, keyed by `contextKey`; contexts that are gone are left out. */
export async function contextLinks(db: Db, refs: ContextRef[]): Promise<Map<string, ContextLink>> {
	const links = new Map<string, ContextLink>();
	const add = (link: ContextLink) => links.set(contextKey(link), link);

	const threadIds = idsOf(refs, 'thread');
	const challengeIds = idsOf(refs, 'challenge');
	const groupIds = idsOf(refs, 'group');
	const proposalIds = idsOf(refs, 'proposal');

	const [threads, challenges, groups, proposals] = await Promise.all([
		threadIds.length
			? db
					.selectFrom('threads as t')
					.leftJoin('groups as g', 'g.id', 't.group_id')
					.select(['t.id', 't.slug', 't.title', 't.group_id', 't.hidden_at', 't.author_id', 'g.slug as group_slug'])
					.where('t.id', 'in', threadIds)
					.execute()
			: [],
		challengeIds.length
			? db.selectFrom('challenges').select(['id', 'slug', 'title', 'hidden_at', 'visibility', 'author_id']).where('id', 'in', challengeIds).execute()
			: [],
		groupIds.length ? db.selectFrom('groups').select(['id', 'slug', 'name', 'created_by']).where('id', 'in', groupIds).execute() : [],
		proposalIds.length
			? db
					.selectFrom('proposals as p')
					.innerJoin('groups as g', 'g.id', 'p.group_id')
					.select(['p.id', 'p.slug', 'p.title', 'p.group_id', 'p.created_by', 'g.slug as group_slug'])
					.where('p.id', 'in', proposalIds)
					.execute()
			: []
	]);

	for (const t of threads) {
		add({
			type: 'thread',
			id: t.id,
			title: t.title,
			path: t.group_id !== null && t.group_slug ? `groups/${t.group_slug}/discussions/${t.slug}` : `discussions/${t.slug}`,
			groupId: t.group_id,
			hidden: t.hidden_at !== null,
			membersOnly: false,
			authorId: t.author_id
		});
	}
	for (const c of challenges) {
		add({ type: 'challenge', id: c.id, title: c.title, path: `challenges/${c.slug}`, groupId: null, hidden: c.hidden_at !== null, membersOnly: c.visibility === 'members', authorId: c.author_id });
	}
	for (const g of groups) {
		add({ type: 'group', id: g.id, title: g.name, path: `groups/${g.slug}`, groupId: g.id, hidden: false, membersOnly: false, authorId: g.created_by });
	}
	for (const p of proposals) {
		add({ type: 'proposal', id: p.id, title: p.title, path: `groups/${p.group_slug}/proposals/${p.slug}`, groupId: p.group_id, hidden: false, membersOnly: false, authorId: p.created_by });
	}
	return links;
}
