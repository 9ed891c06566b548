/** Tables of 0007-acting-together: around events, study visits, consultations, calls, projects. */
import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, NullableTimestamp, TextArray, Timestamp } from './schema';

type DateOnly = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface EventAreasTable {
	event_id: number;
	area_id: number;
}

export interface EventPracticesTable {
	event_id: number;
	practice_id: number;
}

export interface EventMessagesTable {
	id: Generated<number>;
	event_id: number;
	sender_id: number | null;
	subject: string;
	body: string;
	recipients: number;
	created_at: CreatedAt;
}

export interface CalendarFeedsTable {
	person_id: number;
	/** SHA-256 (hex) of the secret token in the feed's address; the token itself is not stored. */
	token_hash: string;
	created_at: CreatedAt;
}

export type CostsPaidBy = 'host' | 'visitors' | 'shared' | 'programme';

export interface StudyVisitsTable {
	event_id: number;
	/** What can be seen: sites, in Markdown (linked practices are in event_practices). */
	sites: Generated<string>;
	costs: Generated<string>;
	costs_paid_by: ColumnType<CostsPaidBy, CostsPaidBy | undefined, CostsPaidBy>;
	applications_close_at: NullableTimestamp;
}

export type VisitApplicationStatus = 'pending' | 'accepted' | 'declined' | 'withdrawn';

export interface StudyVisitApplicationsTable {
	id: Generated<number>;
	event_id: number;
	person_id: number;
	organisation_id: number | null;
	motivation: string;
	status: ColumnType<VisitApplicationStatus, VisitApplicationStatus | undefined, VisitApplicationStatus>;
	decision_message: Generated<string>;
	decided_by: number | null;
	decided_at: NullableTimestamp;
	created_at: CreatedAt;
}

export interface StudyVisitTakeawaysTable {
	id: Generated<number>;
	event_id: number;
	person_id: number;
	note: string;
	practice_id: number | null;
	transfer_id: number | null;
	created_at: CreatedAt;
}

export type ConsultationStatus = 'open' | 'scheduled' | 'done' | 'withdrawn';

export interface ConsultationsTable {
	id: Generated<number>;
	slug: string;
	asker_id: number;
	organisation_id: number | null;
	city_id: number | null;
	title: string;
	problem: string;
	challenge_id: number | null;
	status: ColumnType<ConsultationStatus, ConsultationStatus | undefined, ConsultationStatus>;
	event_id: number | null;
	outcome: Generated<string>;
	created_at: CreatedAt;
	updated_at: Timestamp;
}

export interface ConsultationAreasTable {
	consultation_id: number;
	area_id: number;
}

export interface ConsultationOffersTable {
	consultation_id: number;
	person_id: number;
	message: Generated<string>;
	picked: Generated<boolean>;
	created_at: CreatedAt;
}

export type CallStatus = 'pending' | 'checked' | 'rejected';

export interface FundingCallsTable {
	id: Generated<number>;
	slug: string;
	title: string;
	funder: string;
	programme: Generated<string>;
	url: string | null;
	deadline: Timestamp;
	time_zone: Generated<string>;
	budget: Generated<string>;
	eligibility: Generated<string>;
	description: Generated<string>;
	/** ISO 3166-1 alpha-2 codes of eligible countries; empty: any. */
	countries: TextArray;
	status: ColumnType<CallStatus, CallStatus | undefined, CallStatus>;
	checked_by: number | null;
	checked_at: NullableTimestamp;
	reminded_14_at: NullableTimestamp;
	reminded_3_at: NullableTimestamp;
	created_by: number | null;
	created_at: CreatedAt;
	updated_at: Timestamp;
}

export interface FundingCallAreasTable {
	call_id: number;
	area_id: number;
}

export type ProjectStatus = 'idea' | 'forming' | 'submitted' | 'funded' | 'not_funded' | 'running' | 'completed';
export type PartnerRole = 'lead' | 'partner' | 'associated';

