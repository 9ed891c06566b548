/**
 * Times of events and deadlines. They are stored as instants (UTC) with the IANA zone they
 * happen in; forms take local wall-clock time in that zone ("2027-03-28T10:00" in
 * Europe/Warsaw) and pages show it in that zone, named, so nobody guesses. Shared by server
 * and browser code: only Intl, no dependencies.
 */
import { dateFormat } from './intl';

/** Whether `zone` is an IANA time zone this runtime knows. */
export function isTimeZone(zone: string): boolean {
	if (!zone) return false;
	try {
		dateFormat('en', { timeZone: zone });
		return true;
	} catch {
		return false;
	}
}

/** The zone's offset from UTC at `instant`, in minutes (Warsaw in summer: 120). */
export function zoneOffsetMinutes(instant: Date, zone: string): number {
	const parts = dateFormat('en-US', {
		timeZone: zone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit'
	}).formatToParts(instant);
	const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
	const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
	return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})$/;

/**
 * "2027-03-28T10:00" (an `<input type="datetime-local">` value) read as wall-clock time in
 * `zone`. Returns null for anything else. A time that does not exist (skipped by a DST change)
 * moves forward by the gap, as clocks do; a time that happens twice is the first one.
 */
export function fromLocalInput(value: string, zone: string): Date | null {
	const match = LOCAL.exec(value.trim());
	if (!match || !isTimeZone(zone)) return null;
	const [, y, mo, d, h, mi] = match.map(Number);
	if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return null;
	const wall = Date.UTC(y, mo - 1, d, h, mi);
	if (new Date(wall).getUTCDate() !== d) return null;
	// Try the offsets in force just before and after that wall time; the earlier valid one wins.
	const candidates = [zoneOffsetMinutes(new Date(wall - 86_400_000), zone), zoneOffsetMinutes(new Date(wall + 86_400_000), zone)];
	for (const offset of candidates.sort((a, b) => b - a)) {
		const instant = new Date(wall - offset * 60_000);
		if (zoneOffsetMinutes(instant, zone) === offset) return instant;
	}
	// In a gap: no offset matches; take the offset before the change, which lands after the gap.
	return new Date(wall - Math.min(...candidates) * 60_000);
}

/** The instant as an `<input type="datetime-local">` value in `zone`: "2027-03-28T10:00". */
export function toLocalInput(instant: Date, zone: string): string {
	const local = new Date(instant.getTime() + zoneOffsetMinutes(instant, zone) * 60_000);
	return local.toISOString().slice(0, 16);
}

const intlLocale = (locale: string) => (locale === 'pl' ? 'pl-PL' : 'en-GB');

/** "Saturday, 28 March 2027, 10:00" in the zone, in the reader's language. */
export function formatDateTime(instant: Date, zone: string, locale: string): string {
	return dateFormat(intlLocale(locale), { dateStyle: 'full', timeStyle: 'short', timeZone: zone }).format(instant);
}

/** "28 March 2027" in the zone. */
export function formatDate(instant: Date, zone: string, locale: string): string {
	return dateFormat(intlLocale(locale), { dateStyle: 'long', timeZone: zone }).format(instant);
}

/** "10:00" in the zone. */
export function formatTime(instant: Date, zone: string, locale: string): string {
	return dateFormat(intlLocale(locale), { timeStyle: 'short', timeZone: zone }).format(instant);
}

/** "CET" / "CEST" / "GMT+1": the zone's short name at that instant, for labels beside times. */
export function zoneAbbreviation(instant: Date, zone: string, locale: string): string {
	const parts = dateFormat(intlLocale(locale), { timeZone: zone, timeZoneName: 'short' }).formatToParts(instant);
	return parts.find((p) => p.type === 'timeZoneName')?.value ?? zone;
}

/**
 * A period in one line: "Saturday, 27 March 2027, 10:00–16:00 CET" when it ends the same day,
 * else both ends in full; each end carries its own zone name when a clock change falls between.
 */
export function formatPeriod(start: Date, end: Date, zone: string, locale: string): string {
	const sameDay = toLocalInput(start, zone).slice(0, 10) === toLocalInput(end, zone).slice(0, 10);
	const startZone = zoneAbbreviation(start, zone, locale);
	const endZone = zoneAbbreviation(end, zone, locale);
	// a night with a clock change: each end is named with the offset in force then
	if (sameDay && startZone !== endZone)
		return `${formatDateTime(start, zone, locale)} ${startZone} – ${formatTime(end, zone, locale)} ${endZone}`;
	if (sameDay) return `${formatDateTime(start, zone, locale)}–${formatTime(end, zone, locale)} ${startZone}`;
	return `${formatDateTime(start, zone, locale)} ${startZone} – ${formatDateTime(end, zone, locale)} ${endZone}`;
}

/** Zones offered in forms: the network's, then the rest the runtime knows. */
export const COMMON_TIME_ZONES = [
	'Europe/Warsaw',
	'Europe/Berlin',
	'Europe/Prague',
	'Europe/London',
	'Europe/Brussels',
	'Europe/Bucharest',
	'UTC'
];

export function timeZoneOptions(): string[] {
	const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
	return [...COMMON_TIME_ZONES, ...all.filter((z) => !COMMON_TIME_ZONES.includes(z))];
}
