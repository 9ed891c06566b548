/** Tables of the knowledge base: thematic areas, practices, transfers, and the search index. */
import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, Json, NullableTimestamp, TextArray, Timestamp } from './columns';

export interface AreasTable {
	id: Generated<number>;
	key: string;
	position: Generated<number>;
	created_at: CreatedAt;
}

export interface AreaNamesTable {
	area_id: number;
	locale: string;
	name: string;
}

export type PracticeStatus = 'idea' | 'ongoing' | 'completed' | 'abandoned';
export type ContentVisibility = 'public' | 'members';
export type FundingSource = 'eu' | 'national' | 'regional' | 'municipal' | 'private' | 'other';
export interface FundingItem {
	source: FundingSource;
	/** Integer minor units (cents, grosze); null when unknown. */
	amount_minor: number | null;
	currency: string | null;
	note: string;
}
export interface Outcome {
	indicator: string;
	before: number | null;
	after: number | null;
	unit: string;
	year: number | null;
}
export interface PracticeLink {
	url: string;
	title: string;
}

export interface PracticesTable {
	id: Generated<number>;
	slug: string;
	city_id: number;
	status: ColumnType<PracticeStatus, PracticeStatus | undefined, PracticeStatus>;
	visibility: ColumnType<ContentVisibility, ContentVisibility | undefined, ContentVisibility>;
	original_language: string;
	period_start: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
	period_end: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
	funding: Json<FundingItem[]>;
	outcomes: Json<Outcome[]>;
	links: Json<PracticeLink[]>;
	cover_attachment_id: number | null;
	published_at: NullableTimestamp;
	revision: Generated<number>;
	is_demo: Generated<boolean>;
	created_by: number | null;
	updated_by: number | null;
	created_at: CreatedAt;
	updated_at: Timestamp;
}

/** The translatable text fields of a practice. */
export const PRACTICE_TEXT_FIELDS = [
	'title',
	'summary',
	'context',
	'approach',
	'actors',
	'funding_notes',
	'results',
	'failures',
	'transfer_conditions'
] as const;
export type PracticeTextField = (typeof PRACTICE_TEXT_FIELDS)[number];

export interface PracticeTextsTable {
	practice_id: number;
	language: string;
	is_original: Generated<boolean>;
	title: string;
	summary: Generated<string>;
	context: Generated<string>;
	approach: Generated<string>;
	actors: Generated<string>;
	funding_notes: Generated<string>;
	results: Generated<string>;
	failures: Generated<string>;
	transfer_conditions: Generated<string>;
	translated_by: number | null;
	created_at: CreatedAt;
	updated_at: Timestamp;
}

export interface PracticeAreasTable {
	practice_id: number;
	area_id: number;
}

export interface PracticeOrganisationsTable {
	id: Generated<number>;
	practice_id: number;
	organisation_id: number | null;
	name: string | null;
}

export interface PracticeContactsTable {
	practice_id: number;
	person_id: number;
}

export interface PracticeRevisionsTable {
	id: Generated<number>;
	practice_id: number;
	number: number;
	author_id: number | null;
	changed: ColumnType<string[], string[] | undefined, string[]>;
	snapshot: Json<Record<string, unknown>>;
	created_at: CreatedAt;
}

export interface PracticeAttachmentsTable {
	id: Generated<number>;
	practice_id: number;
	file_name: string;
	content_type: string;
	size_bytes: number;
	storage_key: string;
	alt_text: string | null;
	/** What the file is, shown beside its link (0004-attachments). */
	description: Generated<string>;
	uploaded_by: number | null;
	created_at: CreatedAt;
}

export type LearningKind = 'want_to_learn' | 'tried_too';

export interface PracticeLearningTable {
	practice_id: number;
	person_id: number;
	kind: LearningKind;
	comment: Generated<string>;
	created_at: CreatedAt;
}

export type TransferStage = 'understand' | 'adapt' | 'reuse';

export interface TransfersTable {
	id: Generated<number>;
	practice_id: number;
	city_id: number;
	organisation_id: number | null;
	stage: ColumnType<TransferStage, TransferStage | undefined, TransferStage>;
	created_by: number | null;
	created_at: CreatedAt;
	updated_at: Timestamp;
}

export interface TransferNotesTable {
	id: Generated<number>;
	transfer_id: number;
	stage: TransferStage;
	noted_on: ColumnType<Date, Date | string, Date | string>;
	note: string;
	author_id: number | null;
	created_at: CreatedAt;
}

export interface TransferPeopleTable {
	transfer_id: number;
	person_id: number;
}

// ---- search (0003-search, 0005-search-words) ----

export type SearchDocumentType = 'practice' | 'organisation' | 'person' | 'city' | 'event' | 'call' | 'project' | 'challenge';

export interface SearchDocumentsTable {
	type: SearchDocumentType;
	source_id: number;
	key: string;
	language: string | null;
	languages: TextArray;
	visibility: ContentVisibility;
	title: string;
	body: Generated<string>;
	translations: Json<Record<string, { title: string; body: string }>>;
	city_id: number | null;
	city_name: string | null;
	country_code: string | null;
	industries: TextArray;
	population: number | null;
	size_band: string | null;
	area_ids: ColumnType<number[], number[] | undefined, number[]>;
	org_types: TextArray;
	status: string | null;
	year: number | null;
	published_at: NullableTimestamp;
	source_updated_at: NullableTimestamp;
	/** Written as a tsvector literal built by the application (see search/lemmatize.ts). */
	tsv: ColumnType<string, string, string>;
	updated_at: Timestamp;
}

/** Every indexed word of 5+ letters, folded: where the typo fallback finds what was meant. */
export interface SearchWordsTable {
	word: string;
}

export interface KnowledgeTables {
	areas: AreasTable;
	area_names: AreaNamesTable;
	practices: PracticesTable;
	practice_texts: PracticeTextsTable;
	practice_areas: PracticeAreasTable;
	practice_organisations: PracticeOrganisationsTable;
	practice_contacts: PracticeContactsTable;
	practice_revisions: PracticeRevisionsTable;
	practice_attachments: PracticeAttachmentsTable;
	practice_learning: PracticeLearningTable;
	transfers: TransfersTable;
	transfer_notes: TransferNotesTable;
	transfer_people: TransferPeopleTable;
	search_documents: SearchDocumentsTable;
	search_words: SearchWordsTable;
}
