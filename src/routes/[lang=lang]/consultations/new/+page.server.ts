import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction, pageError } from '$lib/server/platform/http';
import { createConsultation, getNewConsultationForm } from '$lib/server/acting/consultations';

export const load: PageServerLoad = async ({ locals, url }) => {
	try {
		return {
			consultationForm: await getNewConsultationForm(locals.actor, { locale: locals.locale }, locals.deps),
			// "Ask for a consultation" on a challenge's page names the challenge.
			challenge: url.searchParams.get('challenge') ?? ''
		};
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};

export const actions: Actions = {
	default: ({ request, locals }) =>
		formAction(request, locals.locale, async (values) => {
			const { slug } = await createConsultation(locals.actor, { values }, locals.deps);
			redirect(303, `/${locals.locale}/consultations/${slug}?created`);
		})
};
