import type { Actions, PageServerLoad } from './$types';
import { loadThread, threadActions } from '$lib/server/together/discussions';

export const load: PageServerLoad = (event) => loadThread(event, event.params.thread, event.params.slug);

export const actions: Actions = threadActions((params) => ({ slug: params.thread, groupSlug: params.slug }));
