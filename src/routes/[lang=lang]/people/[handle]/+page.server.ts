import type { PageServerLoad } from './$types';
import { pageError } from '$lib/server/platform/http';
import { showPerson } from '$lib/server/directory/people';
import { followButton } from '$lib/server/notify/follows';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	try {
		const person = await showPerson(locals.actor, { handle: params.handle, locale: locals.locale }, locals.deps);
		return { person, follow: await followButton(locals.actor, { type: 'person', key: params.handle }, locals.deps) };
	} catch (failure) {
		// Hidden and missing profiles answer alike, so a handle reveals nothing.
		pageError(failure, locals.locale, url);
	}
};
