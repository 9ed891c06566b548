import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { AppError } from '$lib/server/platform/core';
import { translate } from '$lib/server/platform/i18n';
import { participantsCsv } from '$lib/server/acting/events';

/** The participant list as a spreadsheet file, for organisers only (anyone else: 404). */
export const GET: RequestHandler = async ({ params, locals }) => {
	try {
		const { fileName, body } = await participantsCsv(locals.actor, { slug: params.slug, locale: locals.locale }, locals.deps);
		return new Response(body, {
			headers: {
				'content-type': 'text/csv; charset=utf-8',
				'content-disposition': `attachment; filename="${fileName}"`,
				'cache-control': 'private, no-store',
				'x-content-type-options': 'nosniff'
			}
		});
	} catch (failure) {
		if (failure instanceof AppError) error(failure.code === 'validation_failed' ? 400 : 404, translate('error_not_found', locals.locale));
		throw failure;
	}
};
