/** Writing practices: the form, create, edit, publish and unpublish. */
import type { Locale } from '$lib/paraglide/runtime';
import { checkVersion, editVersion, notFound, type Deps } from '../../platform/core';
import { authorize, type Actor, type MaybeActor } from '../../platform/auth';
import type { EditVersion, FormValues } from '$lib/form-state';
import { insertAudit } from '../../platform/audit';
import { reindexPractice } from '../search';
import { practicePolicy } from './practices.policy';
import { insertPracticeGraph } from './practices.sql';
import { fullTexts } from './practice-fields';
import { findPracticeBySlug, loadSnapshot, type PracticeRow } from './practice-read.queries';
import { formOptions, newFormValues, resolveChoices, snapshotToValues, type PracticeFormOptions } from './practice-form';
import { formModel, type PracticeFormModel } from './practice-field-models';
import { lockForWrite, saveVersion, snapshotAt } from './practice-write';
import { parsePracticeForm, type PracticeFormInput, type PracticeSnapshot } from './practices.schemas';

export const accessOf = (row: PracticeRow) => ({
	publishedAt: row.published_at,
	visibility: row.visibility,
	createdBy: row.created_by,
	viewerInOrganisation: Boolean(row.viewer_in_organisation)
});

/** The practice when `actor` may edit it; otherwise the same 404 as a missing one. */
export async function findEditable(actor: MaybeActor, slug: string, deps: Deps): Promise<{ actor: Actor; row: PracticeRow }> {
	authorize(actor, practicePolicy, 'signedIn');
	const row = await findPracticeBySlug(deps.db, slug, actor.id);
	if (!row) throw notFound();
	authorize(actor, practicePolicy, 'edit', accessOf(row));
	return { actor, row };
}

export interface PracticeFormPage {
	options: PracticeFormOptions;
	values: FormValues;
	fields: PracticeFormModel;
}

/** The empty form for a new practice; members only. */
export async function getNewPracticeForm(actor: MaybeActor, deps: Deps, locale: Locale): Promise<PracticeFormPage> {
	authorize(actor, practicePolicy, 'write');
	const [options, values] = await Promise.all([formOptions(actor, deps, locale), newFormValues(actor, deps, locale)]);
	return { options, values, fields: formModel(locale) };
}

/** The form's answers as the snapshot's form-owned parts (texts go in the original language). */
function snapshotFromForm(
	data: PracticeFormInput,
	resolved: Awaited<ReturnType<typeof resolveChoices>>,
	published: boolean,
	texts: PracticeSnapshot['texts']
): PracticeSnapshot {
	return {
		cityId: data.cityId,
		status: data.status,
		visibility: data.visibility,
		originalLanguage: data.originalLanguage,
		periodStart: data.periodStart,
		periodEnd: data.periodEnd,
		funding: data.funding,
		outcomes: data.outcomes,
		links: data.links,
		areaIds: resolved.areaIds,
		organisations: resolved.organisations,
		contactIds: resolved.contactIds,
		texts: { ...texts, [data.originalLanguage]: fullTexts(data.texts) },
		published
	};
}

/**
 * A member writes a practice, as a draft or published at once. Refuses visitors (login) and
 * people who are not members (404); every problem with the form is reported against its field.
 */
export async function createPractice(
	actor: MaybeActor,
	input: unknown,
	deps: Deps,
	locale: Locale
): Promise<{ slug: string; published: boolean }> {
	authorize(actor, practicePolicy, 'write');
	const data = parsePracticeForm(input, locale);
	const options = await formOptions(actor, deps, locale);
	const resolved = await resolveChoices(data, options, deps, actor);
	const published = data.intent === 'publish';
	const snap = snapshotFromForm(data, resolved, published, {});
	return deps.db.transaction().execute(async (trx) => {
		const { id, slug } = await insertPracticeGraph(trx, { ...snap, createdBy: actor.id });
		await reindexPractice(trx, id);
		if (published)
			await insertAudit(trx, { actorId: actor.id, action: 'practice.publish', subjectType: 'practice', subjectId: id, details: { slug } });
		return { slug, published };
	});
}

export interface PracticeEditPage extends PracticeFormPage {
	slug: string;
	title: string;
	published: boolean;
	revision: number;
	/** The version the form is based on: its revision (the server keeps every revision). */
	version: EditVersion;
}

/** The edit form, filled with the practice as it is; only for those who may edit it. */
export async function getPracticeForEdit(actor: MaybeActor, slug: string, deps: Deps, locale: Locale): Promise<PracticeEditPage> {
	const { actor: editor, row } = await findEditable(actor, slug, deps);
	const snap = await loadSnapshot(deps.db, row);
	return {
		slug: row.slug,
		title: snap.texts[snap.originalLanguage]?.title ?? row.slug,
		published: snap.published,
		revision: row.revision,
		version: editVersion(row.revision),
		options: await formOptions(editor, deps, locale, snap),
		values: snapshotToValues(snap, locale),
		fields: formModel(locale)
	};
}

/**
 * An editor saves the practice: a new revision with the fields that changed. `intent` publish
 * also publishes it, draft takes it back to a draft. Changing the original language relabels
 * the original text (the form holds the text in the language chosen). Refused when the form is
 * based on an older revision and a field of the form changed since (translations may have).
 */
export async function updatePractice(
	actor: MaybeActor,
	slug: string,
	input: unknown,
	deps: Deps,
	locale: Locale
): Promise<{ slug: string; revision: number | null; published: boolean }> {
	const { actor: editor, row } = await findEditable(actor, slug, deps);
	const data = parsePracticeForm(input, locale);
	const options = await formOptions(editor, deps, locale, await loadSnapshot(deps.db, row));
	const resolved = await resolveChoices(data, options, deps, editor);
	return deps.db.transaction().execute(async (trx) => {
		const locked = await lockForWrite(trx, row);
		const { current } = locked;
		await checkVersion({
			input,
			current: locked.revision,
			theirs: async () => snapshotToValues(current, locale),
			history: async (n) => {
				const then = await snapshotAt(trx, row.id, n);
				return then && snapshotToValues(then, locale);
			}
		});
		const published = data.intent === 'publish' ? true : data.intent === 'draft' ? false : current.published;
		const texts = { ...current.texts };
		if (data.originalLanguage !== current.originalLanguage) delete texts[current.originalLanguage];
		const next = snapshotFromForm(data, resolved, published, texts);
		const revision = await saveVersion(trx, locked, next, editor.id);
		if (published !== current.published) {
			await insertAudit(trx, {
				actorId: editor.id,
				action: published ? 'practice.publish' : 'practice.unpublish',
				subjectType: 'practice',
				subjectId: row.id,
				details: { slug: row.slug, revision }
			});
		}
		return { slug: row.slug, revision, published };
	});
}

/** An editor publishes a draft or takes a published practice back to a draft; recorded as a revision. */
export async function setPracticePublished(
	actor: MaybeActor,
	slug: string,
	published: boolean,
	deps: Deps
): Promise<{ slug: string; revision: number | null }> {
	const { actor: editor, row } = await findEditable(actor, slug, deps);
	return deps.db.transaction().execute(async (trx) => {
		const locked = await lockForWrite(trx, row);
		const revision = await saveVersion(trx, locked, { ...locked.current, published }, editor.id);
		if (revision !== null) {
			await insertAudit(trx, {
				actorId: editor.id,
				action: published ? 'practice.publish' : 'practice.unpublish',
				subjectType: 'practice',
				subjectId: row.id,
				details: { slug: row.slug, revision }
			});
		}
		return { slug: row.slug, revision };
	});
}
