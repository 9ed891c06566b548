import type { PageServerLoad } from './$types';
import { listCities } from '$lib/server/directory/cities';

export const load: PageServerLoad = async ({ url, locals }) => ({
	list: await listCities(locals.actor, { query: url.searchParams, locale: locals.locale }, locals.deps)
});

// A reading page with no client behaviour: no hydration, so the map SVG is not sent twice
// (once as HTML, once as serialised data).
export const csr = false;
