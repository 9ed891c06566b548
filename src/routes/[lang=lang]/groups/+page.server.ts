import type { PageServerLoad } from './$types';
import { pageError } from '$lib/server/platform/http';
import { listGroups } from '$lib/server/together/groups';

export const load: PageServerLoad = async ({ locals, url }) => {
	try {
		return {
			list: await listGroups(locals.actor, { locale: locals.locale }, locals.deps),
			signedIn: locals.actor !== null,
			declined: url.searchParams.has('declined')
		};
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};
