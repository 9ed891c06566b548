/**
 * A small RFC 4180 reader (comma, double quotes, "" inside quotes, CRLF or LF) that remembers
 * the line each record starts on, so a coordinator can find a bad row in the spreadsheet even
 * when earlier cells hold several lines of Markdown. csv-parse reports the line a record ends
 * on (and counts CRLF inside quotes oddly), which points at the wrong row.
 */

export interface CsvRecord {
	/** 1-based line of the file where the record starts (the header is line 1). */
	line: number;
	cells: string[];
}

export class CsvSyntaxError extends Error {
	constructor(
		readonly line: number,
		readonly key: 'import_csv_unclosed_quote' | 'import_csv_stray_quote'
	) {
		super(`${key} at line ${line}`);
	}
}

/** Every record of `text`, blank lines skipped. Throws CsvSyntaxError on broken quoting. */
export function parseCsv(text: string): CsvRecord[] {
	const records: CsvRecord[] = [];
	const input = text.replace(/^\uFEFF/, '');
	let line = 1;
	let i = 0;
	while (i < input.length) {
		const start = line;
		const cells: string[] = [];
		let cell = '';
		let quoted = false;
		let quoteLine = line;
		// one record
		for (;;) {
			if (i >= input.length) {
				if (quoted) throw new CsvSyntaxError(quoteLine, 'import_csv_unclosed_quote');
				cells.push(cell);
				break;
			}
			const c = input[i];
			if (quoted) {
				if (c === '"') {
					if (input[i + 1] === '"') {
						cell += '"';
						i += 2;
					} else {
						quoted = false;
						i++;
						const next = input[i];
						if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r')
							throw new CsvSyntaxError(line, 'import_csv_stray_quote');
					}
					continue;
				}
				if (c === '\r' && input[i + 1] === '\n') {
					cell += '\n';
					i += 2;
					line++;
					continue;
				}
				if (c === '\n') line++;
				cell += c;
				i++;
				continue;
			}
			if (c === '"') {
				if (cell.trim() !== '') throw new CsvSyntaxError(line, 'import_csv_stray_quote');
				cell = '';
				quoted = true;
				quoteLine = line;
				i++;
				continue;
			}
			if (c === ',') {
				cells.push(cell);
				cell = '';
				i++;
				continue;
			}
			if (c === '\n' || c === '\r') {
				i += c === '\r' && input[i + 1] === '\n' ? 2 : 1;
				line++;
				cells.push(cell);
				break;
			}
			cell += c;
			i++;
		}
		if (!(cells.length === 1 && cells[0].trim() === '')) records.push({ line: start, cells });
	}
	return records;
}
