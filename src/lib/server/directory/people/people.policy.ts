import { definePolicy } from '../../platform/auth';
import { canSee, visibleLevels, type SeenPerson } from './visibility';

/**
 * Who sees a person, by the person's own visibility settings (visibility.ts, the one place for
 * them). A profile the viewer may not see is missing (404); the person themself sees every field.
 */
export const personPolicy = definePolicy({
	view: (actor, person: SeenPerson) => canSee(actor, person, 'profile'),
	/** Whether fields shown to members only reach this viewer (lists say so when they do not). */
	seeMembersFields: (actor) => visibleLevels(actor).includes('members')
});
