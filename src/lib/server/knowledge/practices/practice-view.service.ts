/** Reading practices: the practice page and the "learning from this" marks. */
import type { Locale } from '$lib/paraglide/runtime';
import { notFound, validate, type Deps } from '../../platform/core';
import { authorize, type MaybeActor } from '../../platform/auth';
import { canEditPractice, practicePolicy } from './practices.policy';
import { findPracticeBySlug, listAttachments, loadSnapshot, type PracticeRow } from './practice-read.queries';
import { deleteLearning, listLearning, upsertLearning } from './learning.queries';
import { contentView, type PracticeContentView } from './practice-view';
import { learningView, type LearningView } from './learning';
import { accessOf } from './practices.service';
import { learningSchema } from './practices.schemas';

export interface AttachmentView {
	id: number;
	fileName: string;
	contentType: string;
	sizeBytes: number;
	altText: string | null;
	href: string;
}

export interface PracticeView extends PracticeContentView {
	slug: string;
	revision: number;
	createdAt: string;
	updatedAt: string;
	canEdit: boolean;
	attachments: AttachmentView[];
	cover: AttachmentView | null;
	/** Page description and OpenGraph tags: only for published public practices. */
	meta: { title: string; description: string } | null;
	learning: LearningView;
}

/** The practice when the viewer may see it; missing and hidden are the same 404. */
export async function findViewable(actor: MaybeActor, slug: string, deps: Deps): Promise<PracticeRow> {
	const row = await findPracticeBySlug(deps.db, slug, actor?.id ?? null);
	if (!row) throw notFound();
	authorize(actor, practicePolicy, 'view', accessOf(row));
	return row;
}

const truncate = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

/**
 * The practice page for anyone allowed to see it: published public ones for everyone,
 * members-only ones for members, drafts for their editors. `requested` picks a language
 * version (?lang=xx); otherwise the reader's language, else the original.
 */
export async function getPractice(
	actor: MaybeActor,
	slug: string,
	deps: Deps,
	locale: Locale,
	requested?: string | null
): Promise<PracticeView> {
	const row = await findViewable(actor, slug, deps);
	const snap = await loadSnapshot(deps.db, row);
	const [content, files, marks] = await Promise.all([
		contentView(deps.db, snap, actor, locale, requested),
		listAttachments(deps.db, row.id),
		listLearning(deps.db, row.id)
	]);
	const attachments = files.map((f) => ({
		id: f.id,
		fileName: f.file_name,
		contentType: f.content_type,
		sizeBytes: f.size_bytes,
		altText: f.alt_text,
		href: `/files/${f.id}/${encodeURIComponent(f.file_name)}`
	}));
	const isPublic = snap.published && snap.visibility === 'public';
	return {
		...content,
		slug: row.slug,
		revision: row.revision,
		createdAt: row.created_at.toISOString(),
		updatedAt: new Date(row.updated_at).toISOString(),
		canEdit: canEditPractice(actor, accessOf(row)),
		attachments: attachments.filter((a) => a.id !== row.cover_attachment_id),
		cover: attachments.find((a) => a.id === row.cover_attachment_id && a.contentType.startsWith('image/')) ?? null,
		meta: isPublic ? { title: content.title, description: truncate(content.summary.replace(/\s+/g, ' ').trim(), 200) } : null,
		learning: learningView(actor, marks)
	};
}

/** Everyone's marks on a practice (the learning page). */
export async function getLearning(actor: MaybeActor, slug: string, deps: Deps, locale: Locale) {
	const row = await findViewable(actor, slug, deps);
	const snap = await loadSnapshot(deps.db, row);
	const language = Object.keys(snap.texts).includes(locale) ? locale : snap.originalLanguage;
	return {
		slug: row.slug,
		title: snap.texts[language]?.title ?? row.slug,
		language,
		learning: learningView(actor, await listLearning(deps.db, row.id))
	};
}

/**
 * A member marks that they want to learn this practice or tried it too, with a short comment;
 * marking the same kind again replaces the comment. Visitors and non-members may not.
 */
export async function markLearning(actor: MaybeActor, slug: string, input: unknown, deps: Deps): Promise<void> {
	authorize(actor, practicePolicy, 'signedIn');
	const row = await findViewable(actor, slug, deps);
	authorize(actor, practicePolicy, 'markLearning', { publishedAt: row.published_at });
	const data = validate(learningSchema, input);
	await upsertLearning(deps.db, { practiceId: row.id, personId: actor.id, kind: data.kind, comment: data.comment });
}

/** A member withdraws their mark. */
export async function withdrawLearning(actor: MaybeActor, slug: string, input: unknown, deps: Deps): Promise<void> {
	authorize(actor, practicePolicy, 'signedIn');
	const row = await findViewable(actor, slug, deps);
	const { kind } = validate(learningSchema.pick({ kind: true }), input);
	await deleteLearning(deps.db, row.id, actor.id, kind);
}
