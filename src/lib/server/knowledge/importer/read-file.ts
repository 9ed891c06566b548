/**
 * From the uploaded bytes to raw records with their positions: CSV (header row, UTF-8, comma,
 * double quotes) or JSON (an array of objects). The format is told by the content: a file
 * whose first character is `[` or `{` is JSON, anything else is read as CSV.
 */
import { CsvSyntaxError, parseCsv } from './csv';
import { IMPORT_FIELDS, JSON_ONLY_FIELDS, MAX_IMPORT_ROWS, REQUIRED_FIELDS, type ImportFormat, type ImportIssue } from './importer.schemas';

export interface RawRecord {
	/** CSV: the line the row starts on; JSON: the object's number, from 1. */
	position: number;
	values: Record<string, unknown>;
}

export interface ReadResult {
	format: ImportFormat | null;
	records: RawRecord[];
	/** Problems with the file as a whole; nothing can be imported then, even skipping rows. */
	fileErrors: ImportIssue[];
	/** Records that could not even be read as a row (a JSON item that is not an object...). */
	rowErrors: ImportIssue[];
}

const fileError = (key: string, params?: Record<string, string | number>, position = 0, field = ''): ImportIssue => ({
	position,
	field,
	message: { key, params }
});

export function readImportFile(bytes: Uint8Array): ReadResult {
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
	} catch {
		return { format: null, records: [], fileErrors: [fileError('import_file_encoding')], rowErrors: [] };
	}
	if (!text.trim()) return { format: null, records: [], fileErrors: [fileError('import_file_empty')], rowErrors: [] };
	const result = /^[[{]/.test(text.trimStart()) ? readJson(text) : readCsvText(text);
	if (!result.fileErrors.length && !result.rowErrors.length && result.records.length === 0)
		result.fileErrors.push(fileError('import_no_rows'));
	if (result.records.length > MAX_IMPORT_ROWS) result.fileErrors.push(fileError('import_too_many_rows', { max: MAX_IMPORT_ROWS }));
	return result;
}

function readJson(text: string): ReadResult {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		// V8 says "... in JSON at position 123" (or "line 4 column 2" in newer versions).
		const message = (error as Error).message;
		const at = /position (\d+)/.exec(message);
		const lineMatch = /line (\d+)/.exec(message);
		const line = at ? text.slice(0, Number(at[1])).split('\n').length : lineMatch ? Number(lineMatch[1]) : 0;
		return { format: 'json', records: [], fileErrors: [fileError('import_json_syntax', { line })], rowErrors: [] };
	}
	if (!Array.isArray(data)) return { format: 'json', records: [], fileErrors: [fileError('import_json_not_array')], rowErrors: [] };
	const records: RawRecord[] = [];
	const rowErrors: ImportIssue[] = [];
	data.forEach((item, index) => {
		if (item && typeof item === 'object' && !Array.isArray(item))
			records.push({ position: index + 1, values: item as Record<string, unknown> });
		else rowErrors.push(fileError('import_json_not_object', undefined, index + 1));
	});
	return { format: 'json', records, fileErrors: [], rowErrors };
}

function readCsvText(text: string): ReadResult {
	let rows;
	try {
		rows = parseCsv(text);
	} catch (error) {
		if (error instanceof CsvSyntaxError)
			return { format: 'csv', records: [], fileErrors: [fileError(error.key, undefined, error.line)], rowErrors: [] };
		throw error;
	}
	const [header, ...body] = rows;
	if (!header) return { format: 'csv', records: [], fileErrors: [], rowErrors: [] };
	const columns = header.cells.map((c) => c.trim().toLowerCase());
	const fileErrors: ImportIssue[] = [];
	const known = new Set<string>(IMPORT_FIELDS);
	columns.forEach((column) => {
		if ((JSON_ONLY_FIELDS as readonly string[]).includes(column))
			fileErrors.push(fileError('import_csv_json_only_column', undefined, header.line, column));
		else if (!known.has(column)) fileErrors.push(fileError('import_csv_unknown_column', undefined, header.line, column || '?'));
	});
	for (const required of REQUIRED_FIELDS) {
		if (!columns.includes(required)) fileErrors.push(fileError('import_csv_missing_column', undefined, header.line, required));
	}
	const duplicates = columns.filter((c, i) => c && columns.indexOf(c) !== i);
	for (const column of new Set(duplicates)) fileErrors.push(fileError('import_csv_duplicate_column', undefined, header.line, column));
	if (fileErrors.length) return { format: 'csv', records: [], fileErrors, rowErrors: [] };

	const records: RawRecord[] = [];
	const rowErrors: ImportIssue[] = [];
	for (const row of body) {
		if (row.cells.length !== columns.length) {
			rowErrors.push(fileError('import_csv_cell_count', { expected: columns.length, found: row.cells.length }, row.line));
			continue;
		}
		records.push({ position: row.line, values: Object.fromEntries(columns.map((c, i) => [c, row.cells[i]])) });
	}
	return { format: 'csv', records, fileErrors, rowErrors };
}
