import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { logOut } from '$lib/server/directory/accounts';
import { clearSessionCookie, sessionToken } from '$lib/server/platform/auth';

export const load: PageServerLoad = ({ locals }) => ({ name: locals.actor?.name ?? null });

export const actions: Actions = {
	default: async ({ locals, cookies }) => {
		await logOut(locals.actor, { token: sessionToken(cookies) }, locals.deps);
		clearSessionCookie(cookies);
		redirect(303, `/${locals.locale}`);
	}
};
