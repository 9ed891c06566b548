/**
 * iCalendar (RFC 5545) files, written by hand: the format is small, and the parts that go wrong
 * in practice are exactly the ones this file takes care of: CRLF line ends, lines folded at 75
 * octets without splitting a UTF-8 character, TEXT escaping, and times. Times are written in
 * UTC ("Z"): an instant is right in every calendar across daylight-saving changes, and no
 * VTIMEZONE is needed; calendar apps show it in their user's zone.
 */

export interface IcsEvent {
	uid: string;
	start: Date;
	end: Date;
	summary: string;
	description: string;
	location: string;
	url: string;
	cancelled: boolean;
	/** Bumps with every change so calendar apps replace their copy. */
	sequence: number;
	lastModified: Date;
}

export interface IcsCalendar {
	/** X-WR-CALNAME: the name a calendar app gives a subscribed feed. */
	name?: string;
	/** How often subscribers should refetch, in minutes. */
	refreshMinutes?: number;
	events: IcsEvent[];
}

const MAX_OCTETS = 75;

/** TEXT value escaping (RFC 5545 3.3.11); control characters other than new lines are dropped. */
export function escapeText(value: string): string {
	return value
		.replace(/\r\n?/g, '\n')
		.replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\n/g, '\\n');
}

/**
 * Folds a content line into pieces of at most 75 octets, each continuation starting with one
 * space (which counts). Cuts only between characters (code points), so no UTF-8 sequence is split.
 */
export function foldLine(line: string): string {
	const pieces: string[] = [];
	let current = '';
	let octets = 0;
	let limit = MAX_OCTETS;
	for (const char of line) {
		const size = Buffer.byteLength(char, 'utf8');
		if (octets + size > limit) {
			pieces.push(current);
			current = '';
			octets = 0;
			limit = MAX_OCTETS - 1;
		}
		current += char;
		octets += size;
	}
	pieces.push(current);
	return pieces.join('\r\n ');
}

/** 2027-03-28T08:00:00.000Z → 20270328T080000Z */
export function utcStamp(instant: Date): string {
	return instant
		.toISOString()
		.replace(/\.\d{3}/, '')
		.replace(/[-:]/g, '');
}

function eventLines(event: IcsEvent, stamp: Date): string[] {
	const lines = [
		'BEGIN:VEVENT',
		`UID:${escapeText(event.uid)}`,
		`DTSTAMP:${utcStamp(stamp)}`,
		`DTSTART:${utcStamp(event.start)}`,
		`DTEND:${utcStamp(event.end)}`,
		`SEQUENCE:${Math.max(0, Math.floor(event.sequence))}`,
		`LAST-MODIFIED:${utcStamp(event.lastModified)}`,
		`SUMMARY:${escapeText(event.summary)}`
	];
	if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
	if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
	// URI values are not TEXT: no backslash escaping, but no line breaks either.
	lines.push(`URL:${event.url.replace(/[\r\n]/g, '')}`);
	lines.push(`STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`);
	lines.push('TRANSP:OPAQUE', 'END:VEVENT');
	return lines;
}

/** The whole file: CRLF after every (folded) line, the last one too. */
export function buildCalendar(calendar: IcsCalendar, stamp: Date = new Date()): string {
	const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Headframe//Events//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
	if (calendar.name) lines.push(`X-WR-CALNAME:${escapeText(calendar.name)}`);
	if (calendar.refreshMinutes) {
		lines.push(`REFRESH-INTERVAL;VALUE=DURATION:PT${calendar.refreshMinutes}M`, `X-PUBLISHED-TTL:PT${calendar.refreshMinutes}M`);
	}
	for (const event of calendar.events) lines.push(...eventLines(event, stamp));
	lines.push('END:VCALENDAR');
	return lines.map(foldLine).join('\r\n') + '\r\n';
}
