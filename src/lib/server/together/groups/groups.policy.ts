/**
 * The working groups vocabulary for services, over the rules of group-access.ts (the one place
 * that decides who sees and does what in a group, also used by discussions, proposals,
 * documents, notifications and search). The subject is the group's kind and the viewer's
 * standing in it.
 */
import { definePolicy, isMember, rule, signedIn, type Actor } from '../../platform/auth';
import { forbidden, unauthenticated } from '../../platform/core';
import type { GroupKind } from '../../platform/db';
import { canManageGroup, canReadGroupContent, canSeeGroup, canTakePart, isActiveMember, type GroupStanding } from './group-access';

export interface GroupPlace {
	kind: GroupKind;
	standing: GroupStanding;
}

const membersOnly = () => forbidden('groups_error_members_only');

export const groupPolicy = definePolicy({
	signedIn,
	/** A secret group is missing for everyone outside it, so its address answers as an unknown one. */
	discover: (actor, group: GroupPlace) => group.kind !== 'secret' || canSeeGroup(actor, group.kind, group.standing),
	/** Other groups: a visitor may be a member who has not signed in yet, so they are asked to. */
	view: rule((actor, group: GroupPlace) => canSeeGroup(actor, group.kind, group.standing), { anonymous: unauthenticated }),
	readContent: (actor, group: GroupPlace) => canReadGroupContent(actor, group.kind, group.standing),
	/** Who is in a secret group is for its active members (not for those only invited). */
	seeMembers: (_actor, group: GroupPlace) => group.kind !== 'secret' || isActiveMember(group.standing),
	takePart: (actor, group: GroupPlace) => canTakePart(actor, group.standing),
	manage: rule((actor, group: GroupPlace): actor is Actor => canManageGroup(actor, group.kind, group.standing), {
		anonymous: unauthenticated,
		denied: forbidden
	}),
	/** Starting a group, joining or asking to join one: network members. */
	create: rule((actor): actor is Actor => isMember(actor), { anonymous: unauthenticated, denied: membersOnly }),
	join: rule((actor): actor is Actor => isMember(actor), { anonymous: unauthenticated, denied: membersOnly }),
	joinAtOnce: rule((_actor, group: Pick<GroupPlace, 'kind'>) => group.kind === 'open', {
		denied: () => forbidden('groups_error_not_open')
	}),
	askToJoin: rule((_actor, group: Pick<GroupPlace, 'kind'>) => group.kind === 'closed', {
		denied: () => forbidden('groups_error_not_closed')
	})
});
