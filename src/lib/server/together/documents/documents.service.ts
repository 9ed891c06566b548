/**
 * Documents of events (materials), projects (working files) and working groups, with versions.
 *
 * Who may do what is decided here, by documents.policy.ts over the owner's facts (event
 * organisers, project partners and lead, group members and managers, in the owner domain's own
 * policy); callers pass the owner, never a permission.
 * - Upload: `uploadDocument(actor, { ownerType, ownerId, title, audience, file }, deps)`. `title`
 *   and `audience` are the raw form values (`audience` matters for projects only: 'members' or
 *   'partners'; event materials follow the event). Same title (ignoring case) = next version.
 *   In a route: `uploadFormAction(request, locale, (values, file) => uploadDocument(actor,
 *   { ownerType: 'project', ownerId, title: values.title, audience: values.audience, file }, deps))`
 *   (`$lib/server/platform/files`); errors land on fields `file`, `title`, `audience`.
 * - List: `documentsFor(actor, ownerType, ownerId, deps)` computes the viewer's access and lists
 *   (returns [] when they may see nothing). Groups of { title, current, older[] }; each version
 *   says whether the viewer may delete it (`mayDelete`).
 * - Delete: `deleteDocument(actor, { ownerType, ownerId, values }, deps)` with form values
 *   `document_id` and `confirm=yes` (one version): managers any, group members their own.
 * - Show: `$lib/components/documents/DocumentList.svelte` ({ documents, locale, deleteAction? })
 *   and `DocumentUpload.svelte` ({ action, form, audiences?, maxFileMb }).
 * - Downloads are served at /documents/<id>/<name> (openDocument): access by the owner policy
 *   (documents.policy.ts), missing and forbidden both 404.
 */
import { authorize, type MaybeActor } from '../../platform/auth';
import { canSee } from '../../directory/people';
import { invalid, notFound, validate } from '../../platform/core';
import { insertAudit } from '../../platform/audit';
import {
	cleanFileName,
	defaultUploadsDir,
	detectFileType,
	downloadHeaders,
	readUpload,
	removeUpload,
	writeUpload,
	type Download,
	type FilesDeps
} from '../../platform/files';
import { documentAccess, documentPolicy, isPublicDocument, type OwnerFacts } from './documents.policy';
import * as q from './documents.queries';
import {
	deleteDocumentSchema,
	MAX_DOCUMENTS,
	MAX_FILE_BYTES,
	MAX_FILE_MB,
	uploadDocumentSchema,
	type Audience,
	type DocumentAccess,
	type DocumentGroupDto,
	type DocumentOwnerType,
	type DocumentVersionDto,
	type UploadedFile
} from './documents.schemas';

const uploadsDirOf = (deps: FilesDeps) => deps.uploadsDir ?? defaultUploadsDir();

export function documentUrl(id: number, name: string): string {
	return `/documents/${id}/${encodeURIComponent(name)}`;
}

const ownerIdOf = (value: unknown) => {
	const id = Number(value);
	if (!Number.isSafeInteger(id) || id <= 0) throw notFound();
	return id;
};

/** The owner's facts for the policy; a missing owner is missing. */
async function ownerFacts(actor: MaybeActor, ownerType: DocumentOwnerType, ownerId: number, deps: FilesDeps): Promise<OwnerFacts> {
	const owner = await q.findOwnerFacts(deps.db, ownerType, ownerId, actor?.id ?? null);
	if (!owner) throw notFound();
	return owner;
}

/**
 * The owner's documents the access allows, grouped by title; the caller has checked the owner.
 * `mayDelete` tells, by uploader, which versions the viewer may delete; `viewer` decides whose
 * names are shown (none, for the default anonymous reader, unless their profile is public).
 */
