import type { PageServerLoad } from './$types';
import { listPractices } from '$lib/server/knowledge/search';

export const load: PageServerLoad = async ({ url, locals }) => ({
	list: await listPractices(locals.actor, { query: url.searchParams, locale: locals.locale }, locals.deps)
});

// A reading page with GET filters only: no hydration needed.
export const csr = false;
