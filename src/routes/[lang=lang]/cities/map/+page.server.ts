import type { PageServerLoad } from './$types';
import { mapOfNetwork } from '$lib/server/directory/cities';

export const load: PageServerLoad = async ({ locals }) => ({
	map: await mapOfNetwork(locals.deps, locals.locale)
});

// A reading page with no client behaviour: no hydration, so the map SVG is not sent twice
// (once as HTML, once as serialised data).
export const csr = false;
