/**
 * The follow form of every page (FollowButton): follows or stops following, then goes back to
 * the page it came from. Works without JavaScript (plain POST, 303).
 */
import { error, redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { AppError, statusOf } from '$lib/server/platform/core';
import { readForm } from '$lib/server/platform/http';
import { translate } from '$lib/server/platform/i18n';
import { loginPath, safeNextPath } from '$lib/server/platform/auth';
import { changeFollow } from '$lib/server/notify/follows';

/** Only a path on this site in the same language, never another origin. */
function safeBack(back: unknown, locale: string): string {
	const fallback = `/${locale}/account/notifications`;
	const path = safeNextPath(typeof back === 'string' ? back : null, fallback);
	return path.startsWith(`/${locale}/`) ? path : fallback;
}

export const POST: RequestHandler = async ({ request, locals }) => {
	const values = await readForm(request).catch(() => ({}) as Record<string, unknown>);
	const back = safeBack(values.back, locals.locale);
	try {
		await changeFollow(locals.actor, values, locals.deps);
		redirect(303, back);
	} catch (failure) {
		if (failure instanceof AppError) {
			if (failure.code === 'unauthenticated') redirect(303, loginPath(locals.locale, back));
			// refused and missing alike: nothing about a hidden target leaks
			if (failure.code === 'forbidden' || failure.code === 'not_found') error(404, translate('error_not_found', locals.locale));
			error(statusOf[failure.code], translate(failure.messageKey, locals.locale));
		}
		throw failure;
	}
};
