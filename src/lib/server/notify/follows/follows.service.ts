/**
 * Following anything (a call, an event, a project, a city...): the person hears about it
 * later (reminders, news). Generic on purpose: the domain that owns the target decides who may
 * see it, then calls these. They only check that someone is signed in.
 */
import { unauthenticated, type Deps } from '../../platform/core';
import type { MaybeActor } from '../../platform/auth';
import * as q from './follows.queries';

export type { FollowRef } from './follows.queries';

/** The actor follows the target; twice is the same as once. */
export async function follow(actor: MaybeActor, target: q.FollowRef, { db }: Deps): Promise<void> {
	if (!actor) throw unauthenticated();
	await q.insertFollow(db, actor.id, target);
}

/** The actor stops following; not following already is fine. */
export async function unfollow(actor: MaybeActor, target: q.FollowRef, { db }: Deps): Promise<void> {
	if (!actor) throw unauthenticated();
	await q.deleteFollow(db, actor.id, target);
}

/** Whether the actor follows the target (a visitor follows nothing). */
export async function isFollowing(actor: MaybeActor, target: q.FollowRef, { db }: Deps): Promise<boolean> {
	if (!actor) return false;
	return (await q.findFollow(db, actor.id, target)) !== undefined;
}

/** How many people follow the target. */
export function countFollowers(target: q.FollowRef, { db }: Deps): Promise<number> {
	return q.countFollowers(db, target);
}

/**
 * The people to tell about the target (verified addresses only), for jobs and services that
 * send mail. Inside a transaction, pass it as `db`.
 */
export function followers(target: q.FollowRef, { db }: Pick<Deps, 'db'>) {
	return q.listFollowers(db, target);
}
