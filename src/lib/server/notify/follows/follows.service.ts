/**
 * Following: the person hears later about what they follow (notifications, reminders, news).
 * Two ways in:
 * - the follow button of any page (`changeFollow`, `followButton`): for what the notification
 *   registry lets be followed so, once the registry's rule says the actor may see it;
 * - a domain's own follow form (calls, challenges...): the domain checks its own rules, then
 *   calls `follow`/`unfollow`, which only check that someone is signed in.
 * And what a person follows, named, for the settings page.
 */
import { notFound, validate, type Deps } from '../../platform/core';
import { authorize, type Actor, type MaybeActor } from '../../platform/auth';
import type { ContextType, FollowTarget } from '../../platform/db';
import {
	contextEntry,
	contextLinks,
	isContextType,
	mayReadContext,
	readableContexts,
	targetEntry,
	type MessageKey,
	type TargetTitle
} from '../registry';
import * as q from './follows.queries';
import { deleteFollow, findFollow, insertFollow, type FollowRef } from './follows.sql';
import { followSchema } from './follows.schemas';
import { followPolicy } from './follows.policy';

/** The actor follows the target; twice is the same as once. The caller has checked its own rules. */
export async function follow(actor: MaybeActor, target: FollowRef, { db }: Deps): Promise<void> {
	authorize(actor, followPolicy, 'signedIn');
	await insertFollow(db, actor.id, target);
}

/** The actor stops following; not following already is fine. */
export async function unfollow(actor: MaybeActor, target: FollowRef, { db }: Deps): Promise<void> {
	authorize(actor, followPolicy, 'signedIn');
	await deleteFollow(db, actor.id, target);
}

/** Whether the actor follows the target (a visitor follows nothing). */
export async function isFollowing(actor: MaybeActor, target: FollowRef, { db }: Pick<Deps, 'db'>): Promise<boolean> {
	if (!actor) return false;
	return (await findFollow(db, actor.id, target)) !== undefined;
}

/** How many people follow the target. */
export function countFollowers(target: FollowRef, { db }: Deps): Promise<number> {
	return q.countFollowers(db, target);
}

/**
 * The people to tell about the target (verified addresses only), for jobs and services that
 * send mail. Inside a transaction, pass it as `db`.
 */
export function followers(target: FollowRef, { db }: Pick<Deps, 'db'>) {
	return q.listFollowers(db, target);
}

/** Whether the follow button may follow the target for the actor: it exists and they may see it. */
async function mayFollow(db: Deps['db'], actor: Actor, target: FollowRef): Promise<boolean> {
	if (isContextType(target.type)) return mayReadContext(db, actor, { type: target.type, id: target.id });
	const entry = targetEntry(target.type);
	// Calls, events and projects have their own follow forms with their own rules.
	if (!entry || entry.mayFollow === 'own-form') return false;
	return entry.mayFollow(db, actor, target.id);
}

/**
 * The follow button's form: follows (when the actor may see the target; else not found, as
 * for a missing one) or stops following.
 */
export async function changeFollow(actor: MaybeActor, values: Record<string, unknown>, deps: Deps): Promise<{ following: boolean }> {
	authorize(actor, followPolicy, 'signedIn');
	const input = validate(followSchema, values);
	const target = { type: input.type as FollowTarget, id: input.id as number };
	if (input.action === 'unfollow') {
		await deleteFollow(deps.db, actor.id, target);
		return { following: false };
	}
	if (!(await mayFollow(deps.db, actor, target))) throw notFound();
	await insertFollow(deps.db, actor.id, target);
	return { following: true };
}

export interface FollowButtonState {
	type: FollowTarget;
	id: number;
	following: boolean;
}

/**
 * For the follow button on a page the caller has already shown to the actor (so it may be
 * seen): the target's id and whether the actor follows it. Null for visitors (no button), for
 * targets whose registry entry has no page key, and on one's own profile.
 */
export async function followButton(
	actor: MaybeActor,
	target: { type: Exclude<FollowTarget, ContextType>; key: string },
	{ db }: Deps
): Promise<FollowButtonState | null> {
	if (!actor) return null;
	const entry = targetEntry(target.type);
	const id = entry?.findId ? await entry.findId(db, target.key, actor) : undefined;
	if (id === undefined) return null;
	return { type: target.type, id, following: (await findFollow(db, actor.id, { type: target.type, id })) !== undefined };
}

export interface FollowedItem {
	type: FollowTarget;
	id: number;
	title: string;
	/** Without the language prefix. */
	path: string;
	/** Its tag on the settings page. */
	label: MessageKey;
	/** Whether it may have a mail frequency of its own (followed groups, threads, challenges). */
	overridable: boolean;
}

/** Titles of followed things that are not contexts, by `type:id`, from each one's registry entry. */
async function targetTitles(db: Deps['db'], refs: FollowRef[], locale: string): Promise<Map<string, TargetTitle>> {
	const idsByType = new Map<string, number[]>();
	for (const ref of refs) idsByType.set(ref.type, [...(idsByType.get(ref.type) ?? []), ref.id]);
	const titles = new Map<string, TargetTitle>();
	for (const [type, ids] of idsByType) {
		const entry = targetEntry(type);
		for (const title of entry ? await entry.titles(db, ids, locale) : []) titles.set(`${type}:${title.id}`, title);
	}
	return titles;
}

/**
 * What the actor follows, newest first, named in the locale: contexts only while they may
 * still read them (a secret group they left drops out), other things while they exist.
 */
export async function listFollowed(actor: Actor, locale: string, { db }: Pick<Deps, 'db'>): Promise<FollowedItem[]> {
	const rows = (await q.listFollowsOf(db, actor.id)).map((r) => ({ type: r.target_type, id: r.target_id }));
	const contextRefs = rows.filter((r) => isContextType(r.type)).map((r) => ({ type: r.type as ContextType, id: r.id }));
	const links = await contextLinks(db, contextRefs);
	const readable = await readableContexts(db, actor, [...links.values()]);
	const titles = await targetTitles(
		db,
		rows.filter((r) => !isContextType(r.type)),
		locale
	);

	const items: FollowedItem[] = [];
	for (const row of rows) {
		const key = `${row.type}:${row.id}`;
		const context = contextEntry(row.type);
		const found = context ? (readable.has(key) ? links.get(key) : undefined) : titles.get(key);
		const entry = context ?? targetEntry(row.type);
		if (!found || !entry) continue;
		items.push({
			type: row.type,
			id: row.id,
			title: found.title,
			path: found.path,
			label: entry.wording.target,
			overridable: context?.overridable ?? false
		});
	}
	return items;
}
