import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction } from '$lib/server/platform/http';
import { loginPath } from '$lib/server/platform/auth';
import { createOrganisation, organisationFormOptions, organisationPolicy } from '$lib/server/directory/organisations';

export const load: PageServerLoad = ({ locals, url }) => {
	if (!locals.actor) redirect(303, loginPath(locals.locale, url.pathname));
	return { options: organisationFormOptions(locals.locale), verified: organisationPolicy.create(locals.actor) };
};

export const actions: Actions = {
	default: ({ request, locals }) =>
		formAction(request, locals.locale, async (values) => {
			const { slug } = await createOrganisation(locals.actor, values, locals.deps);
			redirect(303, `/${locals.locale}/organisations/${slug}?created`);
		})
};
