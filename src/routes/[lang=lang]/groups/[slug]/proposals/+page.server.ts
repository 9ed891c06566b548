import type { PageServerLoad } from './$types';
import { pageError } from '$lib/server/platform/http';
import { getGroupProposals, PROPOSAL_DISPLAY_ZONE } from '$lib/server/together/proposals';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	try {
		return { ...(await getGroupProposals(locals.actor, { groupSlug: params.slug }, locals.deps)), zone: PROPOSAL_DISPLAY_ZONE };
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};
