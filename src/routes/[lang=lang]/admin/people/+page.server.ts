import type { Actions, PageServerLoad } from './$types';
import { formAction, pageError } from '$lib/server/platform/http';
import { translate } from '$lib/server/platform/i18n';
import { listPeopleWithRoles, setPersonRole } from '$lib/server/directory/membership';

export const load: PageServerLoad = async ({ locals, url }) => {
	try {
		return { list: await listPeopleWithRoles(locals.actor, url.searchParams, locals.deps) };
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};

export const actions: Actions = {
	role: ({ request, locals }) =>
		formAction(request, locals.locale, async (values) => {
			await setPersonRole(locals.actor, values, locals.deps);
			return { success: translate('admin_people_role_changed', locals.locale) };
		})
};
