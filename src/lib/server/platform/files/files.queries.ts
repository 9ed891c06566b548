import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db';

type Db = Kysely<DB> | Transaction<DB>;

export interface PracticeForFiles {
	id: number;
	slug: string;
	publishedAt: Date | null;
	visibility: 'public' | 'members';
	createdBy: number | null;
	coverAttachmentId: number | null;
	originalLanguage: string;
	viewerInOrganisation: boolean;
}

/** Whether the viewer belongs to one of the practice's member organisations (for the policy). */
const inOrganisation = (viewerId: number | null) => (eb: import('kysely').ExpressionBuilder<DB & { p: DB['practices'] }, 'p'>) =>
	viewerId === null
		? eb.val(false)
		: eb.exists(
				eb
					.selectFrom('practice_organisations as po')
					.innerJoin('organisation_members as om', 'om.organisation_id', 'po.organisation_id')
					.select(eb.lit(1).as('one'))
					.whereRef('po.practice_id', '=', 'p.id')
					.where('om.person_id', '=', viewerId)
			);

export async function findPracticeForFiles(db: Db, slug: string, viewerId: number | null): Promise<PracticeForFiles | undefined> {
	const row = await db
		.selectFrom('practices as p')
		.select((eb) => [
			'p.id',
			'p.slug',
			'p.published_at',
			'p.visibility',
			'p.created_by',
			'p.cover_attachment_id',
			'p.original_language',
			inOrganisation(viewerId)(eb).as('in_org')
		])
		.where('p.slug', '=', slug)
		.executeTakeFirst();
	if (!row) return undefined;
	return {
		id: row.id,
		slug: row.slug,
		publishedAt: row.published_at,
		visibility: row.visibility,
		createdBy: row.created_by,
		coverAttachmentId: row.cover_attachment_id,
		originalLanguage: row.original_language,
		viewerInOrganisation: Boolean(row.in_org)
	};
}

/** The practice's titles by language, to name it on the attachments page. */
export function listPracticeTitles(db: Db, practiceId: number) {
	return db.selectFrom('practice_texts').select(['language', 'title', 'is_original']).where('practice_id', '=', practiceId).execute();
}

export function listAttachmentRows(db: Db, practiceId: number) {
	return db
		.selectFrom('practice_attachments as a')
		.leftJoin('people as u', 'u.id', 'a.uploaded_by')
		.select([
			'a.id',
			'a.file_name',
			'a.content_type',
			'a.size_bytes',
			'a.alt_text',
			'a.description',
			'a.created_at',
			'u.name as uploader_name'
		])
		.where('a.practice_id', '=', practiceId)
		.orderBy('a.created_at')
		.orderBy('a.id')
		.execute();
}

export async function countAttachments(db: Db, practiceId: number): Promise<number> {
	const row = await db
		.selectFrom('practice_attachments')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('practice_id', '=', practiceId)
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

export interface NewAttachment {
	practiceId: number;
	fileName: string;
	contentType: string;
	sizeBytes: number;
	storageKey: string;
	altText: string | null;
	description: string;
	uploadedBy: number;
}

export async function insertAttachment(trx: Db, row: NewAttachment): Promise<number> {
	const inserted = await trx
		.insertInto('practice_attachments')
		.values({
			practice_id: row.practiceId,
			file_name: row.fileName,
			content_type: row.contentType,
			size_bytes: row.sizeBytes,
			storage_key: row.storageKey,
			alt_text: row.altText,
			description: row.description,
			uploaded_by: row.uploadedBy
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	return inserted.id;
}

/** One attachment of one practice (both must match, so an id from another practice is missing). */
export function findAttachmentOf(db: Db, practiceId: number, attachmentId: number) {
	return db
		.selectFrom('practice_attachments')
		.select(['id', 'file_name', 'content_type', 'storage_key'])
		.where('practice_id', '=', practiceId)
		.where('id', '=', attachmentId)
		.executeTakeFirst();
}

export async function deleteAttachmentRow(trx: Db, attachmentId: number): Promise<void> {
	await trx.deleteFrom('practice_attachments').where('id', '=', attachmentId).execute();
}

export async function setCoverAttachment(trx: Db, practiceId: number, attachmentId: number | null): Promise<void> {
	await trx.updateTable('practices').set({ cover_attachment_id: attachmentId }).where('id', '=', practiceId).execute();
}

/** An attachment with what the visibility rules need to know about its practice and the viewer. */
export async function findAttachmentForDownload(db: Db, attachmentId: number, viewerId: number | null) {
	const row = await db
		.selectFrom('practice_attachments as a')
		.innerJoin('practices as p', 'p.id', 'a.practice_id')
		.select((eb) => [
			'a.id',
			'a.file_name',
			'a.content_type',
			'a.size_bytes',
			'a.storage_key',
			'a.created_at',
			'p.published_at',
			'p.visibility',
			'p.created_by',
			inOrganisation(viewerId)(eb).as('in_org')
		])
		.where('a.id', '=', attachmentId)
		.executeTakeFirst();
	return row && { ...row, in_org: Boolean(row.in_org) };
}

/** Which of these storage keys belong to an attachment row. */
export async function existingStorageKeys(db: Db, keys: string[]): Promise<Set<string>> {
	if (!keys.length) return new Set();
	// every table that keeps files in the uploads folder
	const rows = await db
		.selectFrom('practice_attachments')
		.select('storage_key')
		.where('storage_key', 'in', keys)
		.unionAll(db.selectFrom('documents').select('storage_key').where('storage_key', 'in', keys))
		.execute();
	return new Set(rows.map((r) => r.storage_key));
}
