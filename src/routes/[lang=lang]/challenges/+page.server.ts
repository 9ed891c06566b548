import type { PageServerLoad } from './$types';
import { listChallenges } from '$lib/server/together/challenges';

export const load: PageServerLoad = async ({ url, locals }) => ({
	list: await listChallenges(locals.actor, { query: url.searchParams, locale: locals.locale }, locals.deps)
});
