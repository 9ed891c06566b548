import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction, pageError } from '$lib/server/platform/http';
import {
	getConsultation,
	inviteExpert,
	offerHelp,
	recordOutcome,
	scheduleConsultation,
	withdrawConsultation,
	withdrawOffer
} from '$lib/server/acting/consultations';

/** One-time notices after the redirects that land here. */
const NOTICES = ['created', 'offered', 'unoffered', 'scheduled', 'outcome', 'invited'] as const;

export const load: PageServerLoad = async ({ params, locals, url }) => {
	try {
		const consultation = await getConsultation(locals.actor, { slug: params.slug, locale: locals.locale }, locals.deps);
		return { consultation, notice: NOTICES.find((n) => url.searchParams.has(n)) ?? null };
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};

/** Each form posts to its own action, then comes back here (so a reload does not post twice). */
const done = (locale: string, slug: string, notice: (typeof NOTICES)[number], anchor: string): never =>
	redirect(303, `/${locale}/consultations/${slug}?${notice}#${anchor}`);

export const actions: Actions = {
	offer: ({ request, params, locals }) =>
		formAction(request, locals.locale, async (values) => {
			await offerHelp(locals.actor, { slug: params.slug, values }, locals.deps);
			done(locals.locale, params.slug, 'offered', 'help-title');
		}),
	withdrawOffer: ({ request, params, locals }) =>
		formAction(request, locals.locale, async () => {
			await withdrawOffer(locals.actor, { slug: params.slug }, locals.deps);
			done(locals.locale, params.slug, 'unoffered', 'help-title');
		}),
	schedule: ({ request, params, locals }) =>
		formAction(request, locals.locale, async (values) => {
			await scheduleConsultation(locals.actor, { slug: params.slug, values }, locals.deps);
			done(locals.locale, params.slug, 'scheduled', 'meeting-title');
		}),
	outcome: ({ request, params, locals }) =>
		formAction(request, locals.locale, async (values) => {
			await recordOutcome(locals.actor, { slug: params.slug, values }, locals.deps);
			done(locals.locale, params.slug, 'outcome', 'outcome-title');
		}),
	invite: ({ request, params, locals }) =>
		formAction(request, locals.locale, async (values) => {
			await inviteExpert(locals.actor, { slug: params.slug, values }, locals.deps);
			done(locals.locale, params.slug, 'invited', 'suggestions-title');
		}),
	withdraw: ({ request, params, locals }) =>
		formAction(request, locals.locale, async () => {
			await withdrawConsultation(locals.actor, { slug: params.slug }, locals.deps);
			redirect(303, `/${locals.locale}/consultations?withdrawn`);
		})
};
