import { z } from 'zod';
import { invalid, type FieldErrors } from './errors';

const MESSAGE_KEY = /^[a-z][a-z0-9]*_[a-z0-9_]+$/;

/**
 * Validates input against a schema whose messages are catalogue keys, and throws
 * `validation_failed` with one message per field.
 */
export function validate<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
	const result = schema.safeParse(input);
	if (result.success) return result.data;
	const fieldErrors: FieldErrors = {};
	for (const issue of result.error.issues) {
		const field = String(issue.path[0] ?? '_form');
		if (fieldErrors[field]) continue;
		const params: Record<string, number> = {};
		if (issue.code === 'too_big') params.max = Number(issue.maximum);
		if (issue.code === 'too_small') params.min = Number(issue.minimum);
		// Schemas give catalogue keys (error_required, admin_area_key_invalid...); zod's own
		// English sentences, for checks that name no key, become the generic message.
		const key = MESSAGE_KEY.test(issue.message) ? issue.message : 'error_invalid';
		fieldErrors[field] = { key, params };
	}
	throw invalid(fieldErrors);
}

/** Strips control characters (keeps new lines and tabs) that no person means to type. */
const clean = (value: string) => value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');

/** A required single-line text field. */
export const requiredText = (max: number) =>
	z
		.string({ error: 'error_required' })
		.transform((v) => clean(v).trim())
		.pipe(z.string().min(1, 'error_required').max(max, 'error_too_long'));

/** An optional text field; empty becomes ''. */
export const optionalText = (max: number) =>
	z
		.string({ error: 'error_invalid' })
		.optional()
		.transform((v) => clean(v ?? '').trim())
		.pipe(z.string().max(max, 'error_too_long'));

export const email = () =>
	z
		.string({ error: 'error_required' })
		.trim()
		.min(1, 'error_required')
		.max(254, 'error_too_long')
		.pipe(z.email({ error: 'error_invalid_email' }))
		.transform((v) => v.toLowerCase());

/** An http(s) address, or empty. */
export const optionalUrl = () =>
	z
		.string({ error: 'error_invalid_url' })
		.optional()
		.transform((v) => (v ?? '').trim())
		.pipe(
			z.union([
				z.literal(''),
				z
					.string()
					.max(500, 'error_too_long')
					.pipe(z.url({ protocol: /^https?$/, error: 'error_invalid_url' }))
			])
		);

/** A form field sent zero, one or many times (checkboxes, multi-selects), as an array. */
export const many = <T extends z.ZodType>(item: T, max = 50) =>
	z.preprocess(
		(v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]),
		z.array(item, { error: 'error_invalid' }).max(max, 'error_too_long')
	);

/** One of a fixed set of values. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: 'error_invalid_choice' });

/** An optional whole number typed into a form ('' means none). */
export const optionalInt = (min: number, max: number) =>
	z.preprocess(
		(v) => (v === undefined || v === '' ? null : typeof v === 'string' ? Number(v.replace(/[\s_]/g, '')) : v),
		z.number({ error: 'error_invalid_number' }).int('error_invalid_number').min(min, 'error_too_small').max(max, 'error_too_big').nullable()
	);
