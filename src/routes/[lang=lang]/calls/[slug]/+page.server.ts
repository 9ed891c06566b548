import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction, pageError } from '$lib/server/platform/http';
import { decideOnCall, followCall, getCall } from '$lib/server/acting/calls';
import { listSearchesOfCall } from '$lib/server/acting/partners';

const NOTICES = ['created', 'listed', 'saved', 'followed', 'unfollowed'] as const;

export const load: PageServerLoad = async ({ params, locals, url }) => {
	try {
		const call = await getCall(locals.actor, { slug: params.slug, locale: locals.locale }, locals.deps);
		const searches =
			call.status === 'checked' ? await listSearchesOfCall(locals.actor, { callId: call.id, locale: locals.locale }, locals.deps) : [];
		return { call, searches, notice: NOTICES.find((n) => url.searchParams.has(n)) ?? null };
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};

export const actions: Actions = {
	follow: ({ request, params, locals }) =>
		formAction(request, locals.locale, async () => {
			await followCall(locals.actor, { slug: params.slug, follow: true }, locals.deps);
			redirect(303, `/${locals.locale}/calls/${params.slug}?followed`);
		}),
	unfollow: ({ request, params, locals }) =>
		formAction(request, locals.locale, async () => {
			await followCall(locals.actor, { slug: params.slug, follow: false }, locals.deps);
			redirect(303, `/${locals.locale}/calls/${params.slug}?unfollowed`);
		}),
	decide: ({ request, params, locals }) =>
		formAction(request, locals.locale, async (values) => {
			const { status } = await decideOnCall(locals.actor, { slug: params.slug, values }, locals.deps);
			redirect(303, `/${locals.locale}/calls?decided=${status}`);
		})
};
