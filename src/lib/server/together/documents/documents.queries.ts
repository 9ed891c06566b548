import { sql, type Kysely, type Transaction } from 'kysely';
import type { Audience, DB, DocumentOwnerType } from '../../platform/db';
import type { OwnerFacts } from './documents.policy';
import { findGroupWithStanding } from '../groups/group-access.queries';

type Db = Kysely<DB> | Transaction<DB>;

/**
 * The owner's visibility and the viewer's place in it, or undefined when the owner is gone.
 * A project partner is someone in a partner organisation now (as for project updates).
 */
export async function findOwnerFacts(db: Db, type: DocumentOwnerType, ownerId: number, viewerId: number | null): Promise<OwnerFacts | undefined> {
	if (type === 'event') {
		const row = await db.selectFrom('events').select('visibility').where('id', '=', ownerId).executeTakeFirst();
		return row && { type, visibility: row.visibility };
	}
	if (type === 'group') {
		const found = await findGroupWithStanding(db, { id: ownerId }, viewerId);
		return found && { type, kind: found.group.kind, standing: found.standing };
	}
	const row = await db
		.selectFrom('projects as p')
		.select((eb) => [
			'p.visibility',
			viewerId === null
				? eb.val(false).as('partner')
				: eb
						.exists(
							eb
								.selectFrom('project_partners as pp')
								.innerJoin('organisation_members as om', 'om.organisation_id', 'pp.organisation_id')
								.select(eb.lit(1).as('one'))
								.whereRef('pp.project_id', '=', 'p.id')
								.where('om.person_id', '=', viewerId)
						)
						.as('partner')
		])
		.where('p.id', '=', ownerId)
		.executeTakeFirst();
	return row && { type, visibility: row.visibility, viewerIsPartner: Boolean(row.partner) };
}

/**
 * Serialises uploads to one owner until the transaction ends, so two people uploading the same
 * title at once get versions n and n+1 rather than a unique-key error.
 */
export async function lockOwnerDocuments(trx: Transaction<DB>, type: DocumentOwnerType, ownerId: number): Promise<void> {
	await sql`select pg_advisory_xact_lock(hashtext(${`documents:${type}`}), ${ownerId})`.execute(trx);
}

/** The newest version of a title (compared without case), with the spelling it was stored under. */
export function findLatestVersion(db: Db, type: DocumentOwnerType, ownerId: number, title: string) {
	return db
		.selectFrom('documents')
		.select(['title', 'version'])
		.where('owner_type', '=', type)
		.where('owner_id', '=', ownerId)
		.where(sql<string>`lower(title)`, '=', title.toLowerCase())
		.orderBy('version', 'desc')
		.limit(1)
		.executeTakeFirst();
}

export async function countDocuments(db: Db, type: DocumentOwnerType, ownerId: number): Promise<number> {
	const row = await db
		.selectFrom('documents')
		.select((eb) => eb.fn.countAll<string>().as('n'))
		.where('owner_type', '=', type)
		.where('owner_id', '=', ownerId)
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

export interface NewDocument {
	ownerType: DocumentOwnerType;
	ownerId: number;
	title: string;
	version: number;
	fileName: string;
	contentType: string;
	sizeBytes: number;
	storageKey: string;
	audience: Audience;
	uploadedBy: number | null;
}

export async function insertDocument(trx: Db, row: NewDocument): Promise<number> {
	const inserted = await trx
		.insertInto('documents')
		.values({
			owner_type: row.ownerType,
			owner_id: row.ownerId,
			title: row.title,
			version: row.version,
			file_name: row.fileName,
			content_type: row.contentType,
			size_bytes: row.sizeBytes,
			storage_key: row.storageKey,
			audience: row.audience,
			uploaded_by: row.uploadedBy
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	return inserted.id;
}

/** The owner's documents in the given audiences: by title, newest version first. */
export function listDocumentRows(db: Db, type: DocumentOwnerType, ownerId: number, audiences: Audience[]) {
	if (audiences.length === 0) return Promise.resolve([]);
	return db
		.selectFrom('documents as d')
		.leftJoin('people as u', 'u.id', 'd.uploaded_by')
		.select([
			'd.id',
			'd.title',
			'd.version',
			'd.file_name',
			'd.content_type',
			'd.size_bytes',
			'd.audience',
			'd.created_at',
			'd.uploaded_by',
			'u.name as uploader_name'
		])
		.where('d.owner_type', '=', type)
		.where('d.owner_id', '=', ownerId)
		.where('d.audience', 'in', audiences)
		.orderBy(sql`lower(d.title)`)
		.orderBy('d.version', 'desc')
		.execute();
}

export function findDocument(db: Db, documentId: number) {
	return db
		.selectFrom('documents')
		.select(['id', 'owner_type', 'owner_id', 'title', 'version', 'file_name', 'content_type', 'size_bytes', 'storage_key', 'audience', 'uploaded_by', 'created_at'])
		.where('id', '=', documentId)
		.executeTakeFirst();
}

export async function deleteDocumentRow(trx: Db, documentId: number): Promise<void> {
	await trx.deleteFrom('documents').where('id', '=', documentId).execute();
}
