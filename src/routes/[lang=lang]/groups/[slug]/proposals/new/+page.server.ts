import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction, pageError } from '$lib/server/platform/http';
import { createProposal, getNewProposalForm } from '$lib/server/together/proposals';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	try {
		return { proposalForm: await getNewProposalForm(locals.actor, { groupSlug: params.slug }, locals.deps) };
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};

export const actions: Actions = {
	default: ({ request, params, locals }) =>
		formAction(request, locals.locale, async (values) => {
			const { slug } = await createProposal(locals.actor, { groupSlug: params.slug, values }, locals.deps);
			redirect(303, `/${locals.locale}/groups/${params.slug}/proposals/${slug}?created`);
		})
};
