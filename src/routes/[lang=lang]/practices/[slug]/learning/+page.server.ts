import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction, pageError } from '$lib/server/platform/http';
import { getLearning, markLearning, withdrawLearning } from '$lib/server/knowledge/practices';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	try {
		return { page: await getLearning(locals.actor, params.slug, locals.deps, locals.locale) };
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};

export const actions: Actions = {
	mark: ({ request, locals, params }) =>
		formAction(request, locals.locale, async (values) => {
			await markLearning(locals.actor, params.slug, values, locals.deps);
			redirect(303, `/${locals.locale}/practices/${params.slug}?marked#learning`);
		}),
	withdraw: ({ request, locals, params }) =>
		formAction(request, locals.locale, async (values) => {
			await withdrawLearning(locals.actor, params.slug, values, locals.deps);
			redirect(303, `/${locals.locale}/practices/${params.slug}?withdrawn#learning`);
		})
};
