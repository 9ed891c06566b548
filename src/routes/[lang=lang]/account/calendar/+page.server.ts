import type { Actions, PageServerLoad } from './$types';
import { formAction, pageError } from '$lib/server/platform/http';
import { translate } from '$lib/server/platform/i18n';
import { createFeed, feedStatus, revokeFeed } from '$lib/server/acting/calendar';

export const load: PageServerLoad = async ({ locals, url }) => {
	try {
		return { feed: await feedStatus(locals.actor, locals.deps) };
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};

export const actions: Actions = {
	/** Creates the address, or replaces it: the new one is in this answer only (only its hash is kept). */
	create: ({ request, locals }) =>
		formAction(request, locals.locale, async () => {
			const feed = await createFeed(locals.actor, locals.deps);
			return { success: translate('calendar_created', locals.locale), address: feed.https, webcal: feed.webcal };
		}),
	revoke: ({ request, locals }) =>
		formAction(request, locals.locale, async () => {
			const { revoked } = await revokeFeed(locals.actor, locals.deps);
			return { success: translate(revoked ? 'calendar_revoked' : 'calendar_nothing_to_revoke', locals.locale) };
		})
};
