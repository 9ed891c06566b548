import { isCoordinator, isMember, type MaybeActor } from '../../platform/auth';
import type { EventVisibility, GroupKind } from '../../platform/db';
import { canSeeEvent } from '../../acting/events';
import { canReadGroupContent, type GroupStanding } from '../groups';
import type { Audience, DocumentAccess } from './documents.schemas';

/** What the access rules need to know about a document's owner and the viewer. */
export type OwnerFacts =
	| { type: 'event'; visibility: EventVisibility }
	/** A working group's files: whoever may read the group's content reads all of them. */
	| { type: 'group'; kind: GroupKind; standing: GroupStanding }
	| {
			type: 'project';
			visibility: 'public' | 'members';
			/** The viewer belongs to an organisation in project_partners, or created the project. */
			viewerIsPartner: boolean;
	  };

/**
 * Which documents of an owner the viewer may read, or null when they may not see the owner.
 * Event materials follow the event: whoever may see it reads all of them. Project documents:
 * 'members' ones every network member, 'partners' ones only the partner organisations' people;
 * the network's coordinators and admins read both.
 */
export function documentAccess(actor: MaybeActor, owner: OwnerFacts): DocumentAccess | null {
	if (owner.type === 'event') {
		if (!canSeeEvent(actor, owner.visibility)) return null;
		return { members: true, partners: true };
	}
	if (owner.type === 'group') return canReadGroupContent(actor, owner.kind, owner.standing) ? { members: true, partners: true } : null;
	const staff = isCoordinator(actor);
	const partner = actor !== null && owner.viewerIsPartner;
	if (owner.visibility === 'members' && !isMember(actor) && !partner && !staff) return null;
	return { members: isMember(actor) || partner || staff, partners: partner || staff };
}

export const mayRead = (access: DocumentAccess | null, audience: Audience) => access !== null && access[audience];

/** Whether a document could be read by anyone on the internet (then shared caches may keep it). */
export const isPublicDocument = (owner: OwnerFacts) => documentAccess(null, owner)?.members === true;
