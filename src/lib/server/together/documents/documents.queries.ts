import { sql, type ExpressionBuilder, type Kysely, type Transaction } from 'kysely';
import type { Audience, DB, DocumentOwnerType } from '../../platform/db';
import type { OwnerFacts } from './documents.policy';
import { findGroupWithStanding } from '../groups';

type Db = Kysely<DB> | Transaction<DB>;

/**
 * The owner's visibility and the viewer's place in it, or undefined when the owner is gone.
 * Event ties as the events domain counts them (the host organisation's people, the creator); a
 * project partner or lead is someone in a partner (lead) organisation now (as for project updates).
 */
export async function findOwnerFacts(
	db: Db,
	type: DocumentOwnerType,
	ownerId: number,
	viewerId: number | null
): Promise<OwnerFacts | undefined> {
	if (type === 'event') {
		const row = await db
			.selectFrom('events as e')
			.select((eb) => [
				'e.visibility',
				'e.created_by',
				viewerId === null
					? eb.val(false).as('host')
					: eb
							.exists(
								eb
									.selectFrom('organisation_members as om')
									.select(eb.lit(1).as('one'))
									.whereRef('om.organisation_id', '=', 'e.host_organisation_id')
									.where('om.person_id', '=', viewerId)
							)
							.as('host')
			])
			.where('e.id', '=', ownerId)
			.executeTakeFirst();
		return (
			row && {
				type,
				visibility: row.visibility,
				ties: { belongsToHost: Boolean(row.host), isCreator: viewerId !== null && row.created_by === viewerId }
			}
		);
	}
	if (type === 'group') {
		const found = await findGroupWithStanding(db, { id: ownerId }, viewerId);
		return found && { type, kind: found.group.kind, standing: found.standing };
	}
	const partnerOf = (eb: ExpressionBuilder<DB & { p: DB['projects'] }, 'p'>, lead: boolean) => {
		let query = eb
			.selectFrom('project_partners as pp')
			.innerJoin('organisation_members as om', 'om.organisation_id', 'pp.organisation_id')
			.select(eb.lit(1).as('one'))
			.whereRef('pp.project_id', '=', 'p.id')
			.where('om.person_id', '=', viewerId ?? 0);
		if (lead) query = query.where('pp.role', '=', 'lead');
		return viewerId === null ? eb.val(false) : eb.exists(query);
	};
	const row = await db
		.selectFrom('projects as p')
		.select((eb) => ['p.visibility', partnerOf(eb, false).as('partner'), partnerOf(eb, true).as('lead')])
		.where('p.id', '=', ownerId)
		.executeTakeFirst();
	return row && { type, visibility: row.visibility, standing: { partner: Boolean(row.partner), lead: Boolean(row.lead) } };
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
			'u.name as uploader_name',
			'u.visibility as uploader_visibility',
			'u.hidden_at as uploader_hidden_at'
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
		.select([
			'id',
			'owner_type',
			'owner_id',
			'title',
			'version',
			'file_name',
			'content_type',
			'size_bytes',
			'storage_key',
			'audience',
			'uploaded_by',
			'created_at'
		])
		.where('id', '=', documentId)
		.executeTakeFirst();
}

export async function deleteDocumentRow(trx: Db, documentId: number): Promise<void> {
	await trx.deleteFrom('documents').where('id', '=', documentId).execute();
}
