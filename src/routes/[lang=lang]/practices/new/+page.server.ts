import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction, pageError } from '$lib/server/platform/http';
import { createPractice, getNewPracticeForm } from '$lib/server/knowledge/practices';

export const load: PageServerLoad = async ({ locals, url }) => {
	try {
		return { page: await getNewPracticeForm(locals.actor, locals.deps, locals.locale) };
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};

export const actions: Actions = {
	default: ({ request, locals }) =>
		formAction(request, locals.locale, async (values) => {
			const { slug, published } = await createPractice(locals.actor, values, locals.deps, locals.locale);
			redirect(303, `/${locals.locale}/practices/${slug}?${published ? 'created' : 'draft'}`);
		})
};
