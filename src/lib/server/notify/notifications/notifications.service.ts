/**
 * Notifications on the site: the unread count in the header, the list grouped by context
 * ("10 new replies in ..." is one item, not ten), marking read.
 */
import { invalid, type Deps } from '../../platform/core';
import { authorize, type MaybeActor } from '../../platform/auth';
import type { ContextType } from '../../platform/db';
import {
	contextEntry,
	contextKey,
	contextLinks,
	isContextType,
	kindEntry,
	readableContexts,
	type ContextLink,
	type MessageKey
} from '../registry';
import * as q from './notifications.queries';
import { notifyPolicy } from './notifications.policy';

const READ_DAYS = 30;
const LIST_LIMIT = 60;

/** Unread notifications of the signed-in person (0 for visitors). */
export function unreadCount(actor: MaybeActor, { db }: Deps): Promise<number> {
	if (!actor) return Promise.resolve(0);
	return q.countUnread(db, actor.id);
}

export interface NotificationItem {
	type: ContextType;
	id: number;
	title: string;
	/** Without the language prefix; for threads with news, to the first new reply. */
	href: string;
	unread: number;
	total: number;
	latestAt: Date;
	/** The single kind of what is new, or 'mixed'. */
	kind: string;
	mentioned: boolean;
	latestActor: string | null;
	/** The context's tag (a message key from the registry). */
	label: MessageKey;
	/** The sentence, with {count, title}: count is the unread ones, else all (a message key). */
	sentence: MessageKey;
}

function hrefOf(link: ContextLink, firstUnread: number | null): string {
	const unreadPath = contextEntry(link.type)?.unreadPath;
	return unreadPath && firstUnread !== null ? unreadPath(link, firstUnread) : link.path;
}

/** The sentence of an item, from its kind's registry entry; several kinds at once read as news. */
function sentenceOf(kind: string, count: number): MessageKey {
	const entry = kind === 'mixed' ? undefined : kindEntry(kind);
	const key = count > 1 && entry?.itemMany ? entry.itemMany : entry?.item;
	return key ?? 'notifications_item_other';
}

/**
 * The actor's notifications, one item per context: unread ones first, then what was read in
 * the last 30 days. Notifications of contexts the actor may no longer read (they left a
 * secret group, the thread was hidden) are removed, so the header count stays true.
 */
export async function listNotifications(
	actor: MaybeActor,
	{ db }: Deps,
	now = new Date()
): Promise<{ unread: NotificationItem[]; read: NotificationItem[] }> {
	authorize(actor, notifyPolicy, 'signedIn');
	const rows = await q.listGroups(db, actor.id, { limit: LIST_LIMIT, readSince: new Date(now.getTime() - READ_DAYS * 86400_000) });
	const refs = rows.map((r) => ({ type: r.context_type, id: r.context_id }));
	const links = await contextLinks(db, refs);
	const readable = await readableContexts(db, actor, [...links.values()]);
	const gone = refs.filter((ref) => !readable.has(contextKey(ref)));
	if (gone.length > 0) await q.deleteContextNotifications(db, actor.id, gone);

	const items: NotificationItem[] = [];
	for (const row of rows) {
		const link = links.get(contextKey({ type: row.context_type, id: row.context_id }));
		const entry = contextEntry(row.context_type);
		if (!link || !entry || !readable.has(contextKey(link))) continue;
		const kind = row.kinds.length === 1 ? row.kinds[0] : 'mixed';
		items.push({
			type: link.type,
			id: link.id,
			title: link.title,
			href: hrefOf(link, row.unread > 0 ? row.first_unread_number : null),
			unread: row.unread,
			total: row.total,
			latestAt: row.latest_at,
			kind,
			mentioned: row.mentioned,
			latestActor: row.latest_actor,
			label: entry.wording.label,
			sentence: sentenceOf(kind, row.unread > 0 ? row.unread : row.total)
		});
	}
	return { unread: items.filter((i) => i.unread > 0), read: items.filter((i) => i.unread === 0) };
}

function contextOf(values: Record<string, unknown>): { type: ContextType; id: number } {
	const type = values.type;
	const id = Number(values.id);
	if (!isContextType(type) || !Number.isInteger(id) || id <= 0) throw invalid({}, 'notifications_error_unknown');
	return { type, id };
}

/** Marks everything of one context read (the list's "mark as read"). */
export async function markRead(actor: MaybeActor, values: Record<string, unknown>, { db }: Deps, now = new Date()): Promise<void> {
	authorize(actor, notifyPolicy, 'signedIn');
	await q.markContextRead(db, actor.id, contextOf(values), now);
}

/**
 * For context pages (a thread, a challenge, a group, a proposal): the signed-in reader has seen
 * what is new there. Cheap when there is nothing unread; never throws for visitors.
 */
export async function markContextSeen(
	actor: MaybeActor,
	context: { type: ContextType; id: number },
	{ db }: Pick<Deps, 'db'>,
	now = new Date()
): Promise<void> {
	if (!actor) return;
	await q.markContextRead(db, actor.id, context, now);
}

export async function markAllRead(actor: MaybeActor, { db }: Deps, now = new Date()): Promise<void> {
	authorize(actor, notifyPolicy, 'signedIn');
	await q.markAllRead(db, actor.id, now);
}
