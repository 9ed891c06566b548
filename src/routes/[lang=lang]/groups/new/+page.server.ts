import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction, pageError } from '$lib/server/platform/http';
import { createGroup, getNewGroupForm } from '$lib/server/together/groups';

export const load: PageServerLoad = async ({ locals, url }) => {
	try {
		return { groupForm: await getNewGroupForm(locals.actor, { locale: locals.locale }, locals.deps) };
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};

export const actions: Actions = {
	default: ({ request, locals }) =>
		formAction(request, locals.locale, async (values) => {
			const { slug } = await createGroup(locals.actor, { values }, locals.deps);
			redirect(303, `/${locals.locale}/groups/${slug}?created`);
		})
};
