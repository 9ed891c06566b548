import type { PageServerLoad } from './$types';
import { listEvents } from '$lib/server/acting/events';

export const load: PageServerLoad = async ({ url, locals }) => ({
	calendar: await listEvents(locals.actor, { query: url.searchParams, locale: locals.locale }, locals.deps)
});

// A reading page with GET filters and plain links: no hydration needed.
export const csr = false;
