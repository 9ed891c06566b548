import { m } from '$lib/paraglide/messages';
import type { GroupKind } from '$lib/server/together/groups';
import type { MyStanding } from '$lib/server/together/groups';

export const kindLabel = (kind: GroupKind): string =>
	kind === 'open' ? m.groups_kind_open() : kind === 'closed' ? m.groups_kind_closed() : m.groups_kind_secret();

export const kindHint = (kind: GroupKind): string =>
	kind === 'open' ? m.groups_kind_open_hint() : kind === 'closed' ? m.groups_kind_closed_hint() : m.groups_kind_secret_hint();

/** The viewer's standing as a short tag; none for people outside the group. */
export function standingLabel(standing: MyStanding): string | null {
	switch (standing) {
		case 'coordinator':
			return m.groups_standing_coordinator();
		case 'member':
			return m.groups_standing_member();
		case 'requested':
			return m.groups_standing_requested();
		case 'invited':
			return m.groups_standing_invited();
		default:
			return null;
	}
}
