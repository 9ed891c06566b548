import type { PageServerLoad } from './$types';
import { searchSite } from '$lib/server/knowledge/search';

export const load: PageServerLoad = async ({ url, locals }) => ({
	result: await searchSite(locals.actor, { query: url.searchParams, locale: locals.locale }, locals.deps)
});

// A reading page: no client behaviour, so no hydration and no serialised copy of the results.
export const csr = false;
