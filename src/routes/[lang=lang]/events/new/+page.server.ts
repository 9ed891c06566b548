import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction, pageError } from '$lib/server/platform/http';
import { createEvent, getEventForm, moreRows } from '$lib/server/acting/events';

export const load: PageServerLoad = async ({ locals, url }) => {
	try {
		return { eventForm: await getEventForm(locals.actor, { locale: locals.locale }, locals.deps) };
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};

export const actions: Actions = {
	save: ({ request, locals }) =>
		formAction(request, locals.locale, async (values) => {
			const { slug } = await createEvent(locals.actor, values, locals.deps);
			redirect(303, `/${locals.locale}/events/${slug}?created`);
		}),
	/** "Add more rows": the same form back with what was typed and more empty programme rows. */
	more: ({ request, locals }) => formAction(request, locals.locale, async (values) => moreRows(values))
};
