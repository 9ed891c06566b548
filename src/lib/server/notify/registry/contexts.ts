/**
 * Contexts through the registry: their links (title, path, group...) for the in-app list, the
 * mails and the settings page, and which of them a person may read now, by each domain's own
 * policy. Paths have no language prefix: callers add `/{lang}/`.
 */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db';
import type { Actor } from '../../platform/auth';
import { findGroupWithStanding } from '../../together/groups';
import { contextEntry } from './registry';
import type { ContextLink, ContextReader, ContextRef } from './entry-types';

type Db = Kysely<DB> | Transaction<DB>;

export const contextKey = (ref: ContextRef) => `${ref.type}:${ref.id}`;

/** One link per existing context, keyed by `contextKey`; contexts that are gone are left out. */
export async function contextLinks(db: Db, refs: ContextRef[]): Promise<Map<string, ContextLink>> {
	const idsByType = new Map<ContextRef['type'], Set<number>>();
	for (const ref of refs) {
		if (!idsByType.has(ref.type)) idsByType.set(ref.type, new Set());
		idsByType.get(ref.type)!.add(ref.id);
	}
	const loaded = await Promise.all(
		[...idsByType].map(async ([type, ids]) => {
			const entry = contextEntry(type);
			if (!entry) return [];
			return (await entry.links(db, [...ids])).map((facts): ContextLink => ({ ...facts, type }));
		})
	);
	return new Map(loaded.flat().map((link) => [contextKey(link), link]));
}

/**
 * The reader's place in each of the links' groups; a group that is gone is missing from the
 * map, and its contexts are read by nobody.
 */
async function groupsOf(db: Db, actor: Actor, links: ContextLink[]): Promise<Map<number, NonNullable<ContextReader['group']>>> {
	const ids = [...new Set(links.map((link) => link.groupId).filter((id): id is number => id !== null))];
	const found = await Promise.all(ids.map((id) => findGroupWithStanding(db, { id }, actor.id)));
	return new Map(found.filter((f) => f !== undefined).map((f) => [f.group.id, { kind: f.group.kind, standing: f.standing }]));
}

/** Keys (contextKey) of the links the actor may read now. */
export async function readableContexts(db: Db, actor: Actor, links: ContextLink[]): Promise<Set<string>> {
	const readable = new Set<string>();
	if (links.length === 0) return readable;
	const groups = await groupsOf(db, actor, links);
	for (const link of links) {
		const entry = contextEntry(link.type);
		const group = link.groupId === null ? null : groups.get(link.groupId);
		if (!entry || group === undefined) continue;
		if (entry.mayRead({ actor, group }, link)) readable.add(contextKey(link));
	}
	return readable;
}

/** Whether the context exists and the actor may read it now (following, overrides). */
export async function mayReadContext(db: Db, actor: Actor, ref: ContextRef): Promise<boolean> {
	const links = await contextLinks(db, [ref]);
	return (await readableContexts(db, actor, [...links.values()])).has(contextKey(ref));
}
