import type { ActionFailure } from '@sveltejs/kit';
import type { Locale } from '$lib/paraglide/runtime';
import type { FormState, FormValues } from '$lib/form-state';
import { AppError, invalid } from '../core';
import { readFormBody, toFailure, UnreadableForm } from '../http';
import { MAX_FILE_MB } from './files.schemas';

/**
 * Like http/form.ts's formAction, for multipart forms that carry one file (field `file`)
 * besides text fields: the service gets both; its errors become a 4xx with the text kept.
 * A body the server cannot read (most often one over BODY_SIZE_LIMIT) gets a message too; one
 * beyond the field caps (http/form-body.ts) a 413 with the same reading as every form.
 */
export async function uploadFormAction<T>(
	request: Request,
	locale: Locale,
	run: (values: FormValues, file: File | null) => Promise<T>
): Promise<T | ActionFailure<FormState>> {
	let values: FormValues = {};
	try {
		let file: File | null;
		try {
			const body = await readFormBody(request);
			values = body.values;
			file = body.files.get('file') ?? null;
		} catch (error) {
			if (error instanceof UnreadableForm) throw invalid({ file: { key: 'attachment_form_unreadable', params: { max: MAX_FILE_MB } } });
			throw error;
		}
		return await run(values, file);
	} catch (error) {
		if (error instanceof AppError) return toFailure(error, values, locale);
		throw error;
	}
}
