import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction, pageError } from '$lib/server/platform/http';
import { closeProposal, getProposal, recordOutcome, vote } from '$lib/server/together/proposals';
import { markContextSeen } from '$lib/server/notify/notifications';

/** One-time notices after the redirects that land here. */
const NOTICES = ['created', 'voted', 'changed', 'closed', 'outcome'] as const;

export const load: PageServerLoad = async ({ params, locals, url }) => {
	try {
		const proposal = await getProposal(locals.actor, { groupSlug: params.slug, slug: params.proposal }, locals.deps);
		await markContextSeen(locals.actor, { type: 'proposal', id: proposal.id }, locals.deps);
		return { proposal, notice: NOTICES.find((n) => url.searchParams.has(n)) ?? null, now: new Date() };
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};

/** Each form posts to its own action, then comes back here (so a reload does not post twice). */
const done = (locale: string, params: { slug: string; proposal: string }, notice: (typeof NOTICES)[number], anchor: string): never =>
	redirect(303, `/${locale}/groups/${params.slug}/proposals/${params.proposal}?${notice}#${anchor}`);

export const actions: Actions = {
	vote: ({ request, params, locals }) =>
		formAction(request, locals.locale, async (values) => {
			const { changed } = await vote(locals.actor, { groupSlug: params.slug, slug: params.proposal, values }, locals.deps);
			done(locals.locale, params, changed ? 'changed' : 'voted', 'vote-title');
		}),
	close: ({ request, params, locals }) =>
		formAction(request, locals.locale, async () => {
			await closeProposal(locals.actor, { groupSlug: params.slug, slug: params.proposal }, locals.deps);
			done(locals.locale, params, 'closed', 'outcome-form-title');
		}),
	outcome: ({ request, params, locals }) =>
		formAction(request, locals.locale, async (values) => {
			await recordOutcome(locals.actor, { groupSlug: params.slug, slug: params.proposal, values }, locals.deps);
			done(locals.locale, params, 'outcome', 'outcome-title');
		})
};
