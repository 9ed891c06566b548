import { definePolicy, isCoordinator, type Actor } from '../../platform/auth';

/**
 * The thematic areas are the network's frame: its coordinators (and admins) keep them. For
 * everyone else the editing pages do not exist (the same 404 as a missing page).
 */
export const areaPolicy = definePolicy({
	edit: (actor): actor is Actor => isCoordinator(actor)
});
