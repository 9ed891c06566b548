/** What the challenge services share: finding a challenge the actor may see, and dates. */
import { formatDate } from '$lib/datetime';
import { notFound, type Deps } from '../../platform/core';
import { authorize, type MaybeActor } from '../../platform/auth';
import { challengePolicy, runsNetwork } from './challenges.policy';
import * as q from './challenges.queries';

/** Days are shown in the network's usual zone: challenges have no zone of their own. */
export const DISPLAY_ZONE = 'Europe/Brussels';

export const dateOf = (value: Date | string, locale: string) => formatDate(new Date(value), DISPLAY_ZONE, locale);

/** The challenge, if the actor may see it; a hidden or members-only one is missing to others. */
export async function visibleChallenge(actor: MaybeActor, slug: string, db: Deps['db']) {
	const challenge = await q.findChallengeBySlug(db, slug, actor);
	if (!challenge) throw notFound();
	authorize(actor, challengePolicy, 'view', challenge);
	return challenge;
}

/** A city's id by its slug (the "undo" buttons name the city); 0 when there is none. */
export async function findCityIdBySlug(slug: string, { db }: Deps): Promise<number> {
	return (await q.findCityIdBySlug(db, slug))?.id ?? 0;
}

export { runsNetwork };
