import type { FormValues } from '$lib/form-state';
import { AppError } from '../core';

/**
 * How much of a form the server reads. Reading is linear in the size of the body; these caps
 * bound what one request can make the server (and the services after it) do.
 *
 * - `fields`: entries in one form. The longest forms (a practice with its rows of funding,
 *   outcomes and links, an event with 40 agenda rows) send a few hundred. The one form that
 *   sends more, an event's attendance list (a field per participant), asks for its own cap
 *   through formAction's `limits`.
 * - `repeats`: values of one field name. Only checkbox groups repeat a name, and the longest
 *   lists a service accepts hold a few dozen choices.
 */
export const FORM_LIMITS: FormLimits = { fields: 2_000, repeats: 1_000 };
export type FormLimits = { fields: number; repeats: number };

/** Field names longer than this are ignored: no form has them. */
const MAX_KEY_LENGTH = 100;
/** The header lines of one multipart part (Content-Disposition, Content-Type): a few hundred bytes in practice. */
const MAX_PART_HEADER_BYTES = 16 * 1024;

/** A form with more fields, or more values of one field, than the server reads: answered 413. */
export class FormTooLarge extends AppError {
	readonly status = 413;
	constructor(
		readonly limit: 'fields' | 'repeats',
		readonly max: number,
		/** What could be read: each field with its first `repeats` values (empty when nothing was read). */
		readonly kept: FormValues = {}
	) {
		super('validation_failed', limit === 'fields' ? 'error_form_too_many_fields' : 'error_form_too_many_values');
		this.name = 'FormTooLarge';
	}
}

export interface FormBody {
	values: FormValues;
	/** The first file sent under each field name. */
	files: Map<string, File>;
}

/** Thrown when the body cannot be read at all (wrong type, broken multipart, over BODY_SIZE_LIMIT). */
export class UnreadableForm extends Error {
	constructor(cause?: unknown) {
		super('the form could not be read', { cause });
		this.name = 'UnreadableForm';
	}
}

/**
 * Reads a submitted form (urlencoded or multipart) in time linear in its size. The number of
 * entries is counted on the raw body before anything is parsed, so a body of a million tiny
 * fields is refused without building them. Values are gathered per name in one pass (a field
 * sent once is a string, a field sent several times an array); files are kept apart.
 */
export async function readFormBody(request: Request, caps: Partial<FormLimits> = {}): Promise<FormBody> {
	const limits = { ...FORM_LIMITS, ...caps };
	const contentType = request.headers.get('content-type') ?? '';
	const type = contentType.split(';', 1)[0].trim().toLowerCase();
	let entries: Iterable<[string, FormDataEntryValue]>;
	if (type === 'application/x-www-form-urlencoded') {
		const text = await request.text().catch((error: unknown) => {
			throw new UnreadableForm(error);
		});
		if (countUpTo(text, '&', limits.fields) >= limits.fields) throw new FormTooLarge('fields', limits.fields);
		entries = new URLSearchParams(text);
	} else if (type === 'multipart/form-data') {
		const boundary = boundaryOf(contentType);
		if (!boundary) throw new UnreadableForm();
		const body = Buffer.from(
			await request.arrayBuffer().catch((error: unknown) => {
				throw new UnreadableForm(error);
			})
		);
		checkParts(body, boundary, limits.fields);
		try {
			entries = await new Response(body, { headers: { 'content-type': contentType } }).formData();
		} catch (error) {
			throw new UnreadableForm(error);
		}
	} else {
		throw new UnreadableForm();
	}
	return gather(entries, limits);
}

/** Entries gathered between two turns of the event loop, so a long form never holds up other requests. */
const SLICE = 4_096;

/**
 * Puts entries together by name in one pass. The old reader copied a field's array again for
 * every repeat (`[...existing, value]`): 20,000 repeats of one field, 60 KB, took seconds.
 */
async function gather(entries: Iterable<[string, FormDataEntryValue]>, limits: FormLimits): Promise<FormBody> {
	const values: FormValues = {};
	const files = new Map<string, File>();
	let count = 0;
	let overflow = false;
	for (const [key, value] of entries) {
		if (++count > limits.fields) throw new FormTooLarge('fields', limits.fields);
		if (count % SLICE === 0) await new Promise((resolve) => setImmediate(resolve));
		if (typeof value !== 'string') {
			if (!files.has(key)) files.set(key, value);
		} else if (key.length <= MAX_KEY_LENGTH && !add(values, key, value, limits.repeats)) {
			overflow = true;
		}
	}
	if (overflow) throw new FormTooLarge('repeats', limits.repeats, values);
	return { values, files };
}

/** Adds one value under its name; false when the name already has `repeats` values. */
function add(values: FormValues, key: string, value: string, repeats: number): boolean {
	if (!Object.hasOwn(values, key)) {
		// a plain own property even for `__proto__`: a field name never reaches the prototype
		if (key === '__proto__') Object.defineProperty(values, key, { value, writable: true, enumerable: true, configurable: true });
		else values[key] = value;
		return true;
	}
	const existing = values[key];
	if (typeof existing === 'string') values[key] = [existing, value];
	else if (existing.length < repeats) existing.push(value);
	else return false;
	return true;
}

/** How many times `needle` occurs in `text`, counting no further than `max`. */
function countUpTo(text: string, needle: string, max: number): number {
	let count = 0;
	for (let at = text.indexOf(needle); at !== -1 && count < max; at = text.indexOf(needle, at + 1)) count++;
	return count;
}

/** The boundary parameter of a multipart content type, quoted or not. */
function boundaryOf(contentType: string): string | null {
	const match = /;\s*boundary=(?:"([^"]{1,200})"|([^\s;"]{1,200}))(?=$|[\s;])/i.exec(contentType);
	return match ? (match[1] ?? match[2]) : null;
}

/**
 * Counts a multipart body's parts on the raw bytes and checks that each part's headers end
 * within a few kilobytes, before the parser builds anything: a body of endless header lines
 * costs the parser far more than its size suggests.
 */
function checkParts(body: Buffer, boundary: string, maxFields: number): void {
	const delimiter = Buffer.from(`--${boundary}`);
	const headersEnd = Buffer.from('\r\n\r\n');
	let parts = 0;
	for (let at = body.indexOf(delimiter); at !== -1; at = body.indexOf(delimiter, at + delimiter.length)) {
		// a delimiter starts the body or a line; the same bytes inside a value are data
		if (at !== 0 && (body[at - 2] !== 0x0d || body[at - 1] !== 0x0a)) continue;
		const after = at + delimiter.length;
		// the closing delimiter `--boundary--` ends the body
		if (body[after] === 0x2d && body[after + 1] === 0x2d) return;
		if (++parts > maxFields) throw new FormTooLarge('fields', maxFields);
		const end = body.subarray(after, after + MAX_PART_HEADER_BYTES).indexOf(headersEnd);
		if (end === -1) throw new UnreadableForm();
	}
}
