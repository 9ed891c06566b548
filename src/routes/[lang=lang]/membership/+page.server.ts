import type { Actions, PageServerLoad } from './$types';
import { formAction } from '$lib/server/platform/http';
import { translate } from '$lib/server/platform/i18n';
import { applyForMembership, getMembershipOverview } from '$lib/server/directory/membership';

export const load: PageServerLoad = async ({ locals }) => {
	// Visitors see how to join; signed-in people also their choices and applications.
	return { overview: locals.actor ? await getMembershipOverview(locals.actor, locals.deps) : null };
};

export const actions: Actions = {
	default: ({ request, locals }) =>
		formAction(request, locals.locale, async (values) => {
			await applyForMembership(locals.actor, values, locals.deps);
			return { success: translate('membership_applied', locals.locale) };
		})
};
