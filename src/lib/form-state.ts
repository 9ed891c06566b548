/** What a form action sends back to its page, shared by server and components. */
export type FormValues = Record<string, string | string[]>;

export interface FormState {
	values?: FormValues;
	/** Field name → translated message. */
	errors?: Record<string, string>;
	/** Translated message for the whole form. */
	message?: string;
	/** Translated confirmation after a successful action. */
	success?: string;
	/** A save refused because someone else saved meanwhile (409): what they changed. */
	conflict?: { changes: EditChange[] };
}

/** One field someone else changed while this edit form was open. */
export interface EditChange {
	field: string;
	/** What is saved now: the other person's value. */
	theirs: string | string[];
	/** What the form showed when it was opened; null when that is not known. */
	base: string | string[] | null;
	/** What this person typed (kept in the form). */
	yours: string | string[];
}

/**
 * The version an edit form is based on, sent back in hidden fields: its number and, for forms
 * whose server keeps no history, the values the form showed (JSON), to tell what changed since.
 */
export interface EditVersion {
	number: number;
	base: string | null;
}

/** The value typed into a field, from the failed submission first, then the stored one. */
export function valueOf(form: FormState | null | undefined, name: string, fallback: string = ''): string {
	const value = form?.values?.[name];
	if (value === undefined) return fallback;
	return Array.isArray(value) ? (value[0] ?? '') : value;
}

/** The values chosen in a multi-valued field (checkboxes). */
export function valuesOf(form: FormState | null | undefined, name: string, fallback: string[] = []): string[] {
	if (!form?.values) return fallback;
	const value = form.values[name];
	// absent from a submitted form: every box was unticked
	if (value === undefined) return [];
	return Array.isArray(value) ? value : [value];
}
