/** Tables of acting together: events and registrations, study visits, consultations, funding calls, projects, partner searches. */
import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, DateOnly, Json, NullableTimestamp, TextArray, Timestamp } from './columns';

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
	/** Counts saves of the edit form; a save based on an older one is refused (see platform/core/edit-version.ts). */
	version: Generated<number>;
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

// ---- around events, study visits, consultations, calls, projects (0007-acting-together) ----

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
	/** Counts saves of the edit form; a save based on an older one is refused (see platform/core/edit-version.ts). */
	version: Generated<number>;
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
	/** Counts saves of the edit form; a save based on an older one is refused (see platform/core/edit-version.ts). */
	version: Generated<number>;
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

export interface ActingTables {
	events: EventsTable;
	event_registrations: EventRegistrationsTable;
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
}
