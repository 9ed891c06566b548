import { error } from '@sveltejs/kit';
import { AppError, statusOf } from '../errors';

/**
 * For page loads: a service's AppError becomes the matching HTTP error page (a 404 for
 * forbidden-or-missing); anything else is rethrown as the bug it is.
 */
export function asHttpError(failure: unknown): never {
	if (failure instanceof AppError) error(statusOf[failure.code], failure.code === 'not_found' ? 'Not found' : failure.code);
	throw failure;
}
