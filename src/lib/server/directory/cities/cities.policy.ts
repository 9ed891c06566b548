import { isCoordinator, type Actor, type MaybeActor } from '../../platform/auth';

/** The network's coordinators (and admins) keep city profiles: story, region, industries. */
export const canEditCities = (actor: MaybeActor): actor is Actor => isCoordinator(actor);
