/** Translations of a practice's text fields, added and corrected by those who may edit it. */
import type { Locale } from '$lib/paraglide/runtime';
import { checkVersion, editVersion, invalid, notFound, validate, type Deps } from '../../platform/core';
import type { MaybeActor } from '../../platform/auth';
import type { EditVersion, FormValues } from '$lib/form-state';
import { loadSnapshot } from './practice-read.queries';
import { TEXT_FIELDS, TEXT_FIELD_NAMES, fullTexts } from './practice-fields';
import { textInput, type TextInputModel } from './practice-field-models';
import { findEditable } from './practices.service';
import { languageChoices, type Choice } from './practice-form';
import { lockForWrite, saveVersion, snapshotAt } from './practice-write';
import { PRACTICE_LANGUAGES } from './practice-choices';
import { translationSchema, type PracticeTexts } from './practices.schemas';
import { languageName } from '../../shared';

const isLanguage = (code: string | null | undefined): code is (typeof PRACTICE_LANGUAGES)[number] =>
	!!code && (PRACTICE_LANGUAGES as readonly string[]).includes(code);

export interface TranslationPage {
	slug: string;
	title: string;
	originalLanguage: string;
	originalLabel: string;
	/** Languages to translate into, those with a translation marked. */
	languages: (Choice & { exists: boolean })[];
	/** null until a target language is chosen. */
	to: { language: string; label: string; exists: boolean } | null;
	original: PracticeTexts;
	/** The text fields to translate, in order. */
	fields: TextInputModel[];
	values: FormValues;
	/** The version the form is based on: the practice's revision. */
	version: EditVersion;
}

/**
 * The translation form: the original beside each field, and the translation into `to` so far.
 * Without `to` (or with the original's language) it only offers the choice of language.
 */
export async function getTranslationForm(
	actor: MaybeActor,
	slug: string,
	to: string | null,
	deps: Deps,
	locale: Locale
): Promise<TranslationPage> {
	const { row } = await findEditable(actor, slug, deps);
	const snap = await loadSnapshot(deps.db, row);
	const original = snap.texts[snap.originalLanguage] ?? fullTexts({ title: row.slug });
	const target = isLanguage(to) && to !== snap.originalLanguage ? to : null;
	const existing = target ? snap.texts[target] : undefined;
	return {
		slug: row.slug,
		title: original.title,
		originalLanguage: snap.originalLanguage,
		originalLabel: languageName(snap.originalLanguage, locale),
		languages: languageChoices(locale, [snap.originalLanguage]).map((c) => ({ ...c, exists: c.value in snap.texts })),
		to: target ? { language: target, label: languageName(target, locale), exists: !!existing } : null,
		original,
		fields: TEXT_FIELDS.map((f) => textInput(f, locale, 'translation')),
		values: existing ? { ...existing } : {},
		version: editVersion(row.revision)
	};
}

/**
 * An editor saves a translation into `to`: a new revision listing the fields that changed.
 * Refused when the form is based on an older revision and this translation changed since.
 */
export async function saveTranslation(
	actor: MaybeActor,
	slug: string,
	to: string | null,
	input: unknown,
	deps: Deps
): Promise<{ slug: string; language: string; revision: number | null }> {
	const { actor: editor, row } = await findEditable(actor, slug, deps);
	if (!isLanguage(to)) throw invalid({ to: { key: 'error_invalid_choice' } });
	const data = validate(translationSchema, input);
	return deps.db.transaction().execute(async (trx) => {
		const locked = await lockForWrite(trx, row);
		const { current } = locked;
		if (to === current.originalLanguage) throw notFound();
		await checkVersion({
			input,
			current: locked.revision,
			theirs: async () => ({ ...current.texts[to] }),
			history: async (n) => {
				const then = await snapshotAt(trx, row.id, n);
				return then && { ...then.texts[to] };
			}
		});
		const text = fullTexts(Object.fromEntries(TEXT_FIELD_NAMES.map((f) => [f, data[f]])) as { title: string });
		const revision = await saveVersion(trx, locked, { ...current, texts: { ...current.texts, [to]: text } }, editor.id);
		return { slug: row.slug, language: to, revision };
	});
}

/** An editor removes a translation (the original cannot be removed). */
export async function deleteTranslation(
	actor: MaybeActor,
	slug: string,
	to: string | null,
	deps: Deps
): Promise<{ slug: string; revision: number | null }> {
	const { actor: editor, row } = await findEditable(actor, slug, deps);
	return deps.db.transaction().execute(async (trx) => {
		const locked = await lockForWrite(trx, row);
		const { current } = locked;
		if (!to || to === current.originalLanguage || !current.texts[to]) throw notFound();
		const texts = { ...current.texts };
		delete texts[to];
		const revision = await saveVersion(trx, locked, { ...current, texts }, editor.id);
		return { slug: row.slug, revision };
	});
}
