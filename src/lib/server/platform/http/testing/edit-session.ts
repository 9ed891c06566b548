/**
 * For the lost-update tests of every edited thing: a person's edit form as the browser posts it
 * (the values shown, the hidden version fields) and the post run through the same `formAction`
 * path as a route's action, so a test sees the status and data the page would get.
 */
import type { EditVersion, FormState, FormValues } from '$lib/form-state';
import type { Locale } from '$lib/paraglide/runtime';
import { formAction } from '../form';

/** What an edit page's form would send untouched: its values plus the hidden version fields. */
export function openedForm(values: FormValues, version: EditVersion): FormValues {
	return { ...values, version: String(version.number), ...(version.base !== null ? { version_base: version.base } : {}) };
}

function requestOf(values: FormValues): Request {
	const body = new URLSearchParams();
	for (const [key, value] of Object.entries(values)) for (const v of Array.isArray(value) ? value : [value]) body.append(key, v);
	return new Request('http://localhost/form', {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded' },
		body
	});
}

/** Posts `values` to `save` as a form action does: { status: 200 } or the failure's status and data. */
export async function post(
	values: FormValues,
	save: (values: FormValues) => Promise<unknown>,
	locale: Locale = 'en'
): Promise<{ status: number; data: FormState }> {
	const result = await formAction(requestOf(values), locale, async (read) => {
		await save(read);
		return 'saved' as const;
	});
	if (result === 'saved') return { status: 200, data: {} };
	return { status: result.status, data: result.data };
}
