export { contextKey, contextLinks, mayReadContext, readableContexts } from './contexts';
export type {
	ContextLink,
	ContextLinkFacts,
	ContextReader,
	ContextRef,
	DomainNotifications,
	MessageKey,
	NotificationContext,
	NotificationKind,
	NotificationSubject,
	NotificationTarget,
	TargetTitle
} from './entry-types';
export { contextEntry, isContextType, isFollowTarget, kindEntry, subjectEntry, targetEntry } from './registry';
