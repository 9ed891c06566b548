import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction, pageError } from '$lib/server/platform/http';
import { cancelEvent, getEventForm, moreRows, updateEvent } from '$lib/server/acting/events';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	try {
		return { eventForm: await getEventForm(locals.actor, { slug: params.slug, locale: locals.locale }, locals.deps) };
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};

export const actions: Actions = {
	save: ({ request, params, locals }) =>
		formAction(request, locals.locale, async (values) => {
			const { slug, promoted } = await updateEvent(locals.actor, { slug: params.slug, values }, locals.deps);
			redirect(303, `/${locals.locale}/events/${slug}?saved${promoted ? `&promoted=${promoted}` : ''}`);
		}),
	more: ({ request, locals }) => formAction(request, locals.locale, async (values) => moreRows(values)),
	cancel: ({ request, params, locals }) =>
		formAction(request, locals.locale, async () => {
			await cancelEvent(locals.actor, { slug: params.slug }, locals.deps);
			redirect(303, `/${locals.locale}/events/${params.slug}?eventCancelled`);
		})
};
