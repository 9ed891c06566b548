import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction, pageError } from '$lib/server/platform/http';
import { createTransfer, getNewTransferForm } from '$lib/server/knowledge/transfers';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	try {
		return { transferForm: await getNewTransferForm(locals.actor, { slug: params.slug, locale: locals.locale }, locals.deps) };
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};

export const actions: Actions = {
	default: ({ request, params, locals }) =>
		formAction(request, locals.locale, async (values) => {
			const { id } = await createTransfer(locals.actor, { slug: params.slug, values, locale: locals.locale }, locals.deps);
			redirect(303, `/${locals.locale}/practices/${params.slug}/transfers/${id}?created`);
		})
};
