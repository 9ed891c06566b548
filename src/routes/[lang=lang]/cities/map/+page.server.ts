import type { PageServerLoad } from './$types';
import { mapOfNetwork } from '$lib/server/cities/cities.service';

export const load: PageServerLoad = async ({ locals }) => ({
	map: await mapOfNetwork(locals.deps, locals.locale)
});
