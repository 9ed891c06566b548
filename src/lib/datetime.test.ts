import { describe, expect, it } from 'vitest';
import { formatPeriod, fromLocalInput, isTimeZone, toLocalInput, zoneAbbreviation, zoneOffsetMinutes } from './datetime';

describe('times in a zone', () => {
	it('knows zone offsets on both sides of a daylight-saving change', () => {
		expect(zoneOffsetMinutes(new Date('2027-03-28T00:30:00Z'), 'Europe/Warsaw')).toBe(60);
		expect(zoneOffsetMinutes(new Date('2027-03-28T01:30:00Z'), 'Europe/Warsaw')).toBe(120);
		expect(zoneOffsetMinutes(new Date('2027-07-01T12:00:00Z'), 'Europe/London')).toBe(60);
		expect(zoneOffsetMinutes(new Date('2027-07-01T12:00:00Z'), 'UTC')).toBe(0);
	});

	it('reads wall-clock time in the zone, before and after the change', () => {
		expect(fromLocalInput('2027-03-27T10:00', 'Europe/Warsaw')?.toISOString()).toBe('2027-03-27T09:00:00.000Z');
		expect(fromLocalInput('2027-03-28T10:00', 'Europe/Warsaw')?.toISOString()).toBe('2027-03-28T08:00:00.000Z');
		expect(fromLocalInput('2027-10-31T10:00', 'Europe/Warsaw')?.toISOString()).toBe('2027-10-31T09:00:00.000Z');
	});

	it('moves a skipped time forward and takes the first of a repeated one', () => {
		// 02:30 does not exist in Warsaw on 28 March 2027: clocks jump from 02:00 to 03:00
		expect(fromLocalInput('2027-03-28T02:30', 'Europe/Warsaw')?.toISOString()).toBe('2027-03-28T01:30:00.000Z');
		// 02:30 happens twice on 31 October 2027; the first is still summer time
		expect(fromLocalInput('2027-10-31T02:30', 'Europe/Warsaw')?.toISOString()).toBe('2027-10-31T00:30:00.000Z');
	});

	it('refuses what is not a date and time', () => {
		for (const bad of ['', '2027-02-30T10:00', '2027-13-01T10:00', 'tomorrow', '2027-01-01T25:00', '2027-01-01'])
			expect(fromLocalInput(bad, 'Europe/Warsaw')).toBeNull();
		expect(fromLocalInput('2027-01-01T10:00', 'Mars/Olympus')).toBeNull();
		expect(isTimeZone('Europe/Warsaw')).toBe(true);
		expect(isTimeZone('')).toBe(false);
	});

	it('writes the input value back in the zone', () => {
		for (const local of ['2027-03-27T10:00', '2027-03-28T10:00', '2027-12-31T23:59'])
			expect(toLocalInput(fromLocalInput(local, 'Europe/Warsaw')!, 'Europe/Warsaw')).toBe(local);
	});

	it('names the zone and shows a period on one line', () => {
		const start = new Date('2027-03-27T09:00:00Z');
		expect(zoneAbbreviation(start, 'Europe/Warsaw', 'en')).toMatch(/CET|GMT\+1/);
		expect(formatPeriod(start, new Date('2027-03-27T15:00:00Z'), 'Europe/Warsaw', 'en')).toMatch(/27 March 2027.*10:00–16:00/);
		// 01:30 CET to 04:30 CEST on the night the clocks go forward
		const night = formatPeriod(new Date('2027-03-28T00:30:00Z'), new Date('2027-03-28T02:30:00Z'), 'Europe/Warsaw', 'en');
		expect(night).toMatch(/01:30 (CET|GMT\+1) – 04:30 (CEST|GMT\+2)/);
	});
});