export async function listDocuments(
	ownerType: DocumentOwnerType,
	ownerId: number,
	access: DocumentAccess | null,
	deps: FilesDeps,
	mayDelete: (uploadedBy: number | null) => boolean = () => false,
	viewer: MaybeActor = null
): Promise<DocumentGroupDto[]> {
	if (!access) return [];
	const audiences = (['members', 'partners'] as const).filter((a) => access[a]);
	const rows = await q.listDocumentRows(deps.db, ownerType, ownerId, audiences);
	const groups = new Map<string, DocumentGroupDto>();
	for (const row of rows) {
		const version: DocumentVersionDto = {
			id: row.id,
			version: row.version,
			fileName: row.file_name,
			url: documentUrl(row.id, row.file_name),
			contentType: row.content_type,
			sizeBytes: row.size_bytes,
			audience: row.audience,
			// the uploader is named only to readers who may see their profile (the people directory's rule)
			uploadedBy:
				row.uploaded_by !== null &&
				canSee(viewer, { id: row.uploaded_by, visibility: row.uploader_visibility, hidden_at: row.uploader_hidden_at }, 'profile')
					? row.uploader_name
					: null,
			uploaderId: row.uploaded_by,
			mayDelete: mayDelete(row.uploaded_by),
			createdAt: row.created_at
		};
		// Rows come newest version first within a title: the first seen is the current one.
		const key = row.title.toLowerCase();
		const group = groups.get(key);
		if (group) group.older.push(version);
		else groups.set(key, { title: row.title, current: version, older: [] });
	}
	return [...groups.values()];
}

/** Access and list in one call, with what the viewer may delete: [] for a viewer who may not see the owner. */
export async function documentsFor(
	actor: MaybeActor,
	ownerType: DocumentOwnerType,
	ownerId: number,
	deps: FilesDeps
): Promise<DocumentGroupDto[]> {
	const owner = await q.findOwnerFacts(deps.db, ownerType, ownerId, actor?.id ?? null);
	if (!owner) return [];
	const mayDelete = (uploadedBy: number | null) => documentPolicy.delete(actor, { owner, uploadedBy });
	return listDocuments(ownerType, ownerId, documentAccess(actor, owner), deps, mayDelete, actor);
}

/** A title from a file name: "Program wizyty v2.pdf" → "Program wizyty v2". */
function titleFromFileName(name: string): string {
	const base = name.split(/[/\\]/).pop() ?? '';
	const dot = base.lastIndexOf('.');
	return (dot > 0 ? base.slice(0, dot) : base)
		.replace(/[\u0000-\u001F\u007F]/g, '')
		.replace(/\s+/g, ' ')
		.trim()
		.slice(0, 200);
}

export interface UploadDocumentInput {
	ownerType: DocumentOwnerType;
	ownerId: number;
	title?: unknown;
	audience?: unknown;
	file: UploadedFile | null;
}

/**
 * Stores a file for an event or a project. Refused with a message on the field, and nothing
 * stored, when the file is missing, empty, over the limit or not a type we accept (by its
 * bytes). The same title as an existing document (ignoring case) adds its next version.
 */
