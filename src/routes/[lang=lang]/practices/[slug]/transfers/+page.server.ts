import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

/** The transfers of a practice are listed on its page ("where it travelled"). */
export const load: PageServerLoad = ({ params, locals }) => {
	// the slug is the decoded path segment: sent back encoded, as anything typed there may be
	redirect(307, `/${locals.locale}/practices/${encodeURIComponent(params.slug)}#transfers`);
};
