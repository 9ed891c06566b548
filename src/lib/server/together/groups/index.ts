export { NO_STANDING, canManageGroup, canReadGroupContent, canSeeGroup, canTakePart } from './group-access';
export type { GroupStanding } from './group-access';
export { groupPolicy } from './groups.policy';
export type { GroupPlace } from './groups.policy';
export type { MyStanding } from './groups.schemas';
export {
	answerInvitation,
	createGroup,
	decideRequest,
	getGroup,
	getGroupEditForm,
	getGroupMembers,
	getNewGroupForm,
	groupForDocuments,
	invitePerson,
	joinGroup,
	leaveGroup,
	listGroups,
	removeMember,
	requestToJoin,
	setRole,
	updateGroup
} from './groups.service';
export { findGroupStanding, findGroupWithStanding, readableGroupIds } from './group-access.sql';
export { groupsNotifications } from './groups.notifications';
export type { GroupKind } from '../../platform/db';
