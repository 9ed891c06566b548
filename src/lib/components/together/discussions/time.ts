import { zoneAbbreviation } from '$lib/datetime';

/** Posts are shown in the network's zone, labelled with it: "27 Nov 2026, 14:05 CET". */
const ZONE = 'Europe/Warsaw';

export function postTime(instant: Date, locale: string): string {
	const text = dateFormat(locale === 'pl' ? 'pl-PL' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: ZONE }).format(instant);
	return `${text} ${zoneAbbreviation(instant, ZONE, locale)}`;
}

import { m } from '$lib/paraglide/messages';
import type { AuthorView } from '$lib/server/together/discussions';
import { dateFormat } from '$lib/intl';

/** The author's name as the viewer may see it. */
export function authorName(author: AuthorView): string {
	if (author === null) return m.discussions_former_member();
	return author.name ?? m.discussions_network_member();
}
