import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { AppError } from '$lib/server/platform/core';
import { eventCalendar } from '$lib/server/acting/calendar';
import { contentDisposition } from '$lib/server/platform/files';

/**
 * One event as an .ics file, for the reader's calendar. Fetched with the session cookie: a
 * registered person's file carries the meeting link, so it is never kept in shared caches.
 */
export const GET: RequestHandler = async ({ params, locals }) => {
	try {
		const file = await eventCalendar(locals.actor, params.slug, locals.locale, locals.deps);
		return new Response(file.body, {
			headers: {
				'Content-Type': 'text/calendar; charset=utf-8',
				'Content-Disposition': contentDisposition(file.fileName, false),
				'Cache-Control': 'private, no-store',
				'X-Content-Type-Options': 'nosniff'
			}
		});
	} catch (failure) {
		if (failure instanceof AppError) error(404, 'Not found');
		throw failure;
	}
};
