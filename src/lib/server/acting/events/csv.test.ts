import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('toCsv', () => {
	it('starts with a byte order mark, quotes every cell, doubles quotes and ends lines with CRLF', () => {
		const text = toCsv([
			['Imię', 'Uwagi'],
			['Łucja Żółć', 'Mówi "dzień dobry",\npotem idzie']
		]);
		expect(text.charCodeAt(0)).toBe(0xfeff);
		expect(text.slice(1)).toBe('"Imię","Uwagi"\r\n"Łucja Żółć","Mówi ""dzień dobry"",\npotem idzie"\r\n');
	});

	it('takes semicolons for Polish spreadsheets', () => {
		expect(toCsv([['a;b', 'c']], ';')).toBe('\uFEFF"a;b";"c"\r\n');
	});

	it('defuses cells a spreadsheet would run as formulas', () => {
		expect(csvCell('=HYPERLINK("http://evil.example","x")')).toBe(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
		expect(csvCell('+48 600 000 000')).toBe(`"'+48 600 000 000"`);
		expect(csvCell('-1')).toBe(`"'-1"`);
		expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
		expect(csvCell('\t=1')).toBe(`"'\t=1"`);
		expect(csvCell('a=b')).toBe('"a=b"');
		expect(csvCell(null)).toBe('""');
		expect(csvCell(3)).toBe('"3"');
	});
});
