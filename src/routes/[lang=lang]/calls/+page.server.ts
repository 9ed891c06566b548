import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction } from '$lib/server/platform/http';
import { decideOnCall, listCalls } from '$lib/server/acting/calls';

const NOTICES = ['checked', 'rejected'] as const;

export const load: PageServerLoad = async ({ url, locals }) => ({
	list: await listCalls(locals.actor, { query: url.searchParams, locale: locals.locale }, locals.deps),
	notice: NOTICES.find((n) => url.searchParams.get('decided') === n) ?? null
});

export const actions: Actions = {
	decide: ({ request, locals }) =>
		formAction(request, locals.locale, async (values) => {
			const { status } = await decideOnCall(locals.actor, { slug: String(values.slug ?? ''), values }, locals.deps);
			redirect(303, `/${locals.locale}/calls?decided=${status}`);
		})
};
