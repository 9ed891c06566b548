/**
 * Attachments of practices: files (reports, photos, spreadsheets) that the practice's editors
 * add, describe, pick as the cover image and delete. The type is decided from the bytes
 * (detect.ts); the file lands on disk only together with its row.
 */
import { AppError, invalid, notFound, validate, type Deps } from '../core';
import { authorize, type MaybeActor } from '../auth';
import { insertAudit } from '../audit';
import { attachmentPolicy } from './files.policy';
import * as q from './files.queries';
import { detectFileType, INLINE_TYPES, SERVABLE_TYPES } from './detect';
import { cleanFileName, fileUrl } from './names';
import { defaultUploadsDir, listOldUploads, removeUpload, removeUploadFile, writeUpload } from './storage';
import {
	attachmentActionSchema,
	deleteAttachmentSchema,
	MAX_ATTACHMENTS,
	MAX_FILE_BYTES,
	MAX_FILE_MB,
	uploadFieldsSchema,
	type AttachmentDto,
	type AttachmentsPage,
	type UploadedFile
} from './files.schemas';

/** Services of this module also need to know where files live; tests point it at a temp folder. */
export type FilesDeps = Deps & { uploadsDir?: string };

const uploadsDirOf = (deps: FilesDeps) => deps.uploadsDir ?? defaultUploadsDir();

/**
 * The practice, if the actor may edit it; anyone else gets the 404 of a missing practice.
 * Visitors are asked to log in first, whether or not the practice exists.
 */
async function editablePractice(actor: MaybeActor, slug: unknown, deps: FilesDeps) {
	authorize(actor, attachmentPolicy, 'signedIn');
	if (typeof slug !== 'string') throw notFound();
	const practice = await q.findPracticeForFiles(deps.db, slug, actor.id);
	if (!practice) throw notFound();
	authorize(actor, attachmentPolicy, 'attach', practice);
	return { actor, practice };
}

function kindOf(contentType: string): AttachmentDto['kind'] {
	if (INLINE_TYPES.has(contentType)) return 'image';
	if (contentType.startsWith('text/')) return 'text';
	return SERVABLE_TYPES.has(contentType) ? 'document' : 'other';
}

type AttachmentRow = Awaited<ReturnType<typeof q.listAttachmentRows>>[number];

function toDto(row: AttachmentRow, coverId: number | null): AttachmentDto {
	return {
		id: row.id,
		name: row.file_name,
		url: fileUrl(row.id, row.file_name),
		contentType: row.content_type,
		kind: kindOf(row.content_type),
		sizeBytes: row.size_bytes,
		altText: row.alt_text,
		description: row.description,
		isCover: row.id === coverId,
		uploadedBy: row.uploader_name,
		createdAt: row.created_at
	};
}

/** The attachments page of a practice: its files, for the people who may edit it. */
export async function listAttachments(actor: MaybeActor, slug: unknown, locale: string, deps: FilesDeps): Promise<AttachmentsPage> {
	const { practice } = await editablePractice(actor, slug, deps);
	const titles = await q.listPracticeTitles(deps.db, practice.id);
	const title = titles.find((t) => t.language === locale) ?? titles.find((t) => t.is_original) ?? titles[0];
	const rows = await q.listAttachmentRows(deps.db, practice.id);
	return {
		practice: { slug: practice.slug, title: title?.title ?? practice.slug, titleLanguage: title?.language ?? practice.originalLanguage },
		attachments: rows.map((row) => toDto(row, practice.coverAttachmentId)),
		maxFileMb: MAX_FILE_MB,
		maxAttachments: MAX_ATTACHMENTS
	};
}

/**
 * The files of a practice for its page, for callers that have already checked that the viewer
 * may see the practice (the practice page's service). Cover image first.
 */
export async function attachmentsOfPractice(practiceId: number, coverAttachmentId: number | null, deps: Deps): Promise<AttachmentDto[]> {
	const rows = await q.listAttachmentRows(deps.db, practiceId);
	const list = rows.map((row) => toDto(row, coverAttachmentId));
	return [...list.filter((a) => a.isCover), ...list.filter((a) => !a.isCover)];
}

/**
 * An editor of the practice attaches a file. Refused with a message on the field, and nothing
 * stored, when the file is missing, empty, over 10 MB or not a type we accept (by its bytes,
 * whatever its name says), or when an image comes without alt text. The file is written to a
 * temporary name, moved into place inside the transaction that inserts its row, and removed
 * again if that transaction fails.
 */
