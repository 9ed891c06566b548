export { processPendingActivity } from './fanout';
export { changeFollow, followButton, getNotificationSettings, saveEmailFrequency, saveOverride } from './follows.service';
export { unsubscribe, unsubscribeDetails } from './mailing.service';
export { mailNotifications } from './mailing';
export { listNotifications, markAllRead, markContextSeen, markRead, unreadCount } from './notifications.service';
