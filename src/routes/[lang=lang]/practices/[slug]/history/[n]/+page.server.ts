import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction, pageError } from '$lib/server/platform/http';
import { getRevision, restoreRevision } from '$lib/server/knowledge/practices';

/** Only plain numbers name a version; anything else is a missing page. */
const numberOf = (text: string) => (/^\d{1,9}$/.test(text) ? Number(text) : -1);

export const load: PageServerLoad = async ({ locals, params, url }) => {
	try {
		return {
			page: await getRevision(locals.actor, params.slug, numberOf(params.n), locals.deps, locals.locale, url.searchParams.get('lang'))
		};
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};

export const actions: Actions = {
	restore: ({ request, locals, params }) =>
		formAction(request, locals.locale, async () => {
			const { slug, revision } = await restoreRevision(locals.actor, params.slug, numberOf(params.n), locals.deps);
			redirect(303, `/${locals.locale}/practices/${slug}?${revision === null ? 'unchanged' : 'restored'}`);
		})
};
