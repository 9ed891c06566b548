import { definePolicy, isCoordinator, type Actor, type MaybeActor } from '../../platform/auth';

/** The network's coordinators (and admins) keep city profiles: story, region, industries. */
export const canEditCities = (actor: MaybeActor): actor is Actor => isCoordinator(actor);

/** For everyone else the city editing pages do not exist (the same 404 as a missing city). */
export const cityPolicy = definePolicy({
	edit: canEditCities
});
