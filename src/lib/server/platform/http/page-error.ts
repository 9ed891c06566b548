import { error, redirect } from '@sveltejs/kit';
import type { Locale } from '$lib/paraglide/runtime';
import { AppError, statusOf } from '../core';
import { translate } from '../i18n';
import { loginPath } from '../auth';

/**
 * For page loads: turns a service's AppError into the page a person should see. A visitor who
 * must sign in goes to the login form and comes back; refused and missing are the same 404
 * (nothing leaks); other codes keep their status with a translated message. Anything that is
 * not an AppError is a bug and is rethrown.
 */
export function pageError(failure: unknown, locale: Locale, url: URL): never {
	if (failure instanceof AppError) {
		if (failure.code === 'unauthenticated') redirect(303, loginPath(locale, url.pathname + url.search));
		// a refusal is told as "not found", with the generic text so its reason does not leak
		if (failure.code === 'forbidden') error(404, translate('error_not_found', locale));
		error(statusOf[failure.code], translate(failure.messageKey, locale));
	}
	throw failure;
}
