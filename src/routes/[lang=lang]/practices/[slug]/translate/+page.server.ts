import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction, pageError } from '$lib/server/platform/http';
import { deleteTranslation, getTranslationForm, saveTranslation } from '$lib/server/knowledge/practices';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	try {
		return { page: await getTranslationForm(locals.actor, params.slug, url.searchParams.get('to'), locals.deps, locals.locale) };
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};

export const actions: Actions = {
	save: ({ request, locals, params, url }) =>
		formAction(request, locals.locale, async (values) => {
			const { slug, language, revision } = await saveTranslation(
				locals.actor,
				params.slug,
				url.searchParams.get('to'),
				values,
				locals.deps
			);
			redirect(303, `/${locals.locale}/practices/${slug}?lang=${language}&${revision === null ? 'unchanged' : 'translated'}`);
		}),
	delete: ({ request, locals, params, url }) =>
		formAction(request, locals.locale, async () => {
			const { slug } = await deleteTranslation(locals.actor, params.slug, url.searchParams.get('to'), locals.deps);
			redirect(303, `/${locals.locale}/practices/${slug}?translation_deleted`);
		})
};
