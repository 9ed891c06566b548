import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction, pageError } from '$lib/server/platform/http';
import { getGroupEditForm, updateGroup } from '$lib/server/together/groups';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	try {
		return { groupForm: await getGroupEditForm(locals.actor, { slug: params.slug, locale: locals.locale }, locals.deps) };
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};

export const actions: Actions = {
	default: ({ request, params, locals }) =>
		formAction(request, locals.locale, async (values) => {
			await updateGroup(locals.actor, { slug: params.slug, values }, locals.deps);
			redirect(303, `/${locals.locale}/groups/${params.slug}?saved`);
		})
};
