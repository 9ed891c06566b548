import type { LayoutServerLoad } from './$types';
import { navigationFor } from '$lib/server/platform/auth';
import { unreadCount } from '$lib/server/notify/notifications';

/** What the header needs on every page: who is signed in, in which language, unread notifications. */
export const load: LayoutServerLoad = async ({ locals, url }) => {
	const { actor } = locals;
	const navigation = navigationFor(actor);
	// Read on every navigation (one indexed count), so the header never shows a stale number.
	void url.pathname;
	return {
		locale: locals.locale,
		viewer: actor && navigation && { ...navigation, unreadNotifications: await unreadCount(actor, locals.deps) }
	};
};
