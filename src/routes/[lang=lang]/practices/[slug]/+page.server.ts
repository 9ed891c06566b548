import type { PageServerLoad } from './$types';
import { pageError } from '$lib/server/platform/http';
import { getPractice } from '$lib/server/knowledge/practices';
import { listTransfersOfPracticeBySlug } from '$lib/server/knowledge/transfers';
import { followButton } from '$lib/server/notify/follows';

// A reading page: plain links and forms, no client code to hydrate.
export const csr = false;

/** One-time notices after the redirects that land here. */
const NOTICES = [
	'created',
	'draft',
	'saved',
	'unchanged',
	'published',
	'unpublished',
	'restored',
	'translated',
	'translation_deleted',
	'marked',
	'withdrawn'
] as const;

export const load: PageServerLoad = async ({ locals, params, url }) => {
	try {
		// "Where it travelled" is the transfers domain's; both refuse a practice the viewer may not see.
		const [practice, transfers] = await Promise.all([
			getPractice(locals.actor, params.slug, locals.deps, locals.locale, url.searchParams.get('lang')),
			listTransfersOfPracticeBySlug(locals.actor, params.slug, locals.deps, locals.locale)
		]);
		const follow = await followButton(locals.actor, { type: 'practice', key: params.slug }, locals.deps);
		return { practice, transfers, follow, notice: NOTICES.find((n) => url.searchParams.has(n)) ?? null };
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};
