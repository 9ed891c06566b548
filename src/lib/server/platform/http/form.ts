import { fail, type ActionFailure } from '@sveltejs/kit';
import type { Locale } from '$lib/paraglide/runtime';
import { AppError, rebased, statusOf } from '../core';
import { translate } from '../i18n';
import type { FormState, FormValues } from '$lib/form-state';
import { FormTooLarge, readFormBody, UnreadableForm, type FormLimits } from './form-body';

/** Fields whose value is never sent back to the page. */
const SECRET_FIELDS = /password/i;

/**
 * Reads a submitted form into plain values: a field sent once is a string, a field sent
 * several times (checkboxes) an array. Files are left out; upload routes read them themselves.
 * Linear in the body's size; a form beyond FORM_LIMITS throws FormTooLarge (answered 413).
 */
export async function readForm(request: Request, limits?: Partial<FormLimits>): Promise<FormValues> {
	try {
		return (await readFormBody(request, limits)).values;
	} catch (error) {
		if (error instanceof UnreadableForm) throw new AppError('validation_failed', 'error_bad_form');
		throw error;
	}
}

function keptValues(values: FormValues): FormValues {
	return Object.fromEntries(Object.entries(values).filter(([key]) => !SECRET_FIELDS.test(key)));
}

/** Turns a service error into a page failure: translated messages tied to fields, values kept. */
export function toFailure(error: AppError, values: FormValues, locale: Locale): ActionFailure<FormState> {
	if (error instanceof FormTooLarge) {
		// what could be read is kept, so a person's text is not lost with the refusal
		return fail(error.status, {
			values: keptValues(error.kept),
			errors: {},
			message: translate({ key: error.messageKey, params: { max: error.max } }, locale)
		});
	}
	const errors: Record<string, string> = {};
	for (const [field, ref] of Object.entries(error.fieldErrors)) errors[field] = translate(ref, locale);
	// a save refused for an edit made meanwhile comes back as typed, based on the version saved now
	const conflict = error.conflict;
	return fail(statusOf[error.code], {
		values: conflict ? rebased(keptValues(values), conflict) : keptValues(values),
		errors,
		message: translate(error.messageKey, locale),
		...(conflict ? { conflict: { changes: conflict.changes } } : {})
	});
}

/**
 * Runs a form action's service call. Service errors become a 4xx with the form refilled;
 * redirects and unexpected errors pass through. `limits` raises the field caps for the rare
 * form that needs more than FORM_LIMITS (http/form-body.ts).
 */
export async function formAction<T>(
	request: Request,
	locale: Locale,
	run: (values: FormValues) => Promise<T>,
	limits?: Partial<FormLimits>
): Promise<T | ActionFailure<FormState>> {
	let values: FormValues = {};
	try {
		values = await readForm(request, limits);
		return await run(values);
	} catch (error) {
		if (error instanceof AppError) return toFailure(error, values, locale);
		throw error;
	}
}
