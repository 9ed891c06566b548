import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction, pageError } from '$lib/server/platform/http';
import { getEditChallengeForm, updateChallenge } from '$lib/server/together/challenges';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	try {
		return { challengeForm: await getEditChallengeForm(locals.actor, { slug: params.slug, locale: locals.locale }, locals.deps) };
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};

export const actions: Actions = {
	default: ({ request, params, locals }) =>
		formAction(request, locals.locale, async (values) => {
			const { slug } = await updateChallenge(locals.actor, { slug: params.slug, values }, locals.deps);
			redirect(303, `/${locals.locale}/challenges/${slug}?saved`);
		})
};
