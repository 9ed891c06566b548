import type { PageServerLoad } from './$types';
import { pageError } from '$lib/server/platform/http';
import { listThreads } from '$lib/server/together/discussions';

export const load: PageServerLoad = async ({ url, locals }) => {
	try {
		const page = Number(url.searchParams.get('page')) || 1;
		return { list: await listThreads(locals.actor, { groupId: null, page, locale: locals.locale }, locals.deps) };
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};
