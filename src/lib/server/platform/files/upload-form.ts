import type { ActionFailure } from '@sveltejs/kit';
import type { Locale } from '$lib/paraglide/runtime';
import type { FormState, FormValues } from '$lib/form-state';
import { AppError, invalid } from '../core';
import { toFailure } from '../http';
import { MAX_FILE_MB } from './files.schemas';

/**
 * Like http/form.ts's formAction, for multipart forms that carry one file (field `file`)
 * besides text fields: the service gets both; its errors become a 4xx with the text kept.
 * A body the server cannot read (most often one over BODY_SIZE_LIMIT) gets a message too.
 */
export async function uploadFormAction<T>(
	request: Request,
	locale: Locale,
	run: (values: FormValues, file: File | null) => Promise<T>
): Promise<T | ActionFailure<FormState>> {
	const values: FormValues = {};
	try {
		let data: FormData;
		try {
			data = await request.formData();
		} catch {
			throw invalid({ file: { key: 'attachment_form_unreadable', params: { max: MAX_FILE_MB } } });
		}
		let file: File | null = null;
		for (const [key, value] of data) {
			if (typeof value !== 'string') {
				if (key === 'file' && !file) file = value;
				continue;
			}
			if (key.length > 100) continue;
			const existing = values[key];
			values[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
		}
		return await run(values, file);
	} catch (error) {
		if (error instanceof AppError) return toFailure(error, values, locale);
		throw error;
	}
}
