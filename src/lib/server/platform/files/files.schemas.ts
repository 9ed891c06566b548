import { z } from 'zod';
import { optionalText } from '../core';
import type { FileKind } from './detect';

/** Largest file a person may attach. BODY_SIZE_LIMIT (12M, scripts/start.js) leaves room for the form. */
export const MAX_FILE_MB = 10;
export const MAX_FILE_BYTES = MAX_FILE_MB * 1024 * 1024;
/** Enough for a practice's reports and photos; more is a sign of a mistake or abuse. */
export const MAX_ATTACHMENTS = 40;
export const ALT_MAX = 300;
export const DESCRIPTION_MAX = 500;

/** What a browser form or a test hands over as the file (a web File fits). */
export interface UploadedFile {
	name: string;
	size: number;
	arrayBuffer(): Promise<ArrayBuffer>;
}

export const uploadFieldsSchema = z.object({
	alt_text: optionalText(ALT_MAX),
	description: optionalText(DESCRIPTION_MAX)
});

const attachmentId = z.coerce.number({ error: 'error_invalid' }).int('error_invalid').positive('error_invalid');

export const attachmentActionSchema = z.object({ attachment_id: attachmentId });

/** Deleting cannot be undone, and without JavaScript there is no dialog: a ticked box confirms it. */
export const deleteAttachmentSchema = z.object({
	attachment_id: attachmentId,
	confirm: z.literal('yes', { error: 'attachment_delete_confirm_required' })
});

export interface AttachmentDto {
	id: number;
	name: string;
	/** Download address: /files/<id>/<name>. */
	url: string;
	contentType: string;
	kind: FileKind | 'other';
	sizeBytes: number;
	/** Images only; required for them. */
	altText: string | null;
	description: string;
	isCover: boolean;
	uploadedBy: string | null;
	createdAt: Date;
}

export interface AttachmentsPage {
	practice: { slug: string; title: string; titleLanguage: string };
	attachments: AttachmentDto[];
	maxFileMb: number;
	maxAttachments: number;
}

/** What the download route needs to answer: the bytes and the headers that make them safe. */
export interface Download {
	body: ReadableStream<Uint8Array>;
	headers: Record<string, string>;
}
