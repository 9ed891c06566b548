import { definePolicy, isCoordinator, isMember, signedIn, type MaybeActor } from '../../platform/auth';
import type { EventVisibility, GroupKind } from '../../platform/db';
import { canSeeEvent, eventPolicy, type EventTies } from '../../acting/events';
import { projectPolicy, type ProjectStanding } from '../../acting/projects';
import { canReadGroupContent, groupPolicy, type GroupStanding } from '../groups';
import type { Audience, DocumentAccess } from './documents.schemas';

/**
 * What the access rules need to know about a document's owner and the viewer's ties to it, in
 * the owner domain's own terms: its policy decides who manages the owner's documents.
 */
export type OwnerFacts =
	| { type: 'event'; visibility: EventVisibility; ties: EventTies }
	/** A working group's files: whoever may read the group's content reads all of them. */
	| { type: 'group'; kind: GroupKind; standing: GroupStanding }
	| {
			type: 'project';
			visibility: 'public' | 'members';
			/** partner: the viewer belongs to an organisation in project_partners; lead: to the lead one. */
			standing: ProjectStanding;
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
	const partner = actor !== null && owner.standing.partner;
	if (owner.visibility === 'members' && !isMember(actor) && !partner && !staff) return null;
	return { members: isMember(actor) || partner || staff, partners: partner || staff };
}

export const mayRead = (access: DocumentAccess | null, audience: Audience) => access !== null && access[audience];

/** Whether a document could be read by anyone on the internet (then shared caches may keep it). */
export const isPublicDocument = (owner: OwnerFacts) => documentAccess(null, owner)?.members === true;

/** Who adds documents: event organisers, people of the project's partner organisations, a group's active members. */
function uploads(actor: MaybeActor, owner: OwnerFacts): boolean {
	if (owner.type === 'event') return eventPolicy.manage(actor, owner.ties);
	if (owner.type === 'project') return projectPolicy.contribute(actor, owner.standing);
	return groupPolicy.takePart(actor, owner);
}

/** Who deletes any version: event organisers, people of the project's lead organisation, a group's managers. */
function managesAll(actor: MaybeActor, owner: OwnerFacts): boolean {
	if (owner.type === 'event') return eventPolicy.manage(actor, owner.ties);
	if (owner.type === 'project') return projectPolicy.edit(actor, owner.standing);
	return groupPolicy.manage(actor, owner);
}

/** In a working group, members who take part delete the versions they uploaded themselves. */
const deletesOwn = (actor: MaybeActor, owner: OwnerFacts) => owner.type === 'group' && groupPolicy.takePart(actor, owner);

const seesOwner = (actor: MaybeActor, owner: OwnerFacts) => documentAccess(actor, owner) !== null;

/**
 * The documents vocabulary for services. Everything refused is not_found (a document or owner
 * the actor may not touch looks missing); signing in is asked first where a service needs it.
 */
export const documentPolicy = definePolicy({
	signedIn,
	read: (actor, document: { owner: OwnerFacts; audience: Audience }) => mayRead(documentAccess(actor, document.owner), document.audience),
	upload: (actor, owner: OwnerFacts) => seesOwner(actor, owner) && uploads(actor, owner),
	/** Whether the actor may delete at least some of the owner's versions (all, or their own). */
	deleteSome: (actor, owner: OwnerFacts) => seesOwner(actor, owner) && (managesAll(actor, owner) || deletesOwn(actor, owner)),
	delete: (actor, document: { owner: OwnerFacts; uploadedBy: number | null }) =>
		seesOwner(actor, document.owner) &&
		(managesAll(actor, document.owner) || (deletesOwn(actor, document.owner) && actor !== null && document.uploadedBy === actor.id))
});
