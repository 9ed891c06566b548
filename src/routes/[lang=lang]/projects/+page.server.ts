import type { PageServerLoad } from './$types';
import { listProjects } from '$lib/server/acting/projects';

export const load: PageServerLoad = async ({ url, locals }) => ({
	list: await listProjects(locals.actor, url.searchParams, locals.deps, locals.locale)
});
