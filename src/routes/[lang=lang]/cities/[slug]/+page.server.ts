import type { PageServerLoad } from './$types';
import { getCity } from '$lib/server/directory/cities';
import { pageError } from '$lib/server/platform/http';
import { cityActivity } from '$lib/server/acting/activity';
import { followButton } from '$lib/server/notify/follows';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	try {
		const input = { slug: params.slug, locale: locals.locale };
		const [city, activity] = await Promise.all([getCity(locals.actor, input, locals.deps), cityActivity(locals.actor, input, locals.deps)]);
		return { city, activity, follow: await followButton(locals.actor, { type: 'city', key: params.slug }, locals.deps) };
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};

// A reading page with no client behaviour: no hydration, so the map SVG is not sent twice
// (once as HTML, once as serialised data).
export const csr = false;
