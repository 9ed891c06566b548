import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction, pageError } from '$lib/server/platform/http';
import { loginPath } from '$lib/server/platform/auth';
import {
	applyForVisit,
	decideApplication,
	fileTakeaway,
	getStudyVisit,
	startTransferFromTakeaway,
	withdrawApplication
} from '$lib/server/acting/visits';

/** One-time notices after the redirects that land here. */
const NOTICES = ['created', 'applied', 'withdrawn', 'decided', 'takeaway', 'transfer', 'linked'] as const;

export const load: PageServerLoad = async ({ params, locals, url }) => {
	try {
		const visit = await getStudyVisit(locals.actor, { slug: params.slug, locale: locals.locale }, locals.deps);
		return { visit, notice: NOTICES.find((n) => url.searchParams.has(n)) ?? null, loginHref: loginPath(locals.locale, url.pathname) };
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};

/** Each form posts to its own action, then comes back here (so a reload does not post twice). */
const done = (locale: string, slug: string, notice: (typeof NOTICES)[number], anchor: string): never =>
	redirect(303, `/${locale}/study-visits/${slug}?${notice}#${anchor}`);

export const actions: Actions = {
	apply: ({ request, params, locals }) =>
		formAction(request, locals.locale, async (values) => {
			await applyForVisit(locals.actor, { slug: params.slug, values }, locals.deps);
			done(locals.locale, params.slug, 'applied', 'application-title');
		}),
	withdraw: ({ request, params, locals }) =>
		formAction(request, locals.locale, async () => {
			await withdrawApplication(locals.actor, { slug: params.slug }, locals.deps);
			done(locals.locale, params.slug, 'withdrawn', 'application-title');
		}),
	decide: ({ request, params, locals }) =>
		formAction(request, locals.locale, async (values) => {
			await decideApplication(locals.actor, { slug: params.slug, values }, locals.deps);
			done(locals.locale, params.slug, 'decided', 'applications-title');
		}),
	takeaway: ({ request, params, locals }) =>
		formAction(request, locals.locale, async (values) => {
			await fileTakeaway(locals.actor, { slug: params.slug, values }, locals.deps);
			done(locals.locale, params.slug, 'takeaway', 'takeaways-title');
		}),
	transfer: ({ request, params, locals }) =>
		formAction(request, locals.locale, async () => {
			const { created } = await startTransferFromTakeaway(locals.actor, { slug: params.slug, locale: locals.locale }, locals.deps);
			done(locals.locale, params.slug, created ? 'transfer' : 'linked', 'takeaways-title');
		})
};
