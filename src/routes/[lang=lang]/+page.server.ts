import type { PageServerLoad } from './$types';
import { getHome } from '$lib/server/site/home';

export const load: PageServerLoad = async ({ locals }) => {
	const home = await getHome(locals.actor, { locale: locals.locale }, locals.deps);
	return { home };
};

// A reading page with no client behaviour: no hydration, so the map SVG is not sent a second
// time as serialised data.
export const csr = false;