export async function uploadDocument(
	actor: MaybeActor,
	input: UploadDocumentInput,
	deps: FilesDeps
): Promise<{ id: number; title: string; version: number; name: string }> {
	authorize(actor, documentPolicy, 'signedIn');
	const ownerId = ownerIdOf(input.ownerId);
	authorize(actor, documentPolicy, 'upload', await ownerFacts(actor, input.ownerType, ownerId, deps));
	const fields = validate(uploadDocumentSchema, { title: input.title, audience: input.audience });
	// event materials and group files follow their owner; projects choose an audience
	const audience: Audience = input.ownerType === 'project' ? fields.audience : 'members';
	const file = input.file;
	if (!file || (file.size === 0 && !file.name)) throw invalid({ file: { key: 'attachment_file_required' } });
	if (file.size > MAX_FILE_BYTES) throw invalid({ file: { key: 'attachment_file_too_large', params: { max: MAX_FILE_MB } } });
	const bytes = new Uint8Array(await file.arrayBuffer());
	if (bytes.length === 0) throw invalid({ file: { key: 'attachment_file_empty' } });
	if (bytes.length > MAX_FILE_BYTES) throw invalid({ file: { key: 'attachment_file_too_large', params: { max: MAX_FILE_MB } } });
	const type = detectFileType(bytes, file.name);
	if (!type) throw invalid({ file: { key: 'attachment_file_type' } });
	const fileName = cleanFileName(file.name, type.extension);
	const wanted = fields.title || titleFromFileName(fileName) || fileName;

	const pending = await writeUpload(uploadsDirOf(deps), bytes);
	try {
		const result = await deps.db.transaction().execute(async (trx) => {
			await q.lockOwnerDocuments(trx, input.ownerType, ownerId);
			if ((await q.countDocuments(trx, input.ownerType, ownerId)) >= MAX_DOCUMENTS) {
				throw invalid({ file: { key: 'documents_error_too_many', params: { max: MAX_DOCUMENTS } } });
			}
			const latest = await q.findLatestVersion(trx, input.ownerType, ownerId, wanted);
			const title = latest?.title ?? wanted;
			const version = (latest?.version ?? 0) + 1;
			const id = await q.insertDocument(trx, {
				ownerType: input.ownerType,
				ownerId,
				title,
				version,
				fileName,
				contentType: type.mime,
				sizeBytes: bytes.length,
				storageKey: pending.key,
				audience,
				uploadedBy: actor.id
			});
			await insertAudit(trx, {
				actorId: actor.id,
				action: 'document.upload',
				subjectType: input.ownerType,
				subjectId: ownerId,
				details: { documentId: id, title, version, name: fileName, audience, sizeBytes: bytes.length }
			});
			// Last step: if the commit fails after this, the catch below removes the file again.
			await pending.commit();
			return { id, title, version, name: fileName };
		});
		return result;
	} catch (error) {
		await pending.discard();
		throw error;
	}
}

/**
 * Deletes one version (form values `document_id`, `confirm=yes`); its file leaves the disk after the row.
 * The owner's managers delete any version; in a working group, members delete the ones they uploaded.
 */
export async function deleteDocument(
	actor: MaybeActor,
	input: { ownerType: DocumentOwnerType; ownerId: number; values: Record<string, unknown> },
	deps: FilesDeps
): Promise<{ title: string; version: number }> {
	authorize(actor, documentPolicy, 'signedIn');
	const ownerId = ownerIdOf(input.ownerId);
	const owner = await ownerFacts(actor, input.ownerType, ownerId, deps);
	authorize(actor, documentPolicy, 'deleteSome', owner);
	const { document_id } = validate(deleteDocumentSchema, input.values);
	const removed = await deps.db.transaction().execute(async (trx) => {
		const found = await q.findDocument(trx, document_id);
		// An id from another owner is as missing as one that never existed.
		if (!found || found.owner_type !== input.ownerType || found.owner_id !== ownerId) throw notFound();
		authorize(actor, documentPolicy, 'delete', { owner, uploadedBy: found.uploaded_by });
		await q.deleteDocumentRow(trx, found.id);
		await insertAudit(trx, {
			actorId: actor.id,
			action: 'document.delete',
			subjectType: input.ownerType,
			subjectId: ownerId,
			details: { documentId: found.id, title: found.title, version: found.version, name: found.file_name }
		});
		return found;
	});
	await removeUpload(uploadsDirOf(deps), removed.storage_key);
	return { title: removed.title, version: removed.version };
}

/** The bytes and headers of document `id`, if the actor may read it; anything else is a 404. */
export async function openDocument(actor: MaybeActor, id: unknown, deps: FilesDeps): Promise<Download> {
	const documentId = Number(id);
	if (!Number.isSafeInteger(documentId) || documentId <= 0) throw notFound();
	const row = await q.findDocument(deps.db, documentId);
	if (!row) throw notFound();
	const owner = await ownerFacts(actor, row.owner_type, row.owner_id, deps);
	authorize(actor, documentPolicy, 'read', { owner, audience: row.audience });
	const stored = await readUpload(uploadsDirOf(deps), row.storage_key);
	if (!stored) {
		console.error(`Document ${row.id}: stored file ${row.storage_key} is missing`);
		throw notFound();
	}
	const shared = row.audience === 'members' && isPublicDocument(owner);
	return {
		body: stored.body,
		headers: downloadHeaders({ name: row.file_name, contentType: row.content_type, size: stored.size, modified: row.created_at }, shared)
	};
}
