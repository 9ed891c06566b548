/** The history of a practice: who changed what and when, past versions, and restoring one. */
import type { Locale } from '$lib/paraglide/runtime';
import { notFound, type Deps } from '../../platform/core';
import { authorize, can, type MaybeActor } from '../../platform/auth';
import type { ProfileVisibility } from '../../platform/db';
import { visibleAuthor } from '../../directory/people';
import { insertAudit } from '../../platform/audit';
import { canEditPractice, practicePolicy } from './practices.policy';
import { findOrganisations, findPeople, loadSnapshot } from './practice-read.queries';
import { existingAreaIds } from './practice-form.queries';
import type { PracticeSnapshot } from './practices.schemas';
import { findRevision, listRevisions } from './revisions.queries';
import { contentView, type PracticeContentView } from './practice-view';
import { accessOf, findEditable } from './practices.service';
import { findViewable } from './practice-view.service';
import { lockForWrite, saveVersion } from './practice-write';
import { TEXT_FIELDS } from './practice-fields';
import { fieldLabels } from './practice-field-models';

export interface RevisionSummary {
	number: number;
	createdAt: string;
	/** null when the author's profile is hidden from the reader or the account is gone. */
	author: { name: string; handle: string } | null;
	changed: string[];
	/** Saved while the practice was not published: listed to its editors only. */
	draft: boolean;
}

interface AuthorRow {
	author_id: number | null;
	author_handle: string | null;
	author_name: string | null;
	author_visibility: ProfileVisibility | null;
	author_hidden_at: Date | null;
}

function authorOf(actor: MaybeActor, row: AuthorRow) {
	return visibleAuthor(actor, {
		id: row.author_id,
		name: row.author_name,
		handle: row.author_handle,
		visibility: row.author_visibility,
		hidden_at: row.author_hidden_at
	});
}

/** The title in the reader's language when there is one, else the original's. */
async function titleOf(deps: Deps, row: Awaited<ReturnType<typeof findViewable>>, locale: Locale) {
	const snap = await loadSnapshot(deps.db, row);
	const text = snap.texts[locale] ?? snap.texts[snap.originalLanguage];
	return { title: text?.title ?? row.slug, language: snap.texts[locale] ? locale : snap.originalLanguage };
}

/**
 * Revisions newest first, for anyone who may see the practice: each one only if the reader may
 * open it (practicePolicy.readRevision), so drafts are listed to editors alone.
 */
export async function getHistory(actor: MaybeActor, slug: string, deps: Deps, locale: Locale) {
	const row = await findViewable(actor, slug, deps);
	const practice = accessOf(row);
	const revisions = (await listRevisions(deps.db, row.id)).filter((r) =>
		can(actor, practicePolicy, 'readRevision', { published: r.published, visibility: r.visibility, practice })
	);
	return {
		slug: row.slug,
		...(await titleOf(deps, row, locale)),
		canEdit: canEditPractice(actor, practice),
		current: row.revision,
		revisions: revisions.map((r): RevisionSummary => ({
			number: r.number,
			createdAt: r.created_at.toISOString(),
			author: authorOf(actor, r),
			changed: r.changed,
			draft: !r.published
		})),
		/** Labels of the text fields, for the changed ones ("Title (English)"). */
		labels: fieldLabels(locale, TEXT_FIELDS)
	};
}

/** One past version, read-only, as it was saved. */
export async function getRevision(actor: MaybeActor, slug: string, number: number, deps: Deps, locale: Locale, requested?: string | null) {
	const row = await findViewable(actor, slug, deps);
	if (!Number.isInteger(number) || number < 1) throw notFound();
	const revision = await findRevision(deps.db, row.id, number);
	if (!revision) throw notFound();
	const { published, visibility } = revision.snapshot;
	authorize(actor, practicePolicy, 'readRevision', { published: published === true, visibility, practice: accessOf(row) });
	const content: PracticeContentView = await contentView(deps.db, revision.snapshot, actor, locale, requested);
	return {
		slug: row.slug,
		number: revision.number,
		current: row.revision,
		createdAt: revision.created_at.toISOString(),
		author: authorOf(actor, revision),
		changed: revision.changed,
		draft: revision.snapshot.published !== true,
		canRestore: canEditPractice(actor, accessOf(row)) && revision.number !== row.revision,
		content
	};
}

/** An old version may name areas, organisations or people deleted since: they are left out. */
async function withoutVanished(db: Deps['db'], snap: PracticeSnapshot): Promise<PracticeSnapshot> {
	const orgIds = snap.organisations.flatMap((o) => ('organisationId' in o ? [o.organisationId] : []));
	const [areas, orgs, people] = await Promise.all([
		existingAreaIds(db, snap.areaIds),
		findOrganisations(db, orgIds),
		findPeople(db, snap.contactIds)
	]);
	return {
		...snap,
		areaIds: snap.areaIds.filter((id) => areas.includes(id)),
		organisations: snap.organisations.filter((o) => !('organisationId' in o) || orgs.some((x) => x.id === o.organisationId)),
		contactIds: snap.contactIds.filter((id) => people.some((p) => p.id === id))
	};
}

/**
 * An editor brings back a past version: a NEW revision equal to the old one's content. Whether
 * the practice is published stays as it is now (restoring text is not publishing).
 */
export async function restoreRevision(
	actor: MaybeActor,
	slug: string,
	number: number,
	deps: Deps
): Promise<{ slug: string; revision: number | null }> {
	const { actor: editor, row } = await findEditable(actor, slug, deps);
	if (!Number.isInteger(number) || number < 1) throw notFound();
	const old = await findRevision(deps.db, row.id, number);
	if (!old) throw notFound();
	return deps.db.transaction().execute(async (trx) => {
		const locked = await lockForWrite(trx, row);
		const restored = await withoutVanished(trx, { ...old.snapshot, published: locked.current.published });
		const revision = await saveVersion(trx, locked, restored, editor.id);
		await insertAudit(trx, {
			actorId: editor.id,
			action: 'practice.restore',
			subjectType: 'practice',
			subjectId: row.id,
			details: { slug: row.slug, from: number, revision }
		});
		return { slug: row.slug, revision };
	});
}
