import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction, pageError } from '$lib/server/platform/http';
import { getOrganisation, leaveOrganisation } from '$lib/server/directory/organisations';
import { organisationActivity } from '$lib/server/acting/activity';

/** One-time notices after the redirects that land here. */
const NOTICES = ['created', 'saved', 'joined'] as const;

export const load: PageServerLoad = async ({ locals, params, url }) => {
	try {
		const [organisation, activity] = await Promise.all([
			getOrganisation(locals.actor, params.slug, locals.deps, locals.locale),
			organisationActivity(locals.actor, { slug: params.slug, locale: locals.locale }, locals.deps)
		]);
		return { organisation, activity, notice: NOTICES.find((n) => url.searchParams.has(n)) ?? null };
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};

export const actions: Actions = {
	leave: ({ request, locals, params }) =>
		formAction(request, locals.locale, async () => {
			await leaveOrganisation(locals.actor, params.slug, locals.deps);
			redirect(303, `/${locals.locale}/organisations?left`);
		})
};
