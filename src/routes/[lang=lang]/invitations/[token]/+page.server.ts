import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction, pageError } from '$lib/server/platform/http';
import { loginPath } from '$lib/server/platform/auth';
import { acceptInvitation, getInvitation } from '$lib/server/directory/organisations';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	try {
		const invitation = await getInvitation(locals.actor, params.token, locals.deps, locals.locale);
		return {
			invitation,
			signedIn: locals.actor ? { name: locals.actor.name, email: locals.actor.email } : null,
			loginHref: loginPath(locals.locale, url.pathname)
		};
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};

export const actions: Actions = {
	default: ({ request, locals, params }) =>
		formAction(request, locals.locale, async () => {
			const { slug } = await acceptInvitation(locals.actor, params.token, locals.deps);
			redirect(303, `/${locals.locale}/organisations/${slug}?joined`);
		})
};
