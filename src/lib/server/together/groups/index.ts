export { NO_STANDING, canManageGroup, canReadGroupContent, canSeeGroup, canTakePart } from './group-access';
export type { GroupStanding } from './group-access';
export type { MyStanding } from './groups.schemas';
export { answerInvitation, createGroup, decideRequest, getGroup, getGroupEditForm, getGroupMembers, getNewGroupForm, groupForDocuments, invitePerson, joinGroup, leaveGroup, listGroups, removeMember, requestToJoin, setRole, updateGroup } from './groups.service';
