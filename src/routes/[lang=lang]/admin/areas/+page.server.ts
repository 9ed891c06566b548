import type { Actions, PageServerLoad } from './$types';
import { formAction, pageError } from '$lib/server/platform/http';
import { translate } from '$lib/server/platform/i18n';
import { createArea, listAreasForEditing, moveArea, renameArea } from '$lib/server/knowledge/areas';

export const load: PageServerLoad = async ({ locals, url }) => {
	try {
		return { areas: await listAreasForEditing(locals.actor, locals.deps) };
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};

export const actions: Actions = {
	create: ({ request, locals }) =>
		formAction(request, locals.locale, async (values) => {
			await createArea(locals.actor, values, locals.deps);
			return { values: { form: 'create' }, success: translate('admin_areas_created', locals.locale) };
		}),
	rename: ({ request, locals }) =>
		formAction(request, locals.locale, async (values) => {
			await renameArea(locals.actor, values, locals.deps);
			return { values: { form: 'list' }, success: translate('admin_areas_renamed', locals.locale) };
		}),
	move: ({ request, locals }) =>
		formAction(request, locals.locale, async (values) => {
			await moveArea(locals.actor, values, locals.deps);
			return { values: { form: 'list' }, success: translate('admin_areas_moved', locals.locale) };
		})
};
