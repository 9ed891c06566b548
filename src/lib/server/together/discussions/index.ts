export {
	createThread,
	getThreadPage,
	listGroupThreads,
	listThreads,
	locateReply,
	replyPath,
	replyToThread,
	threadForViewer,
	threadPath
} from './discussions.service';
export type { AuthorView, GroupRef, PostView, ThreadList, ThreadPage } from './discussions.service';
export { loadNewThread, loadThread, newThreadAction, redirectToReply, threadActions } from './thread-routes';
export { discussionsNotifications } from './discussions.notifications';
