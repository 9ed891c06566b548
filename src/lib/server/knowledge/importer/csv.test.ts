import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsv } from './csv';

describe('CSV reader', () => {
	it('reads quoted cells with commas, quotes and line breaks, and knows where each row starts', () => {
		const text = '\uFEFFa,b\r\n"x, y","Wał\r\n""brzych"""\r\n\r\nplain,\n"last",row';
		expect(parseCsv(text)).toEqual([
			{ line: 1, cells: ['a', 'b'] },
			{ line: 2, cells: ['x, y', 'Wał\n"brzych"'] },
			{ line: 5, cells: ['plain', ''] },
			{ line: 6, cells: ['last', 'row'] }
		]);
	});

	it('points at the line of a broken quote', () => {
		expect(() => parseCsv('a,b\n1,2\n"open,3\n4,5\n')).toThrow(CsvSyntaxError);
		try {
			parseCsv('a,b\n1,2\n"open,3\n4,5\n');
		} catch (error) {
			expect((error as CsvSyntaxError).line).toBe(3);
			expect((error as CsvSyntaxError).key).toBe('import_csv_unclosed_quote');
		}
		expect(() => parseCsv('a,b\n"x"y,2\n')).toThrow(/import_csv_stray_quote at line 2/);
	});
});
