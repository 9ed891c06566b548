/**
 * CSV for spreadsheets: a UTF-8 byte order mark (so Excel reads Polish letters), CRLF lines,
 * every cell quoted. A cell that a spreadsheet would run as a formula (starting with = + - @,
 * or a tab or carriage return) gets a leading apostrophe, so a participant's answer cannot
 * become a formula on the organiser's computer.
 *
 * The separator follows the reader's spreadsheet: Polish Excel splits on semicolons (the comma
 * is the decimal mark there), English Excel on commas.
 */
const FORMULA = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | boolean | null | undefined): string {
	let text = value === null || value === undefined ? '' : String(value);
	if (FORMULA.test(text)) text = `'${text}`;
	return `"${text.replace(/"/g, '""')}"`;
}

export function toCsv(rows: (string | number | boolean | null | undefined)[][], separator: ',' | ';' = ','): string {
	return '\uFEFF' + rows.map((row) => row.map(csvCell).join(separator)).join('\r\n') + '\r\n';
}
