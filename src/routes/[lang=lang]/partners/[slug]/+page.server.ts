import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction, pageError } from '$lib/server/platform/http';
import { completePartnerSearch, decideOnInterest, expressInterest, getPartnerSearch } from '$lib/server/acting/partners';

const NOTICES = ['created', 'sent', 'accepted', 'declined'] as const;

export const load: PageServerLoad = async ({ params, locals, url }) => {
	try {
		return {
			search: await getPartnerSearch(locals.actor, { slug: params.slug, locale: locals.locale }, locals.deps),
			notice: NOTICES.find((n) => url.searchParams.has(n)) ?? null
		};
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};

export const actions: Actions = {
	interest: ({ request, params, locals }) =>
		formAction(request, locals.locale, async (values) => {
			await expressInterest(locals.actor, { slug: params.slug, values }, locals.deps);
			redirect(303, `/${locals.locale}/partners/${params.slug}?sent`);
		}),
	decide: ({ request, params, locals }) =>
		formAction(request, locals.locale, async (values) => {
			const { status } = await decideOnInterest(locals.actor, { slug: params.slug, values }, locals.deps);
			redirect(303, `/${locals.locale}/partners/${params.slug}?${status}`);
		}),
	complete: ({ request, params, locals }) =>
		formAction(request, locals.locale, async () => {
			const { projectSlug } = await completePartnerSearch(locals.actor, { slug: params.slug }, locals.deps);
			redirect(303, `/${locals.locale}/projects/${projectSlug}`);
		})
};
