import { formatDateTime, toLocalInput, zoneAbbreviation } from '$lib/datetime';

const DAY = 86_400_000;

/**
 * Calendar days from `now` to the deadline, counted in the call's zone: 0 when it closes
 * today there, 1 tomorrow, negative once past. Counting days rather than hours is what people
 * mean: "closes tomorrow" is still true at 9 pm today for a deadline at noon tomorrow.
 */
export function daysLeft(deadline: Date, zone: string, now: Date): number {
	const day = (instant: Date) => Date.parse(`${toLocalInput(instant, zone).slice(0, 10)}T00:00:00Z`);
	const days = Math.round((day(deadline) - day(now)) / DAY);
	// a deadline earlier today has passed: it is not "today" any more
	return deadline < now && days === 0 ? -1 : days;
}

/** "Tuesday, 10 March 2027, 17:00 CET": the deadline in the call's zone, named. */
export function deadlineText(deadline: Date, zone: string, locale: string): string {
	return `${formatDateTime(deadline, zone, locale)} ${zoneAbbreviation(deadline, zone, locale)}`;
}
