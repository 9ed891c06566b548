import type { PageServerLoad } from './$types';
import { redirectToReply } from '$lib/server/together/discussions';

/** A link to one reply: sent to its page and anchor (?page=k#reply-n), under the thread's own address. */
export const load: PageServerLoad = (event) => redirectToReply(event, event.params.slug, event.params.number, undefined);
