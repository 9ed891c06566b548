import type { PageServerLoad } from './$types';
import { redirectToReply } from '$lib/server/together/discussions';

/** A link to one reply in a group thread: sent to its page and anchor. */
export const load: PageServerLoad = (event) => redirectToReply(event, event.params.thread, event.params.number, event.params.slug);
