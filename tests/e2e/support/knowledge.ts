/**
 * Helpers for the knowledge-base journeys (practices, search, transfers, files, import): small
 * files made in the test, the other language, and reading what a practice page shows.
 */
import zlib from 'node:zlib';
import type { Locator } from 'playwright-core';
import type { Locale } from './env';
import type { Journey } from './journey';

export const otherLocale = (locale: Locale): Locale => (locale === 'pl' ? 'en' : 'pl');
export const acceptLanguage: Record<Locale, string> = { pl: 'pl-PL', en: 'en-GB' };

/** The practice's slug from a path or address such as /en/practices/<slug>?draft. */
export function practiceSlug(address: string): string {
	const match = /\/practices\/([^/?#]+)/.exec(new URL(address, 'http://x').pathname);
	if (!match) throw new Error(`${address} is not the address of a practice`);
	return match[1];
}

/** Escapes text for use inside a RegExp. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A section of a practice page ("What was done", ...) by its heading. */
export function practiceSection(journey: Journey, heading: string): Locator {
	return journey.page.locator('section').filter({ has: journey.page.getByRole('heading', { level: 2, name: heading, exact: true }) });
}

/** The practice's summary paragraph as the page shows it. */
export async function shownSummary(journey: Journey): Promise<string> {
	return (await journey.page.locator('article p.summary').first().innerText()).trim();
}

// --- a real PNG, made here so the test needs no binary fixture ---------------------------------
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});
function crc32(bytes: Buffer): number {
	let c = 0xffffffff;
	for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([length, body, crc]);
}

/** A small valid PNG (RGB, one colour) of the given size. */
export function makePng(width = 8, height = 8, rgb: [number, number, number] = [40, 120, 80]): Buffer {
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header[8] = 8; // bit depth
	header[9] = 2; // truecolour
	const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
	const pixels = Buffer.concat(Array.from({ length: height }, () => row));
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', zlib.deflateSync(pixels)),
		chunk('IEND', Buffer.alloc(0))
	]);
}
