/**
 * Amounts and numbers as people type them: "1 250 000,50" in Poland, "1,250,000.50" in Britain,
 * "1.250.000,50" in Germany. Money is stored as integer minor units (grosze, cents).
 */

/** Spaces of every kind and apostrophes (Swiss thousands) separate groups and mean nothing. */
const GROUPING = /[\s\u00a0\u202f\u2009'’_]/g;

/**
 * A decimal number typed by a person, or null when it is not one. When only one kind of
 * separator appears once, followed by exactly three digits ("1,250"), it is ambiguous; the
 * page's locale decides (Polish: decimal comma; English: thousands comma).
 */
export function parseDecimal(input: string, locale: string = 'en'): number | null {
	let text = input.replace(GROUPING, '').replace(/^\+/, '');
	if (!/^-?[\d.,]+$/.test(text) || !/\d/.test(text)) return null;
	const commas = (text.match(/,/g) ?? []).length;
	const dots = (text.match(/\./g) ?? []).length;
	let decimal: ',' | '.' | null = null;
	if (commas && dots) {
		decimal = text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.';
	} else if (commas === 1 || dots === 1) {
		const sep = commas ? ',' : '.';
		const after = text.length - text.indexOf(sep) - 1;
		if (after !== 3) decimal = sep;
		else decimal = (sep === ',') === (locale === 'pl') ? sep : null;
	}
	const thousands = decimal === ',' ? '.' : decimal === '.' ? ',' : /,/.test(text) ? ',' : '.';
	const [whole, fraction, extra] = text.split(decimal ?? '\u0000');
	if (extra !== undefined) return null;
	// thousands groups must be of three digits ("1,25,0" is a typo, not a number)
	const groups = whole.replace(/^-/, '').split(thousands);
	if (groups.length > 1 && (groups[0].length === 0 || groups[0].length > 3 || groups.slice(1).some((g) => g.length !== 3))) return null;
	if (fraction !== undefined && !/^\d+$/.test(fraction)) return null;
	text = `${whole.split(thousands).join('')}${fraction !== undefined ? `.${fraction}` : ''}`;
	const value = Number(text);
	return Number.isFinite(value) ? value : null;
}

/** Largest amount accepted, in minor units: far above any project budget, safely an integer. */
export const MAX_MINOR = 1e15;

/** An amount of money typed by a person in integer minor units; null when it is not one. */
export function parseMoney(input: string, locale: string = 'en'): number | null {
	const value = parseDecimal(input, locale);
	if (value === null || value < 0) return null;
	// a third decimal ("0,001") is not money; "1,250" read as thousands is a whole number
	const minor = Math.round(value * 100);
	if (Math.abs(value * 100 - minor) > 1e-6) return null;
	return minor <= MAX_MINOR ? minor : null;
}

/** Minor units back to the number a person would type, for refilling a form ("1250000,50" in Polish). */
export function minorToInput(minor: number | null, locale: string = 'en'): string {
	if (minor === null) return '';
	const whole = Math.trunc(minor / 100);
	const cents = minor % 100;
	return cents ? `${whole}${locale === 'pl' ? ',' : '.'}${String(cents).padStart(2, '0')}` : String(whole);
}
