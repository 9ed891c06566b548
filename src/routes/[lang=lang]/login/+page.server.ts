import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction } from '$lib/server/platform/http';
import { logIn } from '$lib/server/directory/accounts';
import { safeNextPath, setSessionCookie } from '$lib/server/platform/auth';

export const load: PageServerLoad = ({ locals, url }) => {
	const next = safeNextPath(url.searchParams.get('next'), '');
	if (locals.actor) redirect(303, next || `/${locals.locale}`);
	return { next };
};

export const actions: Actions = {
	default: ({ request, locals, cookies, url, getClientAddress }) =>
		formAction(request, locals.locale, async (values) => {
			const { session } = await logIn(locals.actor, values, locals.deps, { ip: getClientAddress() });
			setSessionCookie(cookies, session);
			// the hidden field survives a failed attempt; the query string is the first visit's
			const next = typeof values.next === 'string' ? values.next : url.searchParams.get('next');
			redirect(303, safeNextPath(next, `/${locals.locale}`));
		})
};
