import type { PageServerLoad } from './$types';
import { pageError } from '$lib/server/platform/http';
import { listGroupThreads } from '$lib/server/together/discussions';

export const load: PageServerLoad = async ({ url, locals, params }) => {
	try {
		const page = Number(url.searchParams.get('page')) || 1;
		return { list: await listGroupThreads(locals.actor, { groupSlug: params.slug, page, locale: locals.locale }, locals.deps) };
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};
