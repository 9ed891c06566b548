import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { AppError } from '$lib/server/platform/core';
import { openDocument } from '$lib/server/together/documents';

/**
 * A document of an event or a project. Not under a language: the same file for every reader.
 * The id decides; the name is for people and browsers. Anything refused is a plain 404.
 */
export const GET: RequestHandler = async ({ params, locals }) => {
	try {
		const download = await openDocument(locals.actor, params.id, locals.deps);
		return new Response(download.body, { headers: download.headers });
	} catch (failure) {
		if (failure instanceof AppError) error(404, 'Not found');
		throw failure;
	}
};
