import type { PageServerLoad } from './$types';
import { pageError } from '$lib/server/http/page-error';
import { showPerson } from '$lib/server/people/people.service';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	try {
		const person = await showPerson(locals.actor, { handle: params.handle, locale: locals.locale }, locals.deps);
		return { person };
	} catch (failure) {
		// Hidden and missing profiles answer alike, so a handle reveals nothing.
		pageError(failure, locals.locale, url);
	}
};
