export { NO_STANDING, canManageGroup, canReadGroupContent, canSeeGroup, canTakePart } from './group-access';
export type { GroupStanding } from './group-access';
export { groupPolicy } from './groups.policy';
export type { GroupPlace } from './groups.policy';
export type { MyStanding } from './groups.schemas';
export { createGroup, getGroup, getGroupEditForm, getNewGroupForm, groupForDocuments, listGroups, updateGroup } from './groups.service';
export {
	answerInvitation,
	decideRequest,
	getGroupMembers,
	invitePerson,
	joinGroup,
	leaveGroup,
	removeMember,
	requestToJoin,
	setRole
} from './groups-membership.service';
export { findGroupStanding, findGroupWithStanding, readableGroupIds } from './group-access.sql';
export { groupsNotifications } from './groups.notifications';
export type { GroupKind } from '../../platform/db';
