export { createFeed, eventCalendar, feedCalendar, feedStatus, revokeFeed } from './calendar.service';
export { queueEventReminders } from './reminders';
