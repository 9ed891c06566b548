import { definePolicy, signedIn } from '../../platform/auth';
import type { EventVisibility, RegistrationStatus } from '../../platform/db';
import { eventPolicy } from '../events';

/**
 * Calendar files: one event's file for whoever may see the event (the events policy); a feed
 * address is the signed-in person's own. The feed itself is read by its secret token alone, and
 * then every event in it, and its meeting link, is asked of these rules for the feed's owner as
 * they stand at that moment (a registration is not a lasting right to see the event).
 */
export const calendarPolicy = definePolicy({
	signedIn,
	// called, not copied: the events module may still be loading when this one is
	event: (actor, event: { visibility: EventVisibility }) => eventPolicy.view(actor, event),
	/** The meeting link, by the event page's rule; ask `event` first. */
	meetingLink: (actor, viewer: { status: RegistrationStatus | null; manages: boolean }) => eventPolicy.seeMeetingLink(actor, viewer)
});
