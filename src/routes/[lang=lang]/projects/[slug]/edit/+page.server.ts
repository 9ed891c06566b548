import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction, pageError } from '$lib/server/platform/http';
import { addPartner, changePartnerRole, getProjectEditForm, removePartner, updateProject } from '$lib/server/acting/projects';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	try {
		return {
			edit: await getProjectEditForm(locals.actor, { slug: params.slug, locale: locals.locale }, locals.deps),
			partnersSaved: url.searchParams.has('partners')
		};
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};

const partnersDone = (locale: string, slug: string): never => redirect(303, `/${locale}/projects/${slug}/edit?partners#partners-title`);

export const actions: Actions = {
	save: ({ request, params, locals }) =>
		formAction(request, locals.locale, async (values) => {
			await updateProject(locals.actor, { slug: params.slug, values }, locals.deps);
			redirect(303, `/${locals.locale}/projects/${params.slug}?saved`);
		}),
	addPartner: ({ request, params, locals }) =>
		formAction(request, locals.locale, async (values) => {
			await addPartner(locals.actor, { slug: params.slug, values }, locals.deps);
			partnersDone(locals.locale, params.slug);
		}),
	partnerRole: ({ request, params, locals }) =>
		formAction(request, locals.locale, async (values) => {
			await changePartnerRole(locals.actor, { slug: params.slug, values }, locals.deps);
			partnersDone(locals.locale, params.slug);
		}),
	removePartner: ({ request, params, locals }) =>
		formAction(request, locals.locale, async (values) => {
			await removePartner(locals.actor, { slug: params.slug, values }, locals.deps);
			partnersDone(locals.locale, params.slug);
		})
};
