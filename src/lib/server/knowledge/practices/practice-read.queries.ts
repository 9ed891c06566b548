/** Reading one practice and the things around it, for its pages and for writes that start from it. */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db';
import { TEXT_FIELD_NAMES } from './practice-fields';
import type { PracticeOrganisationInput, PracticeSnapshot, PracticeTexts } from './practices.schemas';

type Db = Kysely<DB> | Transaction<DB>;

/** The practice row with its city and whether `viewerId` belongs to one of its organisations. */
export function findPracticeBySlug(db: Db, slug: string, viewerId: number | null) {
	return db
		.selectFrom('practices as p')
		.innerJoin('cities as c', 'c.id', 'p.city_id')
		.select((eb) => [
			'p.id',
			'p.slug',
			'p.city_id',
			'p.status',
			'p.visibility',
			'p.original_language',
			sql<string | null>`to_char(p.period_start, 'YYYY-MM-DD')`.as('period_start'),
			sql<string | null>`to_char(p.period_end, 'YYYY-MM-DD')`.as('period_end'),
			'p.funding',
			'p.outcomes',
			'p.links',
			'p.cover_attachment_id',
			'p.published_at',
			'p.revision',
			'p.created_by',
			'p.created_at',
			'p.updated_at',
			'c.slug as city_slug',
			'c.name as city_name',
			'c.name_en as city_name_en',
			eb
				.exists(
					eb
						.selectFrom('practice_organisations as po')
						.innerJoin('organisation_members as om', 'om.organisation_id', 'po.organisation_id')
						.select(eb.lit(1).as('one'))
						.whereRef('po.practice_id', '=', 'p.id')
						.where('om.person_id', '=', viewerId ?? -1)
				)
				.as('viewer_in_organisation')
		])
		.where('p.slug', '=', slug)
		.executeTakeFirst();
}

export type PracticeRow = NonNullable<Awaited<ReturnType<typeof findPracticeBySlug>>>;

/** Takes the practice's row lock so that revisions are numbered one after another. */
export function lockPractice(db: Db, id: number) {
	return db.selectFrom('practices').select(['id', 'revision']).where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
}

export function listTexts(db: Db, practiceId: number) {
	return db
		.selectFrom('practice_texts')
		.select(['language', 'is_original', ...TEXT_FIELD_NAMES, 'updated_at'])
		.where('practice_id', '=', practiceId)
		.orderBy('is_original', 'desc')
		.orderBy('language')
		.execute();
}

export function listPracticeAreaIds(db: Db, practiceId: number) {
	return db.selectFrom('practice_areas').select('area_id').where('practice_id', '=', practiceId).orderBy('area_id').execute();
}

export function listPracticeOrganisationRows(db: Db, practiceId: number) {
	return db
		.selectFrom('practice_organisations')
		.select(['organisation_id', 'name'])
		.where('practice_id', '=', practiceId)
		.orderBy('id')
		.execute();
}

export function listPracticeContactIds(db: Db, practiceId: number) {
	return db.selectFrom('practice_contacts').select('person_id').where('practice_id', '=', practiceId).orderBy('person_id').execute();
}

/** The practice as it is now, in the shape revisions keep. */
export async function loadSnapshot(db: Db, practice: PracticeRow): Promise<PracticeSnapshot> {
	const [texts, areas, orgs, contacts] = await Promise.all([
		listTexts(db, practice.id),
		listPracticeAreaIds(db, practice.id),
		listPracticeOrganisationRows(db, practice.id),
		listPracticeContactIds(db, practice.id)
	]);
	const textMap: Record<string, PracticeTexts> = {};
	for (const t of texts) {
		textMap[t.language] = Object.fromEntries(TEXT_FIELD_NAMES.map((f) => [f, t[f]])) as PracticeTexts;
	}
	return {
		cityId: practice.city_id,
		status: practice.status,
		visibility: practice.visibility,
		originalLanguage: practice.original_language,
		periodStart: practice.period_start,
		periodEnd: practice.period_end,
		funding: practice.funding,
		outcomes: practice.outcomes,
		links: practice.links,
		areaIds: areas.map((a) => a.area_id),
		organisations: orgs.map((o): PracticeOrganisationInput =>
			o.organisation_id !== null ? { organisationId: o.organisation_id } : { name: o.name ?? '' }
		),
		contactIds: contacts.map((c) => c.person_id),
		texts: textMap,
		published: practice.published_at !== null
	};
}

