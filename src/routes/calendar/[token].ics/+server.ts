import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { AppError } from '$lib/server/platform/core';
import { feedCalendar } from '$lib/server/acting/calendar';

/**
 * A person's calendar feed behind its secret address. No session: calendar apps subscribe with
 * the address alone. Unknown, replaced and revoked addresses are a plain 404.
 */
export const GET: RequestHandler = async ({ params, locals }) => {
	try {
		const body = await feedCalendar(params.token, locals.deps);
		return new Response(body, {
			headers: {
				'Content-Type': 'text/calendar; charset=utf-8',
				'Cache-Control': 'private, no-store',
				'X-Content-Type-Options': 'nosniff',
				// The secret is in the path: never pass it on as a referrer.
				'Referrer-Policy': 'no-referrer'
			}
		});
	} catch (failure) {
		if (failure instanceof AppError) error(404, 'Not found');
		throw failure;
	}
};
