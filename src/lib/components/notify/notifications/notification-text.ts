/**
 * Notification wording in the page's language. The server picks the message keys from the
 * notification registry (each domain's `<domain>.notifications.ts` names its own), so nothing
 * here knows the kinds of contexts or of activity.
 */
import * as messages from '$lib/paraglide/messages';

type MessageFn = (params?: Record<string, unknown>) => string;
const catalogue = messages as unknown as Record<string, MessageFn | undefined>;

/** The message behind a key the server chose; the key itself if the catalogue lacks it (a bug, but readable). */
export function say(key: string, params: Record<string, unknown> = {}): string {
	return catalogue[key]?.(params) ?? key;
}

export interface ItemText {
	sentence: string;
	unread: number;
	total: number;
	title: string;
}

/** The sentence of one grouped notification item: "10 new replies in “…”". */
export function itemSentence(item: ItemText): string {
	return say(item.sentence, { count: item.unread > 0 ? item.unread : item.total, title: item.title });
}
