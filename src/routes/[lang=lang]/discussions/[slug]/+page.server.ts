import type { Actions, PageServerLoad } from './$types';
import { loadThread, threadActions } from '$lib/server/together/discussions';

export const load: PageServerLoad = (event) => loadThread(event, event.params.slug, undefined);

export const actions: Actions = threadActions((params) => ({ slug: params.slug, groupSlug: null }));
