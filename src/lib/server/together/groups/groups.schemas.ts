import { z } from 'zod';
import type { GroupKind, GroupMemberStatus, GroupRole } from '../../platform/db';
import { many, oneOf, optionalText, requiredText } from '../../platform/core';

export const GROUP_KINDS = ['open', 'closed', 'secret'] as const satisfies readonly GroupKind[];
export const GROUP_ROLES = ['coordinator', 'member'] as const satisfies readonly GroupRole[];
export const NAME_MAX = 120;
export const DESCRIPTION_MAX = 10_000;
export const MESSAGE_MAX = 1_000;

const positiveId = z.coerce.number<unknown>({ error: 'error_invalid_choice' }).int('error_invalid_choice').positive('error_invalid_choice');

/** A person picked in a form row (members page): missing or not a number is simply "not found". */
const personId = z.coerce.number<unknown>({ error: 'error_invalid' }).int('error_invalid').positive('error_invalid');

/** The "new group" and "edit group" form. */
export const groupFieldsSchema = z.object({
	name: requiredText(NAME_MAX),
	description: optionalText(DESCRIPTION_MAX),
	kind: oneOf(GROUP_KINDS),
	area_ids: many(positiveId, 20)
});
export type GroupFields = z.infer<typeof groupFieldsSchema>;

/** Asking to join a closed group: a few words for its coordinators. */
export const joinRequestSchema = z.object({ message: optionalText(MESSAGE_MAX) });

/** Inviting a network member by handle (with or without @) or e-mail address. */
export const inviteSchema = z.object({
	who: requiredText(254).transform((v) => v.replace(/^@/, '')),
	message: optionalText(MESSAGE_MAX)
});

export const decisionSchema = z.object({ person_id: personId, decision: oneOf(['accept', 'decline'] as const) });
export const answerSchema = z.object({ decision: oneOf(['accept', 'decline'] as const) });
export const roleSchema = z.object({ person_id: personId, role: oneOf(GROUP_ROLES) });
export const personSchema = z.object({ person_id: personId });

export interface AreaRef {
	id: number;
	key: string;
	name: string;
}

/** The viewer's place in a group, as pages show it. */
export type MyStanding = 'coordinator' | 'member' | 'requested' | 'invited' | 'none';

export interface GroupSummary {
	slug: string;
	name: string;
	description: string;
	kind: GroupKind;
	areas: AreaRef[];
	memberCount: number;
	standing: MyStanding;
}

export interface GroupMemberDto {
	personId: number;
	handle: string;
	name: string;
	role: GroupRole;
	status: GroupMemberStatus;
	message: string;
	since: Date;
	invitedBy: string | null;
}

export interface GroupPage {
	id: number;
	slug: string;
	name: string;
	description: string;
	descriptionHtml: string;
	kind: GroupKind;
	areas: AreaRef[];
	standing: MyStanding;
	memberCount: number;
	/** Active members, coordinators first; [] when the viewer may not see them. */
	members: GroupMemberDto[];
	/** The viewer's own invitation (who invited, their message). */
	invitation: { invitedBy: string | null; message: string } | null;
	/** Requests and invitations waiting, for the group's coordinators. */
	pendingCount: number;
	can: {
		readContent: boolean;
		takePart: boolean;
		manage: boolean;
		join: boolean;
		request: boolean;
		answerInvitation: boolean;
		leave: boolean;
		withdraw: boolean;
	};
}
