import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { AppError } from '$lib/server/platform/core';
import { unsubscribe, unsubscribeDetails } from '$lib/server/notify/notifications';

/**
 * The one-click unsubscribe link of every notification mail (no sign-in, no language prefix:
 * the page speaks the person's language). GET only shows what will happen — link scanners
 * and previews open links — and the button POSTs. Mail clients POST here too (RFC 8058
 * `List-Unsubscribe=One-Click`, without an Origin): hooks.server.ts lets cross-site form POSTs
 * through for this path only; nothing here reads a session or cookie.
 */
function notFoundFor(failure: unknown): never {
	if (failure instanceof AppError) error(404, 'Not found');
	throw failure;
}

export const load: PageServerLoad = async ({ params, locals, setHeaders }) => {
	// The secret is in the path: the page is nobody's to cache.
	setHeaders({ 'Cache-Control': 'private, no-store' });
	try {
		return await unsubscribeDetails(params.token, locals.deps);
	} catch (failure) {
		notFoundFor(failure);
	}
};

export const actions: Actions = {
	default: async ({ params, locals }) => {
		try {
			await unsubscribe(params.token, locals.deps);
		} catch (failure) {
			notFoundFor(failure);
		}
		return { done: true };
	}
};
