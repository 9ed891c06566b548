import { error, redirect } from '@sveltejs/kit';
import { AppError } from '../errors';
import { loginPath } from '../auth/next-path';

/**
 * For page loads in the organisations, membership and coordination pages: a visitor who must
 * sign in goes to the login form and comes back; anything refused or missing is the same 404
 * page (a page load has no form to show a 403 message on); other errors are bugs and rethrown.
 */
export function pageError(failure: unknown, locale: string, url: URL): never {
	if (failure instanceof AppError) {
		if (failure.code === 'unauthenticated') redirect(303, loginPath(locale, url.pathname + url.search));
		error(404, 'Not found');
	}
	throw failure;
}
