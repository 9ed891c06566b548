import type { PageServerLoad } from './$types';
import { getCity } from '$lib/server/cities/cities.service';
import { pageError } from '$lib/server/http/page-error';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	try {
		return { city: await getCity(locals.actor, { slug: params.slug, locale: locals.locale }, locals.deps) };
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};

// A reading page with no client behaviour: no hydration, so the map SVG is not sent twice
// (once as HTML, once as serialised data).
export const csr = false;
