import type { PageServerLoad } from './$types';
import { listAreaPages } from '$lib/server/knowledge/areas';

export const load: PageServerLoad = async ({ locals }) => ({
	areas: await listAreaPages(locals.actor, { locale: locals.locale }, locals.deps)
});

// A reading page: no client behaviour to hydrate.
export const csr = false;
