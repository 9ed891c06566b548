import type { PageServerLoad } from './$types';
import { listPeople } from '$lib/server/directory/people';

export const load: PageServerLoad = async ({ locals, url }) => {
	const directory = await listPeople(locals.actor, { filters: Object.fromEntries(url.searchParams), locale: locals.locale }, locals.deps);
	return { directory };
};
