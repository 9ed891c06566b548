import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction, pageError } from '$lib/server/platform/http';
import { createPartnerSearch, getNewSearchForm } from '$lib/server/acting/partners';

export const load: PageServerLoad = async ({ locals, url }) => {
	try {
		return { searchForm: await getNewSearchForm(locals.actor, { locale: locals.locale, call: url.searchParams.get('call') }, locals.deps) };
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};

export const actions: Actions = {
	default: ({ request, locals }) =>
		formAction(request, locals.locale, async (values) => {
			const { slug } = await createPartnerSearch(locals.actor, { values }, locals.deps);
			redirect(303, `/${locals.locale}/partners/${slug}?created`);
		})
};
