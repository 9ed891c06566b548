/**
 * The notification settings page: how often mail comes, what the person follows (that they may
 * still see) and the mail frequency of single followed contexts.
 */
import { notFound, validate, type Deps } from '../../platform/core';
import { authorize, type MaybeActor } from '../../platform/auth';
import type { EmailFrequency } from '../../platform/db';
import { listFollowed, type FollowedItem as Followed } from '../follows';
import { mayReadContext } from '../registry';
import * as settings from './settings.queries';
import { frequencySchema, overrideSchema } from './settings.schemas';
import { notifyPolicy } from './notifications.policy';

export interface FollowedItem extends Omit<Followed, 'overridable'> {
	/** For contexts that may have one: the mail override, '' when none; null for the rest. */
	override: EmailFrequency | '' | null;
}

/** The settings page: email frequency, what the actor follows (that they may still see), overrides. */
export async function getNotificationSettings(actor: MaybeActor, input: { locale: string }, deps: Deps) {
	authorize(actor, notifyPolicy, 'signedIn');
	const { db } = deps;
	const frequency: EmailFrequency = (await settings.findEmailFrequency(db, actor.id)) ?? 'weekly';
	const followed = await listFollowed(actor, input.locale, deps);
	const overrides = new Map(
		(await settings.listOverrides(db, actor.id)).map((o) => [`${o.context_type}:${o.context_id}`, o.email_frequency])
	);
	const follows: FollowedItem[] = followed.map(({ overridable, ...item }) => ({
		...item,
		override: overridable ? (overrides.get(`${item.type}:${item.id}`) ?? '') : null
	}));
	return { frequency, follows };
}

export async function saveEmailFrequency(actor: MaybeActor, values: Record<string, unknown>, { db }: Deps): Promise<void> {
	authorize(actor, notifyPolicy, 'signedIn');
	const { frequency } = validate(frequencySchema, values);
	await settings.setEmailFrequency(db, actor.id, frequency);
}

/** Sets (or clears, with '') the mail frequency of one followed context the actor may read. */
export async function saveOverride(actor: MaybeActor, values: Record<string, unknown>, deps: Deps): Promise<void> {
	authorize(actor, notifyPolicy, 'signedIn');
	const input = validate(overrideSchema, values);
	// the schema let through only what the registry says may have an override
	const context = { type: input.type as settings.OverrideContext, id: input.id as number };
	if (input.frequency !== '' && !(await mayReadContext(deps.db, actor, context))) throw notFound();
	await settings.setOverride(deps.db, actor.id, context, input.frequency === '' ? null : input.frequency);
}
