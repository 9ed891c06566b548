import { definePolicy, isCoordinator, type MaybeActor } from '../../platform/auth';
import { visibleLevels } from '../../directory/people';

/**
 * What search shows: documents carry the level their own domain gave them (public or members);
 * members read both, coordinators too (they look after the whole network), others public ones.
 */
export const searchPolicy = definePolicy({
	readMembersOnly: (actor: MaybeActor) => isCoordinator(actor) || visibleLevels(actor).includes('members')
});
