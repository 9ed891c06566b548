/** Deadlines of proposals as people read them: in the proposal's zone, named, with the time left. */
import { formatDateTime, zoneAbbreviation } from '$lib/datetime';
import { relativeTimeFormat } from '$lib/intl';

/** "Friday, 12 June 2026, 18:00 CEST". */
export const deadline = (instant: Date, zone: string, locale: string) =>
	`${formatDateTime(instant, zone, locale)} ${zoneAbbreviation(instant, zone, locale)}`;

/** "in 3 days", "in 5 hours", "za 20 minut": how long until `instant`. */
export function timeLeft(instant: Date, now: Date, locale: string): string {
	const minutes = Math.max(1, Math.round((instant.getTime() - now.getTime()) / 60_000));
	const format = relativeTimeFormat(locale === 'pl' ? 'pl-PL' : 'en-GB', { numeric: 'always' });
	if (minutes >= 48 * 60) return format.format(Math.round(minutes / (24 * 60)), 'day');
	if (minutes >= 120) return format.format(Math.round(minutes / 60), 'hour');
	return format.format(minutes, 'minute');
}