export async function uploadAttachment(
	actor: MaybeActor,
	input: { slug: unknown; file: UploadedFile | null; values: Record<string, unknown> },
	deps: FilesDeps
): Promise<{ id: number; name: string }> {
	const { actor: editor, practice } = await editablePractice(actor, input.slug, deps);
	const fields = validate(uploadFieldsSchema, input.values);
	const file = input.file;
	if (!file || (file.size === 0 && !file.name)) throw invalid({ file: { key: 'attachment_file_required' } });
	if (file.size > MAX_FILE_BYTES) throw invalid({ file: { key: 'attachment_file_too_large', params: { max: MAX_FILE_MB } } });
	const bytes = new Uint8Array(await file.arrayBuffer());
	if (bytes.length === 0) throw invalid({ file: { key: 'attachment_file_empty' } });
	if (bytes.length > MAX_FILE_BYTES) throw invalid({ file: { key: 'attachment_file_too_large', params: { max: MAX_FILE_MB } } });
	const type = detectFileType(bytes, file.name);
	if (!type) throw invalid({ file: { key: 'attachment_file_type' } });
	if (type.kind === 'image' && !fields.alt_text) throw invalid({ alt_text: { key: 'attachment_alt_required' } });
	if ((await q.countAttachments(deps.db, practice.id)) >= MAX_ATTACHMENTS) {
		throw invalid({ file: { key: 'attachment_too_many', params: { max: MAX_ATTACHMENTS } } });
	}

	const name = cleanFileName(file.name, type.extension);
	const pending = await writeUpload(uploadsDirOf(deps), bytes);
	try {
		const id = await deps.db.transaction().execute(async (trx) => {
			const id = await q.insertAttachment(trx, {
				practiceId: practice.id,
				fileName: name,
				contentType: type.mime,
				sizeBytes: bytes.length,
				storageKey: pending.key,
				altText: type.kind === 'image' ? fields.alt_text : null,
				description: fields.description,
				uploadedBy: editor.id
			});
			await insertAudit(trx, {
				actorId: editor.id,
				action: 'attachment.upload',
				subjectType: 'practice',
				subjectId: practice.id,
				details: { attachmentId: id, name, contentType: type.mime, sizeBytes: bytes.length }
			});
			// Last step: if the commit fails after this, the catch below removes the file again.
			await pending.commit();
			return id;
		});
		return { id, name };
	} catch (error) {
		await pending.discard();
		throw error;
	}
}

/** An editor deletes an attachment (with a ticked confirmation); the file leaves the disk after its row is gone. */
export async function deleteAttachment(
	actor: MaybeActor,
	input: { slug: unknown; values: Record<string, unknown> },
	deps: FilesDeps
): Promise<{ name: string }> {
	const { actor: editor, practice } = await editablePractice(actor, input.slug, deps);
	const { attachment_id } = validate(deleteAttachmentSchema, input.values);
	const attachment = await deps.db.transaction().execute(async (trx) => {
		const found = await q.findAttachmentOf(trx, practice.id, attachment_id);
		if (!found) throw notFound();
		// The cover reference is cleared by the foreign key (on delete set null).
		await q.deleteAttachmentRow(trx, found.id);
		await insertAudit(trx, {
			actorId: editor.id,
			action: 'attachment.delete',
			subjectType: 'practice',
			subjectId: practice.id,
			details: { attachmentId: found.id, name: found.file_name }
		});
		return found;
	});
	await removeUpload(uploadsDirOf(deps), attachment.storage_key);
	return { name: attachment.file_name };
}

/** An editor shows one of the practice's images as its cover; other files cannot be covers. */
export async function setCoverImage(
	actor: MaybeActor,
	input: { slug: unknown; values: Record<string, unknown> },
	deps: FilesDeps
): Promise<void> {
	const { actor: editor, practice } = await editablePractice(actor, input.slug, deps);
	const { attachment_id } = validate(attachmentActionSchema, input.values);
	await deps.db.transaction().execute(async (trx) => {
		const found = await q.findAttachmentOf(trx, practice.id, attachment_id);
		if (!found) throw notFound();
		if (!INLINE_TYPES.has(found.content_type)) throw new AppError('validation_failed', 'attachment_cover_not_image');
		await q.setCoverAttachment(trx, practice.id, found.id);
		await insertAudit(trx, {
			actorId: editor.id,
			action: 'attachment.cover',
			subjectType: 'practice',
			subjectId: practice.id,
			details: { attachmentId: found.id }
		});
	});
}

/** An editor goes back to no cover image. */
export async function removeCoverImage(actor: MaybeActor, input: { slug: unknown }, deps: FilesDeps): Promise<void> {
	const { actor: editor, practice } = await editablePractice(actor, input.slug, deps);
	await deps.db.transaction().execute(async (trx) => {
		await q.setCoverAttachment(trx, practice.id, null);
		await insertAudit(trx, { actorId: editor.id, action: 'attachment.uncover', subjectType: 'practice', subjectId: practice.id });
	});
}

/**
 * Removes what a crash can leave in the uploads folder: temporary files, and stored files
 * without a row (the process died between moving a file into place and committing). Only
 * files older than an hour, so uploads in progress are never touched. Run at start-up.
 */
export async function sweepUploads(deps: FilesDeps, olderThanMs = 60 * 60 * 1000): Promise<{ removed: number }> {
	const dir = uploadsDirOf(deps);
	const { keys, temporary } = await listOldUploads(dir, olderThanMs);
	const known = await q.existingStorageKeys(deps.db, keys);
	const orphans = [...temporary, ...keys.filter((key) => !known.has(key))];
	for (const name of orphans) await removeUploadFile(dir, name);
	return { removed: orphans.length };
}
