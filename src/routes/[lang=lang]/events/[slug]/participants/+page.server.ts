import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction, pageError } from '$lib/server/platform/http';
import { EVENT_CAPACITY_MAX, getParticipants, markAttendance, messageParticipants } from '$lib/server/acting/events';

/** The attendance form sends a field per participant, up to a full event, plus its own few. */
const ATTENDANCE_FIELDS = EVENT_CAPACITY_MAX + 100;

export const load: PageServerLoad = async ({ params, locals, url }) => {
	try {
		const sent = Number(url.searchParams.get('sent') ?? 0);
		return {
			view: await getParticipants(locals.actor, { slug: params.slug, locale: locals.locale }, locals.deps),
			sent: Number.isInteger(sent) && sent > 0 ? sent : 0,
			attendance: url.searchParams.has('attendance')
		};
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};

export const actions: Actions = {
	message: ({ request, params, locals }) =>
		formAction(request, locals.locale, async (values) => {
			const { recipients } = await messageParticipants(locals.actor, { slug: params.slug, values }, locals.deps);
			redirect(303, `/${locals.locale}/events/${params.slug}/participants?sent=${recipients}#messages-title`);
		}),
	attendance: ({ request, params, locals }) =>
		formAction(
			request,
			locals.locale,
			async (values) => {
				await markAttendance(locals.actor, { slug: params.slug, values }, locals.deps);
				redirect(303, `/${locals.locale}/events/${params.slug}/participants?attendance#participants-title`);
			},
			// only a signed-in person may make the server read that much (organisers are checked after)
			locals.actor ? { fields: ATTENDANCE_FIELDS } : undefined
		)
};
