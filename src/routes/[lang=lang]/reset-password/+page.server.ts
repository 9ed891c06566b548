import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction, pageError } from '$lib/server/platform/http';
import { checkResetLink, resetPassword } from '$lib/server/directory/accounts';
import { setSessionCookie } from '$lib/server/platform/auth';

/** The link is checked when opened but only used up when the new password is saved. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const token = url.searchParams.get('token') ?? '';
	try {
		await checkResetLink(locals.actor, { token }, locals.deps);
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
	return { token };
};

export const actions: Actions = {
	default: ({ request, locals, cookies }) =>
		formAction(request, locals.locale, async (values) => {
			const { session } = await resetPassword(locals.actor, values, locals.deps);
			setSessionCookie(cookies, session);
			redirect(303, `/${locals.locale}/account?password-changed`);
		})
};
