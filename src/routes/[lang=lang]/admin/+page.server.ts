import type { PageServerLoad } from './$types';
import { getDashboard } from '$lib/server/directory/membership';
import { pageError } from '$lib/server/platform/http';

export const load: PageServerLoad = async ({ locals, url }) => {
	try {
		return { dashboard: await getDashboard(locals.actor, locals.deps) };
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};
