export { replyPath, threadPath } from './discussions-common';
export type { AuthorView, GroupRef } from './discussions-common';
export { createThread, listGroupThreads, listThreads } from './discussions.service';
export type { ThreadList } from './discussions.service';
export { replyToThread } from './discussions-posts.service';
export { getThreadPage, locateReply, threadForViewer } from './discussions-read.service';
export type { PostView, ThreadPage } from './discussions-read.service';
export { loadNewThread, loadThread, newThreadAction, redirectToReply, threadActions } from './thread-routes';
export { discussionsNotifications } from './discussions.notifications';
