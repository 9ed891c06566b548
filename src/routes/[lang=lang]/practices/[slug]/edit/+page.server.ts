import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction, pageError } from '$lib/server/platform/http';
import { getPracticeForEdit, setPracticePublished, updatePractice } from '$lib/server/knowledge/practices';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	try {
		return { page: await getPracticeForEdit(locals.actor, params.slug, locals.deps, locals.locale) };
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};

export const actions: Actions = {
	save: ({ request, locals, params }) =>
		formAction(request, locals.locale, async (values) => {
			const before = values.intent;
			const { slug, revision, published } = await updatePractice(locals.actor, params.slug, values, locals.deps, locals.locale);
			const notice = revision === null ? 'unchanged' : before === 'publish' && published ? 'published' : 'saved';
			redirect(303, `/${locals.locale}/practices/${slug}?${notice}`);
		}),
	publish: ({ request, locals, params }) =>
		formAction(request, locals.locale, async () => {
			const { slug } = await setPracticePublished(locals.actor, params.slug, true, locals.deps);
			redirect(303, `/${locals.locale}/practices/${slug}?published`);
		}),
	unpublish: ({ request, locals, params }) =>
		formAction(request, locals.locale, async () => {
			const { slug } = await setPracticePublished(locals.actor, params.slug, false, locals.deps);
			redirect(303, `/${locals.locale}/practices/${slug}?unpublished`);
		})
};
