import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction } from '$lib/server/platform/http';
import { registerPerson } from '$lib/server/directory/accounts';
import { setSessionCookie } from '$lib/server/platform/auth';

export const load: PageServerLoad = ({ locals }) => {
	if (locals.actor) redirect(303, `/${locals.locale}/account`);
};

export const actions: Actions = {
	default: ({ request, locals, cookies, getClientAddress }) =>
		formAction(request, locals.locale, async (values) => {
			// the page's language becomes the language of the person's mail
			const { session } = await registerPerson(locals.actor, { ...values, locale: locals.locale }, locals.deps, {
				ip: getClientAddress()
			});
			setSessionCookie(cookies, session);
			redirect(303, `/${locals.locale}/account?welcome`);
		})
};
