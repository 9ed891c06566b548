export { moreRows } from './events-form';
export {
	addEventPracticeFromForm,
	eventForDocuments,
	findPracticesForEvent,
	getParticipants,
	markAttendance,
	messageParticipants,
	participantsCsv,
	removeEventPracticeFromForm,
	saveEventNotes
} from './events-organiser.service';
export { cancelFromForm, registerFromForm } from './events-participation.service';
export { getEventForm, getEventPage, listEvents } from './events-read.service';
export type { EventFormView, EventListItem, EventPage, MonthView } from './events-read.service';
export { canSeeEvent, eventPolicy } from './events.policy';
export type { EventTies } from './events.policy';
export { EVENT_CAPACITY_MAX, EVENT_TYPES } from './events.schemas';
export { cancelEvent, createEvent, registerForEvent, updateEvent } from './events.service';
export { cancelHostedRegistration, insertHostedEvent, lockHostedEvent, registerForHostedEvent } from './hosted-events.service';
export { eventsNotifications } from './events.notifications';
export type { AgendaItem } from '../../platform/db';
