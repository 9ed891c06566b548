import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction, pageError } from '$lib/server/platform/http';
import { createCall, getNewCallForm } from '$lib/server/acting/calls';

export const load: PageServerLoad = async ({ locals, url }) => {
	try {
		return { callForm: await getNewCallForm(locals.actor, { locale: locals.locale }, locals.deps) };
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};

export const actions: Actions = {
	default: ({ request, locals }) =>
		formAction(request, locals.locale, async (values) => {
			const { slug, status } = await createCall(locals.actor, { values }, locals.deps);
			redirect(303, `/${locals.locale}/calls/${slug}?${status === 'checked' ? 'listed' : 'created'}`);
		})
};
