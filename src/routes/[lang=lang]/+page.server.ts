import type { PageServerLoad } from './$types';
import { getHome } from '$lib/server/home/home.service';

export const load: PageServerLoad = async ({ locals }) => {
	const home = await getHome(locals.actor, { locale: locals.locale }, locals.deps);
	return { home };
};
