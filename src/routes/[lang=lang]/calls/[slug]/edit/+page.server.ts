import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction, pageError } from '$lib/server/platform/http';
import { getEditCallForm, updateCall } from '$lib/server/acting/calls';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	try {
		return { callForm: await getEditCallForm(locals.actor, { slug: params.slug, locale: locals.locale }, locals.deps) };
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};

export const actions: Actions = {
	default: ({ request, params, locals }) =>
		formAction(request, locals.locale, async (values) => {
			const { slug } = await updateCall(locals.actor, { slug: params.slug, values }, locals.deps);
			redirect(303, `/${locals.locale}/calls/${slug}?saved`);
		})
};
