import type { PageServerLoad } from './$types';
import { listCoordinators } from '$lib/server/directory/people';

export const load: PageServerLoad = async ({ locals }) => {
	const coordinators = await listCoordinators(locals.actor, { locale: locals.locale }, locals.deps);
	return { coordinators };
};
