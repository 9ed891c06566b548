import { z } from 'zod';
import type { Audience, DocumentOwnerType } from '../../platform/db';
import { oneOf, optionalText } from '../../platform/core';

export { MAX_FILE_BYTES, MAX_FILE_MB } from '../../platform/files';
export type { UploadedFile } from '../../platform/files';
export type { Audience, DocumentOwnerType };

/** An event's materials or a project's files: enough for years of work, not a file dump. */
export const MAX_DOCUMENTS = 200;
export const TITLE_MAX = 200;

export const AUDIENCES = ['members', 'partners'] as const satisfies readonly Audience[];

export const uploadDocumentSchema = z.object({
	/** Empty: the file's name without its extension. */
	title: optionalText(TITLE_MAX),
	audience: z.preprocess((v) => (v === undefined || v === '' ? 'members' : v), oneOf(AUDIENCES))
});

const documentId = z.coerce.number({ error: 'error_invalid' }).int('error_invalid').positive('error_invalid');

/** Deleting cannot be undone and needs no JavaScript: a ticked box confirms it. */
export const deleteDocumentSchema = z.object({
	document_id: documentId,
	confirm: z.literal('yes', { error: 'documents_delete_confirm_required' })
});

/** Which audiences of an owner's documents a viewer may read; null: not even the owner. */
export interface DocumentAccess {
	members: boolean;
	partners: boolean;
}

export interface DocumentVersionDto {
	id: number;
	version: number;
	fileName: string;
	/** Download address: /documents/<id>/<file name>. */
	url: string;
	contentType: string;
	sizeBytes: number;
	audience: Audience;
	uploadedBy: string | null;
	/** Who uploaded it (for owners whose uploaders may delete their own versions: groups). */
	uploaderId: number | null;
	/** Whether the viewer may delete this version (documents.policy.ts decides). */
	mayDelete: boolean;
	createdAt: Date;
}

/** One document: the newest version the viewer may read, then the older ones, newest first. */
export interface DocumentGroupDto {
	title: string;
	current: DocumentVersionDto;
	older: DocumentVersionDto[];
}