/** Names and links for the ids a snapshot holds (current practice or a past revision). */
export function findCity(db: Db, id: number) {
	return db.selectFrom('cities').select(['id', 'slug', 'name', 'name_en']).where('id', '=', id).executeTakeFirst();
}

export function findAreas(db: Db, ids: number[], locale: string) {
	if (!ids.length) return Promise.resolve([]);
	return db
		.selectFrom('areas as a')
		.leftJoin('area_names as n', (join) => join.onRef('n.area_id', '=', 'a.id').on('n.locale', '=', locale))
		.leftJoin('area_names as en', (join) => join.onRef('en.area_id', '=', 'a.id').on('en.locale', '=', 'en'))
		.select((eb) => ['a.id', 'a.key', eb.fn.coalesce('n.name', 'en.name', 'a.key').as('name')])
		.where('a.id', 'in', ids)
		.orderBy('a.position')
		.execute();
}

export function findOrganisations(db: Db, ids: number[]) {
	if (!ids.length) return Promise.resolve([]);
	return db.selectFrom('organisations').select(['id', 'slug', 'name', 'member_since']).where('id', 'in', ids).execute();
}

export function findPeople(db: Db, ids: number[]) {
	if (!ids.length) return Promise.resolve([]);
	return db
		.selectFrom('people')
		.select(['id', 'handle', 'name', 'visibility', 'hidden_at'])
		.where('id', 'in', ids)
		.orderBy('name')
		.execute();
}

export function findPeopleByHandles(db: Db, handles: string[]) {
	if (!handles.length) return Promise.resolve([]);
	return db.selectFrom('people').select(['id', 'handle', 'visibility', 'hidden_at']).where('handle', 'in', handles).execute();
}

export function listAttachments(db: Db, practiceId: number) {
	return db
		.selectFrom('practice_attachments')
		.select(['id', 'file_name', 'content_type', 'size_bytes', 'alt_text'])
		.where('practice_id', '=', practiceId)
		.orderBy('created_at')
		.orderBy('id')
		.execute();
}

/** For the notification registry: titles in the locale (else the original's, else the slug) and slugs. */
export function listPracticeTitles(db: Db, ids: number[], locale: string) {
	if (ids.length === 0) return Promise.resolve([]);
	return db
		.selectFrom('practices as p')
		.select([
			'p.id',
			'p.slug',
			sql<string>`coalesce((select t.title from practice_texts t where t.practice_id = p.id and t.language = ${locale}),
				(select t.title from practice_texts t where t.practice_id = p.id and t.is_original), p.slug)`.as('title')
		])
		.where('p.id', 'in', ids)
		.execute();
}

/** For the notification registry: what deciding whether `viewerId` may follow a practice needs. */
export function findPracticeAccessById(db: Db, id: number, viewerId: number) {
	return db
		.selectFrom('practices as p')
		.select((eb) => [
			'p.published_at',
			'p.visibility',
			'p.created_by',
			eb
				.exists(
					eb
						.selectFrom('practice_organisations as po')
						.innerJoin('organisation_members as om', 'om.organisation_id', 'po.organisation_id')
						.select(eb.lit(1).as('one'))
						.whereRef('po.practice_id', '=', 'p.id')
						.where('om.person_id', '=', viewerId)
				)
				.as('viewer_in_organisation')
		])
		.where('p.id', '=', id)
		.executeTakeFirst();
}

export async function findPracticeIdBySlug(db: Db, slug: string): Promise<number | undefined> {
	return (await db.selectFrom('practices').select('id').where('slug', '=', slug).executeTakeFirst())?.id;
}
