import type { PageServerLoad } from './$types';
import { confirmEmailLink } from '$lib/server/directory/accounts';
import { pageError } from '$lib/server/platform/http';

/**
 * Opening the link is the confirmation (no extra click): the link reached the mailbox, which is
 * what it proves, and mail programs that open links first only confirm what is true.
 */
export const load: PageServerLoad = async ({ locals, url }) => {
	try {
		const result = await confirmEmailLink(locals.actor, { token: url.searchParams.get('token') ?? '' }, locals.deps);
		return { result, signedIn: locals.actor !== null };
	} catch (failure) {
		// used, expired or unknown links get a 4xx page that says which, never a 500
		pageError(failure, locals.locale, url);
	}
};
