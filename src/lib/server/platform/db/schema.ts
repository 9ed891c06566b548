/** Kysely's view of the tables; keep in step with migrations/. */
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { ActingTables } from './schema-acting';
import type { TogetherTables } from './schema-together';

export type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
export type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
// pg serialises objects to JSON itself; arrays must be passed as JSON.stringify(...)
export type Json<T> = ColumnType<T, T | string | undefined, T | string>;

export type Visibility = 'public' | 'members' | 'nobody';
export type ProfileVisibility = Partial<Record<string, Visibility>>;

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

export interface CitiesTable {
	id: Generated<number>;
	slug: string;
	name: string;
	name_en: string | null;
	country_code: string;
	region: string | null;
	latitude: number;
	longitude: number;
	population: number | null;
	industries: ColumnType<string[], string[] | undefined, string[]>;
	story: Generated<string>;
	is_demo: Generated<boolean>;
	created_at: CreatedAt;
	updated_at: Timestamp;
}

export type Role = 'person' | 'coordinator' | 'admin';

export interface PeopleTable {
	id: Generated<number>;
	handle: string;
	name: string;
	email: string;
	email_verified_at: NullableTimestamp;
	password_hash: string;
	role: ColumnType<Role, Role | undefined, Role>;
	locale: Generated<string>;
	city_id: number | null;
	bio: Generated<string>;
	languages: ColumnType<string[], string[] | undefined, string[]>;
	visibility: Json<ProfileVisibility>;
	member_since: NullableTimestamp;
	is_demo: Generated<boolean>;
	/** Set by moderators: the profile is shown to nobody but its owner, who sees why. */
	hidden_at: NullableTimestamp;
	hidden_reason: string | null;
	created_at: CreatedAt;
	updated_at: Timestamp;
}

export interface PersonAreasTable {
	person_id: number;
	area_id: number;
}

export interface SessionsTable {
	id: string;
	person_id: number;
	created_at: CreatedAt;
	expires_at: Date;
}

export type EmailTokenPurpose = 'verify_email' | 'reset_password' | 'change_email';

export interface EmailTokensTable {
	token_hash: string;
	person_id: number;
	purpose: EmailTokenPurpose;
	new_email: string | null;
	created_at: CreatedAt;
	expires_at: Date;
	used_at: NullableTimestamp;
}

export interface RateLimitHitsTable {
	id: Generated<string>;
	bucket: string;
	key: string;
	created_at: CreatedAt;
}

export type OutboxStatus = 'pending' | 'sent' | 'logged' | 'failed';

export interface OutboxTable {
	id: Generated<string>;
	to_address: string;
	subject: string;
	text_body: string;
	html_body: string | null;
	headers: Json<Record<string, string>>;
	status: ColumnType<OutboxStatus, OutboxStatus | undefined, OutboxStatus>;
	attempts: Generated<number>;
	last_error: string | null;
	next_attempt_at: Timestamp;
	created_at: CreatedAt;
	sent_at: NullableTimestamp;
}

export type OrganisationType =
	| 'local_government'
	| 'ngo'
	| 'public_institution'
	| 'informal_group'
	| 'research'
	| 'business';

export interface OrganisationsTable {
	id: Generated<number>;
	slug: string;
	name: string;
	type: OrganisationType;
	city_id: number;
	website: string | null;
	description: Generated<string>;
	member_since: NullableTimestamp;
	is_demo: Generated<boolean>;
	created_by: number | null;
	created_at: CreatedAt;
	updated_at: Timestamp;
}

export type OrganisationRole = 'admin' | 'member';

export interface OrganisationMembersTable {
	organisation_id: number;
	person_id: number;
	role: ColumnType<OrganisationRole, OrganisationRole | undefined, OrganisationRole>;
	created_at: CreatedAt;
}

export interface OrganisationInvitationsTable {
	id: Generated<number>;
	organisation_id: number;
	email: string;
	role: ColumnType<OrganisationRole, OrganisationRole | undefined, OrganisationRole>;
	token_hash: string;
	invited_by: number | null;
	created_at: CreatedAt;
	expires_at: Date;
	accepted_at: NullableTimestamp;
}

export type ApplicationStatus = 'pending' | 'approved' | 'declined';

