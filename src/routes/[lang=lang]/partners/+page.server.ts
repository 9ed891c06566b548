import type { PageServerLoad } from './$types';
import { pageError } from '$lib/server/platform/http';
import { listPartnerSearches } from '$lib/server/acting/partners';

export const load: PageServerLoad = async ({ locals, url }) => {
	try {
		return { searches: await listPartnerSearches(locals.actor, { locale: locals.locale }, locals.deps) };
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};
