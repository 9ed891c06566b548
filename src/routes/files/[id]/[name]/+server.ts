import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { AppError } from '$lib/server/platform/core';
import { openAttachment } from '$lib/server/platform/files';

/**
 * An attachment's bytes. Not under a language: the same file for every reader. The name in the
 * path is only for people and browsers; the id decides. Anything refused is a plain 404.
 */
export const GET: RequestHandler = async ({ params, locals }) => {
	try {
		const download = await openAttachment(locals.actor, params.id, locals.deps);
		return new Response(download.body, { headers: download.headers });
	} catch (failure) {
		if (failure instanceof AppError) error(404, 'Not found');
		throw failure;
	}
};
