/**
 * Following from any page (a practice, a city, an area, a person, an organisation, a challenge,
 * a discussion, a working group, a proposal): only what the person may see, and the settings
 * page (email frequency, what they follow, per-context overrides).
 */
import { notFound, unauthenticated, validate, type Deps } from '../../platform/core';
import type { MaybeActor } from '../../platform/auth';
import type { EmailFrequency, FollowTarget } from '../../platform/db';
import { canViewPractice } from '../../knowledge/practices';
import { canSee } from '../../directory/people';
import { deleteFollow, findFollow, insertFollow } from '../follows/follows.queries';
import { contextKey, contextLinks, type ContextRef } from './contexts.queries';
import { readableContexts } from './context-access';
import * as targets from './follow-targets.queries';
import * as settings from './settings.queries';
import { followSchema, frequencySchema, overrideSchema } from './settings.schemas';

const CONTEXTS = new Set<FollowTarget>(['thread', 'challenge', 'group', 'proposal']);

/** Throws notFound unless the target exists and the actor may see it. */
async function assertMayFollow(actor: NonNullable<MaybeActor>, target: { type: FollowTarget; id: number }, { db }: Deps) {
	let visible = false;
	switch (target.type) {
		case 'practice': {
			const p = await targets.findPracticeAccess(db, target.id, actor.id);
			visible =
				p !== undefined &&
				canViewPractice(actor, { publishedAt: p.published_at, visibility: p.visibility, createdBy: p.created_by, viewerInOrganisation: Boolean(p.viewer_in_organisation) });
			break;
		}
		case 'person': {
			const p = await targets.findPersonAccess(db, target.id);
			visible = p !== undefined && p.id !== actor.id && p.hidden_at === null && canSee(actor, p.id, p.visibility, 'profile');
			break;
		}
		case 'city':
		case 'area':
		case 'organisation':
			visible = await targets.publicTargetExists(db, target.type, target.id);
			break;
		case 'thread':
		case 'challenge':
		case 'group':
		case 'proposal': {
			const ref = target as ContextRef;
			const links = await contextLinks(db, [ref]);
			visible = (await readableContexts(db, actor, [...links.values()])).has(contextKey(ref));
			break;
		}
		default:
			// Calls, events and projects have their own follow forms with their own rules.
			visible = false;
	}
	if (!visible) throw notFound();
}

/** The follow form: follow (after checking the actor may see it) or stop following. */
export async function changeFollow(actor: MaybeActor, values: Record<string, unknown>, deps: Deps): Promise<{ following: boolean }> {
	if (!actor) throw unauthenticated();
	const input = validate(followSchema, values);
	const target = { type: input.type as FollowTarget, id: input.id as number };
	if (input.action === 'unfollow') {
		await deleteFollow(deps.db, actor.id, target);
		return { following: false };
	}
	await assertMayFollow(actor, target, deps);
	await insertFollow(deps.db, actor.id, target);
	return { following: true };
}

/** For follow buttons: whether the actor follows the target (false for visitors). */
export async function followState(actor: MaybeActor, target: { type: FollowTarget; id: number }, { db }: Deps): Promise<boolean> {
	if (!actor) return false;
	return (await findFollow(db, actor.id, target)) !== undefined;
}

export interface FollowedItem {
	type: FollowTarget;
	id: number;
	title: string;
	/** Without the language prefix. */
	path: string;
	/** Only for groups, threads and challenges: the mail override, '' when none. */
	override: EmailFrequency | '' | null;
}

/** The settings page: email frequency, what the actor follows (that they may still see), overrides. */
export async function getNotificationSettings(actor: MaybeActor, input: { locale: string }, deps: Deps) {
	if (!actor) throw unauthenticated();
	const { db } = deps;
	const frequency: EmailFrequency = (await settings.findEmailFrequency(db, actor.id)) ?? 'weekly';
	const rows = await targets.listFollowsOf(db, actor.id, input.locale);
	const contextRefs = rows.filter((r) => CONTEXTS.has(r.type)).map((r) => ({ type: r.type, id: r.id }) as ContextRef);
	const links = await contextLinks(db, contextRefs);
	const readable = await readableContexts(db, actor, [...links.values()]);
	const overrides = new Map((await settings.listOverrides(db, actor.id)).map((o) => [`${o.context_type}:${o.context_id}`, o.email_frequency]));

	const follows: FollowedItem[] = [];
	for (const row of rows) {
		const key = `${row.type}:${row.id}`;
		if (CONTEXTS.has(row.type)) {
			const link = links.get(key);
			if (!link || !readable.has(key)) continue;
			const overridable = row.type !== 'proposal';
			follows.push({ type: row.type, id: row.id, title: link.title, path: link.path, override: overridable ? (overrides.get(key) ?? '') : null });
		} else if (row.title !== undefined && row.path !== undefined) {
			follows.push({ type: row.type, id: row.id, title: row.title, path: row.path, override: null });
		}
	}
	return { frequency, follows };
}

export async function saveEmailFrequency(actor: MaybeActor, values: Record<string, unknown>, { db }: Deps): Promise<void> {
	if (!actor) throw unauthenticated();
	const { frequency } = validate(frequencySchema, values);
	await settings.setEmailFrequency(db, actor.id, frequency);
}

/** Sets (or clears, with '') the mail frequency of one followed group, thread or challenge. */
export async function saveOverride(actor: MaybeActor, values: Record<string, unknown>, deps: Deps): Promise<void> {
	if (!actor) throw unauthenticated();
	const input = validate(overrideSchema, values);
	const context = { type: input.type, id: input.id as number };
	if (input.frequency !== '') await assertMayFollow(actor, context, deps);
	await settings.setOverride(deps.db, actor.id, context, input.frequency === '' ? null : input.frequency);
}

export interface FollowButtonState {
	type: FollowTarget;
	id: number;
	following: boolean;
}

/**
 * For the follow button on a page the caller has already shown to the actor (so it may be
 * seen): the target's id and whether the actor follows it. Null for visitors (no button) and
 * on one's own profile.
 */
export async function followButton(
	actor: MaybeActor,
	target: { type: 'practice' | 'city' | 'area' | 'person' | 'organisation'; key: string },
	{ db }: Deps
): Promise<FollowButtonState | null> {
	if (!actor) return null;
	const id = await targets.findTargetId(db, target.type, target.key);
	if (id === undefined || (target.type === 'person' && id === actor.id)) return null;
	return { type: target.type, id, following: (await findFollow(db, actor.id, { type: target.type, id })) !== undefined };
}
