/**
 * The field table (practice-fields.ts) turned into what pages show: labels in the page's
 * language and the text inputs of the practice and translation forms.
 */
import type { Locale } from '$lib/paraglide/runtime';
import { translate } from '../../platform/i18n';
import { PRACTICE_FIELDS, TEXT_FIELDS, type PracticeField, type TextField, type TextFieldName } from './practice-fields';

/** One text input of the practice or translation form, labelled in the page's language. */
export interface TextInputModel {
	name: TextFieldName;
	label: string;
	hint?: string;
	multiline: boolean;
	rows?: number;
	required: boolean;
	maxlength: number;
}

/** What the practice form takes from the field table: its text inputs by fieldset, and every label. */
export interface PracticeFormModel {
	text: Record<TextField['form'], TextInputModel[]>;
	/** Field name → label, for the error summary. */
	labels: Record<string, string>;
}

/** Labels of the fields in the page's language, by field name. */
export function fieldLabels(locale: Locale, fields: readonly PracticeField[] = PRACTICE_FIELDS): Record<string, string> {
	return Object.fromEntries(fields.map((f) => [f.name, translate(f.label, locale)]));
}

/** A text field as an input of the practice form, or of the translation form (no hints, fewer required). */
export function textInput(field: TextField, locale: Locale, form: 'practice' | 'translation'): TextInputModel {
	const practice = form === 'practice';
	const rows = field.kind === 'short_text' ? undefined : practice ? field.rows : field.kind === 'paragraph' ? 4 : 8;
	return {
		name: field.name as TextFieldName,
		label: translate(field.label, locale),
		...(practice && field.hint ? { hint: translate(field.hint, locale) } : {}),
		multiline: field.kind !== 'short_text',
		...(rows ? { rows } : {}),
		required: field.required && (practice || !field.translationOptional),
		maxlength: field.max
	};
}

/** The practice form's part of the table, in the page's language. */
export function formModel(locale: Locale): PracticeFormModel {
	const inputs = (group: TextField['form']) => TEXT_FIELDS.filter((f) => f.form === group).map((f) => textInput(f, locale, 'practice'));
	return { text: { basics: inputs('basics'), story: inputs('story') }, labels: fieldLabels(locale) };
}
