/**
 * Edits that never overwrite each other. An edit form carries the version it was based on (the
 * hidden field `version`) and, where the server keeps no history of the thing, the values it
 * showed (`version_base`, JSON). A save reads the version saved now under the row's lock, in the
 * same transaction as its write, and bumps it. When someone saved in between and a field of the
 * form changed since, the save is refused (409) with the changes field by field: the value saved
 * now, the value the form was based on, the value typed. The form comes back as typed, now based
 * on the version saved now, so the person merges and saves again.
 *
 * A save without a version (a script, a test calling the service with plain data) is not checked:
 * every edit page sends one.
 */
import type { EditChange, EditVersion, FormValues } from '$lib/form-state';
import { AppError, type EditConflict } from './errors';

export const VERSION_FIELD = 'version';
export const BASE_FIELD = 'version_base';
/** Fields a form sends that are not the thing's data. */
const NOT_DATA = new Set([VERSION_FIELD, BASE_FIELD, '_form', 'intent']);

type Value = string | string[];

/** What an edit page gives its form: the version and, without a history on the server, the values shown. */
export function editVersion(number: number, shown?: FormValues): EditVersion {
	return { number, base: shown ? JSON.stringify(shown) : null };
}

const asValue = (v: unknown): Value | undefined =>
	typeof v === 'string' ? v : Array.isArray(v) ? v.map((x) => String(x)) : v === undefined || v === null ? undefined : String(v);

/** Plain values of what was sent (services may also be called with numbers or booleans). */
function valuesOf(input: unknown): FormValues {
	if (!input || typeof input !== 'object') return {};
	const out: FormValues = {};
	for (const [key, raw] of Object.entries(input)) {
		const value = asValue(raw);
		if (value !== undefined) out[key] = value;
	}
	return out;
}

function parseBase(raw: Value | undefined): FormValues | null {
	if (typeof raw !== 'string' || !raw) return null;
	try {
		const parsed: unknown = JSON.parse(raw);
		if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
		return valuesOf(parsed);
	} catch {
		return null;
	}
}

/** The version a submitted form was based on (null: none sent), and the values it showed if it carries them. */
export function sentVersion(input: unknown): { number: number | null; base: FormValues | null; carriesBase: boolean } {
	const values = valuesOf(input);
	const raw = values[VERSION_FIELD];
	const text = Array.isArray(raw) ? raw[0] : raw;
	const number = text && /^\d{1,9}$/.test(text.trim()) ? Number(text.trim()) : null;
	return { number, base: parseBase(values[BASE_FIELD]), carriesBase: BASE_FIELD in values };
}

/** A field's value as a comparable list: one value or several, line ends and outer spaces ignored, order too. */
function comparable(v: Value | undefined): string {
	const items = v === undefined ? [] : Array.isArray(v) ? v : [v];
	return JSON.stringify(
		items
			.map((s) => s.replace(/\r\n?/g, '\n').trim())
			.filter(Boolean)
			.sort()
	);
}
const same = (a: Value | undefined, b: Value | undefined) => comparable(a) === comparable(b);

export interface VersionCheck {
	/** What the form sent: its hidden version fields and what was typed. */
	input: unknown;
	/** The version saved now, read under the row's lock in the saving transaction. */
	current: number;
	/** The values saved now, in the form's shape; read only when the versions differ. */
	theirs: () => Promise<FormValues>;
	/** The values of an older version in the form's shape, where the server keeps a history. */
	history?: (version: number) => Promise<FormValues | null>;
}

/**
 * Refuses a save based on an older version when a field of the form changed since (a change to
 * fields the form does not hold, or a save that changed nothing, lets it through). Without the
 * values the form was based on, every field where what is saved now differs from what was typed
 * counts as changed. Call inside the saving transaction, after locking the row.
 */
export async function checkVersion(check: VersionCheck): Promise<void> {
	const sent = sentVersion(check.input);
	if (sent.number === null || sent.number === check.current) return;
	const theirs = await check.theirs();
	const base = (check.history ? await check.history(sent.number) : null) ?? sent.base;
	const yours = valuesOf(check.input);
	const reference = base ?? yours;
	const fields = [...new Set([...Object.keys(theirs), ...Object.keys(reference)])].filter((f) => !NOT_DATA.has(f));
	const changes: EditChange[] = fields
		.filter((field) => !same(reference[field], theirs[field]))
		.map((field) => ({ field, theirs: theirs[field] ?? '', base: base ? (base[field] ?? '') : null, yours: yours[field] ?? '' }));
	if (changes.length === 0) return;
	const conflict: EditConflict = { version: check.current, base: sent.carriesBase ? JSON.stringify(theirs) : null, changes };
	throw new AppError('conflict', 'error_edit_conflict', {}, conflict);
}

/** The refilled form after a conflict: what was typed, now based on the version saved now. */
export function rebased(values: FormValues, conflict: EditConflict): FormValues {
	const out: FormValues = { ...values, [VERSION_FIELD]: String(conflict.version) };
	if (conflict.base !== null) out[BASE_FIELD] = conflict.base;
	return out;
}
