import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction, pageError } from '$lib/server/platform/http';
import { createChallenge, getNewChallengeForm } from '$lib/server/together/challenges';

export const load: PageServerLoad = async ({ locals, url }) => {
	try {
		return { challengeForm: await getNewChallengeForm(locals.actor, { locale: locals.locale }, locals.deps) };
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};

export const actions: Actions = {
	default: ({ request, locals }) =>
		formAction(request, locals.locale, async (values) => {
			const { slug } = await createChallenge(locals.actor, { values }, locals.deps);
			redirect(303, `/${locals.locale}/challenges/${slug}?posted`);
		})
};
