export { recordActivity } from './activity.sql';
export type { Activity } from './activity.sql';
export { processPendingActivity } from './fanout';
export { unsubscribe, unsubscribeDetails } from './mailing.service';
export { mailNotifications } from './mailing';
export { listNotifications, markAllRead, markContextSeen, markRead, unreadCount } from './notifications.service';
export type { NotificationItem } from './notifications.service';
export { getNotificationSettings, saveEmailFrequency, saveOverride } from './settings.service';
export type { FollowedItem } from './settings.service';
