/** Tables of the directory: cities, people and their accounts, organisations, membership. */
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { CreatedAt, Json, NullableTimestamp, Timestamp } from './columns';

export type Visibility = 'public' | 'members' | 'nobody';
export type ProfileVisibility = Partial<Record<string, Visibility>>;

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
	/** Counts saves of the edit form; a save based on an older one is refused (see platform/core/edit-version.ts). */
	version: Generated<number>;
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

export type OrganisationType = 'local_government' | 'ngo' | 'public_institution' | 'informal_group' | 'research' | 'business';

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
	/** Counts saves of the edit form; a save based on an older one is refused (see platform/core/edit-version.ts). */
	version: Generated<number>;
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

export interface DirectoryTables {
	cities: CitiesTable;
	people: PeopleTable;
	person_areas: PersonAreasTable;
	email_tokens: EmailTokensTable;
	organisations: OrganisationsTable;
	organisation_members: OrganisationMembersTable;
	organisation_invitations: OrganisationInvitationsTable;
	membership_applications: MembershipApplicationsTable;
}

export type Person = Selectable<PeopleTable>;
export type NewPerson = Insertable<PeopleTable>;
export type PersonUpdate = Updateable<PeopleTable>;
export type City = Selectable<CitiesTable>;
export type Organisation = Selectable<OrganisationsTable>;
