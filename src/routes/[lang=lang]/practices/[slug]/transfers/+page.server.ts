import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

/** The transfers of a practice are listed on its page ("where it travelled"). */
export const load: PageServerLoad = ({ params, locals }) => {
	redirect(307, `/${locals.locale}/practices/${params.slug}#transfers`);
};
