/**
 * Errors that services throw, with stable codes. Routes map them to HTTP status and translated
 * messages in one place (http/form.ts). Forbidden and missing are both `not_found` to callers
 * outside, so nothing leaks; `forbidden` is for actions on things the actor may see.
 */
import type { EditChange } from '$lib/form-state';

export type ErrorCode = 'validation_failed' | 'not_found' | 'forbidden' | 'unauthenticated' | 'conflict' | 'rate_limited';

/** Field name → message key (from the catalogues), with optional parameters. */
export type FieldErrors = Record<string, MessageRef>;
export interface MessageRef {
	key: string;
	params?: Record<string, string | number>;
}

/** A save refused because someone else saved meanwhile (see edit-version.ts). */
export interface EditConflict {
	/** The version saved now: the refilled form is based on it, so saving again succeeds. */
	version: number;
	/** The values saved now as the refilled form's base (JSON), for forms that carry their base. */
	base: string | null;
	changes: EditChange[];
}

export class AppError extends Error {
	constructor(
		readonly code: ErrorCode,
		/** Message key for the whole form or page. */
		readonly messageKey: string = `error_${code}`,
		readonly fieldErrors: FieldErrors = {},
		readonly conflict?: EditConflict
	) {
		super(`${code}: ${messageKey}`);
		this.name = 'AppError';
	}
}

export const statusOf: Record<ErrorCode, number> = {
	validation_failed: 400,
	not_found: 404,
	forbidden: 403,
	unauthenticated: 401,
	conflict: 409,
	rate_limited: 429
};

export const notFound = () => new AppError('not_found');
export const forbidden = (key = 'error_forbidden') => new AppError('forbidden', key);
export const unauthenticated = () => new AppError('unauthenticated');
export const conflict = (key: string, fieldErrors: FieldErrors = {}) => new AppError('conflict', key, fieldErrors);
export const invalid = (fieldErrors: FieldErrors, key = 'error_validation_failed') => new AppError('validation_failed', key, fieldErrors);
export const rateLimited = () => new AppError('rate_limited');
