import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction, pageError } from '$lib/server/platform/http';
import { listNotifications, markAllRead, markRead } from '$lib/server/notify/notifications';

export const load: PageServerLoad = async ({ locals, url }) => {
	try {
		const list = await listNotifications(locals.actor, locals.deps);
		return { ...list, marked: url.searchParams.has('marked') };
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};

export const actions: Actions = {
	read: ({ request, locals }) =>
		formAction(request, locals.locale, async (values) => {
			await markRead(locals.actor, values, locals.deps);
			redirect(303, `/${locals.locale}/notifications?marked`);
		}),
	readAll: ({ request, locals }) =>
		formAction(request, locals.locale, async () => {
			await markAllRead(locals.actor, locals.deps);
			redirect(303, `/${locals.locale}/notifications?marked`);
		})
};