export interface MembershipApplicationsTable {
	id: Generated<number>;
	organisation_id: number | null;
	applicant_id: number;
	motivation: string;
	contact_name: string;
	contact_email: string;
	offers: Generated<string>;
	seeks: Generated<string>;
	status: ColumnType<ApplicationStatus, ApplicationStatus | undefined, ApplicationStatus>;
	decision_message: string | null;
	decided_by: number | null;
	decided_at: NullableTimestamp;
	created_at: CreatedAt;
}

export interface AuditLogTable {
	id: Generated<string>;
	actor_id: number | null;
	action: string;
	subject_type: string;
	subject_id: string;
	details: Json<Record<string, unknown>>;
	created_at: CreatedAt;
}

export interface DB extends KnowledgeTables, SearchTables, EventTables, ActingTables, TogetherTables {
	areas: AreasTable;
	area_names: AreaNamesTable;
	cities: CitiesTable;
	people: PeopleTable;
	person_areas: PersonAreasTable;
	sessions: SessionsTable;
	email_tokens: EmailTokensTable;
	rate_limit_hits: RateLimitHitsTable;
	outbox: OutboxTable;
	organisations: OrganisationsTable;
	organisation_members: OrganisationMembersTable;
	organisation_invitations: OrganisationInvitationsTable;
	membership_applications: MembershipApplicationsTable;
	audit_log: AuditLogTable;
}

export type Person = Selectable<PeopleTable>;
export type NewPerson = Insertable<PeopleTable>;
export type PersonUpdate = Updateable<PeopleTable>;
export type City = Selectable<CitiesTable>;
export type Organisation = Selectable<OrganisationsTable>;

// ---- knowledge base (0002-practices) ----

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

export interface KnowledgeTables {
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
}

// ---- search (0003-search) ----

export type SearchDocumentType = 'practice' | 'organisation' | 'person' | 'city' | 'event' | 'call' | 'project' | 'challenge';
export type TextArray = ColumnType<string[], string[] | undefined, string[]>;

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

export interface SearchTables {
	search_documents: SearchDocumentsTable;
	search_words: SearchWordsTable;
}

// ---- events (0006-events) ----

export type EventType = 'meeting' | 'study_visit' | 'consultation' | 'workshop' | 'conference';
export type EventVisibility = 'public' | 'members';
export type RegistrationStatus = 'registered' | 'waitlisted' | 'cancelled';

export interface EventsTable {
	id: Generated<number>;
	slug: string;
	type: EventType;
	/** null only for a consultation asked by a person without an organisation. */
	host_organisation_id: number | null;
	city_id: number | null;
	title: string;
	description: Generated<string>;
	starts_at: Timestamp;
	ends_at: Timestamp;
	/** IANA zone the event happens in (times are stored in UTC). */
	time_zone: Generated<string>;
	online: Generated<boolean>;
	place: Generated<string>;
	/** Shown only to registered participants. */
	meeting_url: string | null;
	languages: TextArray;
	/** null: no limit. */
	capacity: number | null;
	registration_opens_at: NullableTimestamp;
	registration_closes_at: NullableTimestamp;
	visibility: ColumnType<EventVisibility, EventVisibility | undefined, EventVisibility>;
	/** Programme: [{ time: "09:30", title, place, speaker }], in the event's time zone. */
	agenda: Json<AgendaItem[]>;
	/** Which questions registrants answer: 'diet', 'accessibility', 'free' (free_question). */
	questions: TextArray;
	free_question: Generated<string>;
	/** Written after the event (Markdown). */
	notes: Generated<string>;
	cancelled_at: NullableTimestamp;
	created_by: number | null;
	created_at: CreatedAt;
	updated_at: Timestamp;
}

export interface AgendaItem {
	/** Local time "HH:MM" in the event's zone; a day number for events longer than a day. */
	time: string;
	day?: number;
	title: string;
	/** Place, or the site visited. */
	place: string;
	speaker: string;
}

export interface EventRegistrationsTable {
	id: Generated<number>;
	event_id: number;
	person_id: number;
	status: RegistrationStatus;
	/** Waitlist order: a sequence value, renewed when a cancelled person comes back. */
	position: Generated<number>;
	answers: Json<Record<string, string>>;
	promoted_at: NullableTimestamp;
	cancelled_at: NullableTimestamp;
	/** Marked by organisers after the event; null: not marked. */
	attended: boolean | null;
	/** When the day-before reminder was queued. */
	reminded_at: NullableTimestamp;
	created_at: CreatedAt;
	updated_at: Timestamp;
}

export interface EventTables {
	events: EventsTable;
	event_registrations: EventRegistrationsTable;
}
