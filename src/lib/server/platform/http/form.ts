import { fail, type ActionFailure } from '@sveltejs/kit';
import type { Locale } from '$lib/paraglide/runtime';
import { AppError, statusOf } from '../core';
import { translate } from '../i18n';
import type { FormState, FormValues } from '$lib/form-state';

/** Fields whose value is never sent back to the page. */
const SECRET_FIELDS = /password/i;

/**
 * Reads a submitted form into plain values: a field sent once is a string, a field sent
 * several times (checkboxes) an array. Files are left out; upload routes read them themselves.
 */
export async function readForm(request: Request): Promise<FormValues> {
	let data: FormData;
	try {
		data = await request.formData();
	} catch {
		throw new AppError('validation_failed', 'error_bad_form');
	}
	const values: FormValues = {};
	for (const [key, value] of data) {
		if (typeof value !== 'string' || key.length > 100) continue;
		const existing = values[key];
		if (existing === undefined) values[key] = value;
		else values[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
	}
	return values;
}

function keptValues(values: FormValues): FormValues {
	return Object.fromEntries(Object.entries(values).filter(([key]) => !SECRET_FIELDS.test(key)));
}

/** Turns a service error into a page failure: translated messages tied to fields, values kept. */
export function toFailure(error: AppError, values: FormValues, locale: Locale): ActionFailure<FormState> {
	const errors: Record<string, string> = {};
	for (const [field, ref] of Object.entries(error.fieldErrors)) errors[field] = translate(ref, locale);
	return fail(statusOf[error.code], {
		values: keptValues(values),
		errors,
		message: translate(error.messageKey, locale)
	});
}

/**
 * Runs a form action's service call. Service errors become a 4xx with the form refilled;
 * redirects and unexpected errors pass through.
 */
export async function formAction<T>(
	request: Request,
	locale: Locale,
	run: (values: FormValues) => Promise<T>
): Promise<T | ActionFailure<FormState>> {
	let values: FormValues = {};
	try {
		values = await readForm(request);
		return await run(values);
	} catch (error) {
		if (error instanceof AppError) return toFailure(error, values, locale);
		throw error;
	}
}
