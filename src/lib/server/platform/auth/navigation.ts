import { isCoordinator, isMember, type MaybeActor } from './actor';

/** What the site header may show the viewer: who they are and which parts of the site are theirs. */
export interface Navigation {
	name: string;
	handle: string;
	/** The network's own pages (the "join" link is hidden for members). */
	isMember: boolean;
	/** The coordination pages (admin link). */
	isCoordinator: boolean;
	emailVerified: boolean;
}

/** The header's view of the actor, decided here so layouts never re-derive roles; null for visitors. */
export function navigationFor(actor: MaybeActor): Navigation | null {
	if (!actor) return null;
	return {
		name: actor.name,
		handle: actor.handle,
		isMember: isMember(actor),
		isCoordinator: isCoordinator(actor),
		emailVerified: actor.emailVerified
	};
}
