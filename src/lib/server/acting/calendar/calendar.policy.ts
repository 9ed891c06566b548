import { definePolicy, signedIn } from '../../platform/auth';
import type { EventVisibility } from '../../platform/db';
import { eventPolicy } from '../events';

/**
 * Calendar files: one event's file for whoever may see the event (the events policy); a feed
 * address is the signed-in person's own. The feed itself is read by its secret token alone.
 */
export const calendarPolicy = definePolicy({
	signedIn,
	// called, not copied: the events module may still be loading when this one is
	event: (actor, event: { visibility: EventVisibility }) => eventPolicy.view(actor, event)
});
