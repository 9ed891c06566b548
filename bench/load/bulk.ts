/**
 * Bulk inserts that work the same on PostgreSQL and PGlite: one statement per batch, each
 * column sent as ONE array parameter and spread back into rows with unnest(). A batch of
 * thousands of rows is one round trip, and the parameter count stays at the column count
 * (a multi-row VALUES list would hit the 65,535-parameter limit and parse far more SQL).
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../src/lib/server/platform/db/schema';

/** Types as unnest sees them; json, dates and arrays travel as text and are cast per row. */
export type ColumnType = 'int4' | 'float8' | 'bool' | 'text' | 'jsonb' | 'date' | 'timestamptz' | 'text[]' | 'int4[]';

export interface Column {
	name: string;
	type: ColumnType;
}

const TRANSPORT: Record<ColumnType, string> = {
	int4: 'int4[]',
	float8: 'float8[]',
	bool: 'bool[]',
	text: 'text[]',
	jsonb: 'text[]',
	date: 'text[]',
	timestamptz: 'text[]',
	'text[]': 'text[]',
	'int4[]': 'text[]'
};

/** A PostgreSQL array literal for a text[] or int4[] cell. */
export function arrayLiteral(values: readonly (string | number)[]): string {
	return `{${values.map((v) => (typeof v === 'number' ? String(v) : `"${v.replace(/(["\\])/g, '\\$1')}"`)).join(',')}}`;
}

/** Converts a cell to what its transport array carries. */
function cell(type: ColumnType, value: unknown): unknown {
	if (value === null || value === undefined) return null;
	switch (type) {
		case 'jsonb':
			return typeof value === 'string' ? value : JSON.stringify(value);
		case 'timestamptz':
			return value instanceof Date ? value.toISOString() : value;
		case 'text[]':
		case 'int4[]':
			return Array.isArray(value) ? arrayLiteral(value) : value;
		default:
			return value;
	}
}

/** Inserts `rows` (arrays in column order) with one statement. */
export async function insertRows(db: Kysely<DB>, table: string, columns: Column[], rows: unknown[][]): Promise<void> {
	if (rows.length === 0) return;
	const arrays = columns.map((column, index) => rows.map((row) => cell(column.type, row[index])));
	const params = columns.map((column, index) => sql`${arrays[index]}::${sql.raw(TRANSPORT[column.type])}`);
	const names = columns.map((column) => sql.ref(column.name));
	const selects = columns.map((column) =>
		TRANSPORT[column.type] === `${column.type}[]`
			? sql.ref(`u.${column.name}`)
			: sql`${sql.ref(`u.${column.name}`)}::${sql.raw(column.type)}`
	);
	await sql`insert into ${sql.table(table)} (${sql.join(names)})
		select ${sql.join(selects)} from unnest(${sql.join(params)}) as u(${sql.join(names)})`.execute(db);
}

export interface TableTiming {
	table: string;
	rows: number;
	ms: number;
}

/** Adds up rows and time per table across batches. */
export class LoadClock {
	readonly tables = new Map<string, TableTiming>();

	async time<T>(table: string, rows: number, work: () => Promise<T>): Promise<T> {
		const started = performance.now();
		const result = await work();
		const entry = this.tables.get(table) ?? { table, rows: 0, ms: 0 };
		entry.rows += rows;
		entry.ms += performance.now() - started;
		this.tables.set(table, entry);
		return result;
	}

	list(): TableTiming[] {
		return [...this.tables.values()].map((t) => ({ ...t, ms: Math.round(t.ms) }));
	}
}

/** Runs `insertRows` in batches of `size`. */
export async function insertBatched(
	db: Kysely<DB>,
	clock: LoadClock,
	table: string,
	columns: Column[],
	rows: unknown[][],
	size = 5000
): Promise<void> {
	for (let start = 0; start < rows.length; start += size) {
		const batch = rows.slice(start, start + size);
		await clock.time(table, batch.length, () => insertRows(db, table, columns, batch));
	}
}