export interface ProjectsTable {
	id: Generated<number>;
	slug: string;
	title: string;
	summary: Generated<string>;
	status: ColumnType<ProjectStatus, ProjectStatus | undefined, ProjectStatus>;
	call_id: number | null;
	/** Whole euros. bigint arrives from pg as a string. */
	budget_eur: ColumnType<string | null, number | string | null | undefined, number | string | null>;
	starts_on: DateOnly;
	ends_on: DateOnly;
	visibility: ColumnType<'public' | 'members', 'public' | 'members' | undefined, 'public' | 'members'>;
	created_by: number | null;
	created_at: CreatedAt;
	updated_at: Timestamp;
}

export interface ProjectPartnersTable {
	project_id: number;
	organisation_id: number;
	role: ColumnType<PartnerRole, PartnerRole | undefined, PartnerRole>;
	created_at: CreatedAt;
}

export interface ProjectAreasTable {
	project_id: number;
	area_id: number;
}

export type Audience = 'partners' | 'members';

export interface ProjectUpdatesTable {
	id: Generated<number>;
	project_id: number;
	author_id: number | null;
	body: string;
	audience: ColumnType<Audience, Audience | undefined, Audience>;
	created_at: CreatedAt;
}

export type PartnerSearchStatus = 'open' | 'complete' | 'closed';

export interface PartnerSearchesTable {
	id: Generated<number>;
	slug: string;
	call_id: number | null;
	organisation_id: number;
	person_id: number | null;
	title: string;
	idea: string;
	roles_sought: Generated<string>;
	/** organisations.type values sought; empty: any. */
	organisation_types: TextArray;
	countries: TextArray;
	status: ColumnType<PartnerSearchStatus, PartnerSearchStatus | undefined, PartnerSearchStatus>;
	project_id: number | null;
	created_at: CreatedAt;
	updated_at: Timestamp;
}

export type InterestStatus = 'pending' | 'accepted' | 'declined';

export interface PartnerInterestsTable {
	id: Generated<number>;
	search_id: number;
	organisation_id: number;
	person_id: number | null;
	message: string;
	status: ColumnType<InterestStatus, InterestStatus | undefined, InterestStatus>;
	role: ColumnType<'partner' | 'associated', 'partner' | 'associated' | undefined, 'partner' | 'associated'>;
	created_at: CreatedAt;
	decided_at: NullableTimestamp;
}

export type DocumentOwnerType = 'event' | 'project' | 'group';

export interface DocumentsTable {
	id: Generated<number>;
	owner_type: DocumentOwnerType;
	owner_id: number;
	title: string;
	version: Generated<number>;
	file_name: string;
	content_type: string;
	size_bytes: number;
	storage_key: string;
	audience: ColumnType<Audience, Audience | undefined, Audience>;
	uploaded_by: number | null;
	created_at: CreatedAt;
}

export type FollowTarget = 'call' | 'event' | 'project' | 'practice' | 'city' | 'area' | 'person' | 'organisation' | 'challenge' | 'thread' | 'group' | 'proposal';

export interface FollowsTable {
	person_id: number;
	target_type: FollowTarget;
	target_id: number;
	created_at: CreatedAt;
}

export interface ActingTables {
	event_areas: EventAreasTable;
	event_practices: EventPracticesTable;
	event_messages: EventMessagesTable;
	calendar_feeds: CalendarFeedsTable;
	study_visits: StudyVisitsTable;
	study_visit_applications: StudyVisitApplicationsTable;
	study_visit_takeaways: StudyVisitTakeawaysTable;
	consultations: ConsultationsTable;
	consultation_areas: ConsultationAreasTable;
	consultation_offers: ConsultationOffersTable;
	funding_calls: FundingCallsTable;
	funding_call_areas: FundingCallAreasTable;
	projects: ProjectsTable;
	project_partners: ProjectPartnersTable;
	project_areas: ProjectAreasTable;
	project_updates: ProjectUpdatesTable;
	partner_searches: PartnerSearchesTable;
	partner_interests: PartnerInterestsTable;
	documents: DocumentsTable;
	follows: FollowsTable;
}
