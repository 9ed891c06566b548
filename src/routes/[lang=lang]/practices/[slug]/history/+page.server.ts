import type { PageServerLoad } from './$types';
import { pageError } from '$lib/server/platform/http';
import { getHistory } from '$lib/server/knowledge/practices';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	try {
		return { page: await getHistory(locals.actor, params.slug, locals.deps, locals.locale) };
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};
