import type { PageServerLoad } from './$types';
import { pageError } from '$lib/server/platform/http';
import { listStudyVisits } from '$lib/server/acting/visits';

export const load: PageServerLoad = async ({ locals, url }) => {
	try {
		return { visits: await listStudyVisits(locals.actor, { locale: locals.locale }, locals.deps) };
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};
