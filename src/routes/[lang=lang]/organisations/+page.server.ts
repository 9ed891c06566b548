import type { PageServerLoad } from './$types';
import { listOrganisations } from '$lib/server/directory/organisations';

export const load: PageServerLoad = async ({ locals, url }) => {
	return {
		directory: await listOrganisations(locals.actor, url.searchParams, locals.deps, locals.locale),
		// after leaving an organisation, the person lands here
		left: url.searchParams.has('left')
	};
};
