/** The sentence of one grouped notification item: "10 new replies in “…”", in the page's language. */
import { m } from '$lib/paraglide/messages';

export interface ItemText {
	kind: string;
	unread: number;
	total: number;
	title: string;
}

export function itemSentence(item: ItemText): string {
	const count = item.unread > 0 ? item.unread : item.total;
	const params = { count, title: item.title };
	switch (item.kind) {
		case 'reply_posted':
			return m.notifications_item_reply_posted(params);
		case 'thread_started':
			return count === 1 ? m.notifications_item_thread_started(params) : m.notifications_item_other(params);
		case 'challenge_posted':
			return count === 1 ? m.notifications_item_challenge_posted(params) : m.notifications_item_other(params);
		case 'challenge_answered':
			return m.notifications_item_challenge_answered(params);
		case 'challenge_joined':
			return m.notifications_item_challenge_joined(params);
		case 'challenge_solved':
			return m.notifications_item_challenge_solved(params);
		case 'proposal_opened':
			return count === 1 ? m.notifications_item_proposal_opened(params) : m.notifications_item_other(params);
		case 'proposal_closed':
			return m.notifications_item_proposal_closed(params);
		case 'group_request':
			return m.notifications_item_group_request(params);
		case 'group_invited':
			return m.notifications_item_group_invited(params);
		default:
			return m.notifications_item_other(params);
	}
}

export function contextLabel(type: string): string {
	switch (type) {
		case 'thread':
			return m.notifications_context_thread();
		case 'challenge':
			return m.notifications_context_challenge();
		case 'group':
			return m.notifications_context_group();
		default:
			return m.notifications_context_proposal();
	}
}
