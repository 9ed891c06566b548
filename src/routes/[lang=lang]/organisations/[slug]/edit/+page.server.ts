import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction, pageError } from '$lib/server/platform/http';
import { getOrganisationForEdit, updateOrganisation } from '$lib/server/directory/organisations';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	try {
		return { edit: await getOrganisationForEdit(locals.actor, params.slug, locals.deps, locals.locale) };
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};

export const actions: Actions = {
	default: ({ request, locals, params }) =>
		formAction(request, locals.locale, async (values) => {
			const { slug } = await updateOrganisation(locals.actor, params.slug, values, locals.deps);
			redirect(303, `/${locals.locale}/organisations/${slug}?saved`);
		})
};
