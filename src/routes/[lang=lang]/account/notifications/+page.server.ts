import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction, pageError } from '$lib/server/platform/http';
import { changeFollow } from '$lib/server/notify/follows';
import { getNotificationSettings, saveEmailFrequency, saveOverride } from '$lib/server/notify/notifications';

const NOTICES = ['saved', 'unfollowed', 'override'] as const;

export const load: PageServerLoad = async ({ locals, url }) => {
	try {
		const settings = await getNotificationSettings(locals.actor, { locale: locals.locale }, locals.deps);
		return { ...settings, notice: NOTICES.find((n) => url.searchParams.has(n)) ?? null };
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};

const here = (locale: string, notice: string) => `/${locale}/account/notifications?${notice}`;

export const actions: Actions = {
	frequency: ({ request, locals }) =>
		formAction(request, locals.locale, async (values) => {
			await saveEmailFrequency(locals.actor, values, locals.deps);
			redirect(303, here(locals.locale, 'saved'));
		}),
	unfollow: ({ request, locals }) =>
		formAction(request, locals.locale, async (values) => {
			await changeFollow(locals.actor, { ...values, action: 'unfollow' }, locals.deps);
			redirect(303, here(locals.locale, 'unfollowed'));
		}),
	override: ({ request, locals }) =>
		formAction(request, locals.locale, async (values) => {
			await saveOverride(locals.actor, values, locals.deps);
			// the fields as sent (the service read them leniently): encoded for the Location header
			redirect(303, `${here(locals.locale, 'override')}#follow-${encodeURIComponent(`${values.type}-${values.id}`)}`);
		})
};
