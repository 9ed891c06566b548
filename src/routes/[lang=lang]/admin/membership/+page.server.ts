import type { Action } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction, pageError } from '$lib/server/platform/http';
import { translate } from '$lib/server/platform/i18n';
import { decideApplication, listPendingApplications } from '$lib/server/directory/membership';

export const load: PageServerLoad = async ({ locals, url }) => {
	try {
		return { applications: await listPendingApplications(locals.actor, locals.deps, locals.locale) };
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};

/** Both buttons post the same form; the action's name is the decision. */
const decide =
	(decision: 'approve' | 'decline'): Action =>
	({ request, locals }) =>
		formAction(request, locals.locale, async (values) => {
			await decideApplication(locals.actor, { ...values, decision }, locals.deps);
			return { success: translate(decision === 'approve' ? 'admin_app_approved' : 'admin_app_declined', locals.locale) };
		});

export const actions: Actions = { approve: decide('approve'), decline: decide('decline') };
