/** Column types the table files share: what Kysely reads, and accepts on insert and update. */
import type { ColumnType } from 'kysely';

export type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
export type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
// pg serialises objects to JSON itself; arrays must be passed as JSON.stringify(...)
export type Json<T> = ColumnType<T, T | string | undefined, T | string>;
export type TextArray = ColumnType<string[], string[] | undefined, string[]>;
/** A `date` column that may be empty. */
export type DateOnly = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
/** An enum column with a database default, so optional on insert. */
export type Enum<T extends string> = ColumnType<T, T | undefined, T>;
