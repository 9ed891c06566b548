/**
 * Serving attachments at /files/<id>/<name>. Whoever may see the practice may download its
 * files; everyone else gets the 404 of a missing file. The headers make sure a stored file is
 * never run by a browser: the type detected at upload (never text/html), nosniff, a sandboxing
 * CSP, and `attachment` for everything that is not an image.
 */
import { authorize, type MaybeActor } from '../auth';
import { notFound } from '../core';
import { attachmentPolicy } from './files.policy';
import { findAttachmentForDownload } from './files.queries';
import { INLINE_TYPES, SERVABLE_TYPES } from './detect';
import { contentDisposition } from './names';
import { defaultUploadsDir, readUpload } from './storage';
import type { FilesDeps } from './files.service';
import type { Download } from './files.schemas';

/** Headers for a stored file; `shared` when anyone on the internet may see it. */
export function downloadHeaders(
	file: { name: string; contentType: string; size: number; modified: Date },
	shared: boolean
): Record<string, string> {
	// A row can only hold a type we detected, but the answer must not rely on that.
	const type = SERVABLE_TYPES.has(file.contentType) ? file.contentType : 'application/octet-stream';
	return {
		'Content-Type': type,
		'Content-Length': String(file.size),
		'Content-Disposition': contentDisposition(file.name, INLINE_TYPES.has(type)),
		'X-Content-Type-Options': 'nosniff',
		'Content-Security-Policy': "default-src 'none'; sandbox",
		'Cross-Origin-Resource-Policy': 'same-origin',
		'Last-Modified': file.modified.toUTCString(),
		// Members-only files and drafts must not sit in shared caches; attachments never change
		// under an id (a new upload gets a new id), so public ones may be cached for a while.
		'Cache-Control': shared ? 'public, max-age=3600' : 'private, no-cache'
	};
}

/** The bytes and headers of attachment `id`, if the actor may see its practice. */
export async function openAttachment(actor: MaybeActor, id: unknown, deps: FilesDeps): Promise<Download> {
	const attachmentId = Number(id);
	if (!Number.isSafeInteger(attachmentId) || attachmentId <= 0) throw notFound();
	const row = await findAttachmentForDownload(deps.db, attachmentId, actor?.id ?? null);
	if (!row) throw notFound();
	const access = { publishedAt: row.published_at, visibility: row.visibility, createdBy: row.created_by, viewerInOrganisation: row.in_org };
	authorize(actor, attachmentPolicy, 'download', access);
	const stored = await readUpload(deps.uploadsDir ?? defaultUploadsDir(), row.storage_key);
	if (!stored) {
		console.error(`Attachment ${row.id}: stored file ${row.storage_key} is missing`);
		throw notFound();
	}
	const shared = attachmentPolicy.downloadPublicly(actor, access);
	return {
		body: stored.body,
		headers: downloadHeaders({ name: row.file_name, contentType: row.content_type, size: stored.size, modified: row.created_at }, shared)
	};
}
