import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction, pageError } from '$lib/server/platform/http';
import { createStudyVisit, getNewVisitForm } from '$lib/server/acting/visits';

export const load: PageServerLoad = async ({ locals, url }) => {
	try {
		return { visitForm: await getNewVisitForm(locals.actor, { locale: locals.locale }, locals.deps) };
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};

export const actions: Actions = {
	default: ({ request, locals }) =>
		formAction(request, locals.locale, async (values) => {
			const { slug } = await createStudyVisit(locals.actor, values, locals.deps);
			redirect(303, `/${locals.locale}/study-visits/${slug}?created`);
		})
};
