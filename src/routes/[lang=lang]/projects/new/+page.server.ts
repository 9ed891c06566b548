import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction, pageError } from '$lib/server/platform/http';
import { createProject, getNewProjectForm } from '$lib/server/acting/projects';

export const load: PageServerLoad = async ({ locals, url }) => {
	try {
		return { projectForm: await getNewProjectForm(locals.actor, locals.locale, locals.deps) };
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};

export const actions: Actions = {
	default: ({ request, locals }) =>
		formAction(request, locals.locale, async (values) => {
			const { slug } = await createProject(locals.actor, { values }, locals.deps);
			redirect(303, `/${locals.locale}/projects/${slug}?created`);
		})
};
