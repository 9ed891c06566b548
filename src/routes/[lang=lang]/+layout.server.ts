import type { LayoutServerLoad } from './$types';

/** What the header needs on every page: who is signed in, in which language. */
export const load: LayoutServerLoad = ({ locals }) => {
	const { actor } = locals;
	return {
		locale: locals.locale,
		viewer: actor && {
			name: actor.name,
			handle: actor.handle,
			isMember: actor.isMember,
			isCoordinator: actor.role !== 'person',
			emailVerified: actor.emailVerified
		}
	};
};
