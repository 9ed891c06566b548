import type { Actions, PageServerLoad } from './$types';
import { loadNewThread, newThreadAction } from '$lib/server/together/discussions';

export const load: PageServerLoad = (event) => loadNewThread(event, event.params.slug);

export const actions: Actions = { default: newThreadAction((params) => params.slug) };
