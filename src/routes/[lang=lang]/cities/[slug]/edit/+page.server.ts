import type { Actions, PageServerLoad } from './$types';
import { getCityForEdit, updateCity } from '$lib/server/directory/cities';
import { formAction, pageError } from '$lib/server/platform/http';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	try {
		return { city: await getCityForEdit(locals.actor, { slug: params.slug, locale: locals.locale }, locals.deps) };
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};

export const actions: Actions = {
	default: ({ request, params, locals }) =>
		formAction(request, locals.locale, async (values) => {
			await updateCity(locals.actor, { slug: params.slug, values }, locals.deps);
			return { success: m.cities_edit_saved({}, { locale: locals.locale }) };
		})
};

// A reading page with no client behaviour: no hydration, so the map SVG is not sent twice
// (once as HTML, once as serialised data).
export const csr = false;
