import { sql, type Kysely } from 'kysely';

/**
 * The knowledge base: practices (structured case studies) with their texts per language,
 * revisions, attachments and "learning from this" marks; transfers of a practice to another
 * city in URBACT's stages.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	await sql`
create extension if not exists pg_trgm;
create extension if not exists unaccent;

create table practices (
	id serial primary key,
	slug text not null constraint practices_slug_unique unique,
	city_id integer not null references cities (id),
	status text not null default 'ongoing' constraint practices_status_check check (status in ('idea', 'ongoing', 'completed', 'abandoned')),
	visibility text not null default 'public' constraint practices_visibility_check check (visibility in ('public', 'members')),
	-- ISO 639-1 code of the language the practice was written in
	original_language text not null,
	period_start date,
	period_end date,
	-- [{"source": "eu"|"national"|"regional"|"municipal"|"private"|"other", "amount_minor": 1250000, "currency": "EUR", "note": "..."}]
	funding jsonb not null default '[]',
	-- [{"indicator": "...", "before": 12.5, "after": 30, "unit": "%", "year": 2021}]
	outcomes jsonb not null default '[]',
	-- [{"url": "https://...", "title": "..."}]
	links jsonb not null default '[]',
	cover_attachment_id integer,
	-- null while a draft
	published_at timestamptz,
	revision integer not null default 0,
	is_demo boolean not null default false,
	created_by integer references people (id) on delete set null,
	updated_by integer references people (id) on delete set null,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now()
);
create index practices_city_idx on practices (city_id);
create index practices_published_idx on practices (published_at desc) where published_at is not null;
create index practices_updated_idx on practices (updated_at desc);

-- The text of a practice, once in its original language and once per translation.
create table practice_texts (
	practice_id integer not null references practices (id) on delete cascade,
	language text not null,
	is_original boolean not null default false,
	title text not null,
	summary text not null default '',
	context text not null default '',
	approach text not null default '',
	actors text not null default '',
	funding_notes text not null default '',
	results text not null default '',
	failures text not null default '',
	transfer_conditions text not null default '',
	translated_by integer references people (id) on delete set null,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	constraint practice_texts_pk primary key (practice_id, language)
);

create table practice_areas (
	practice_id integer not null references practices (id) on delete cascade,
	area_id integer not null references areas (id) on delete cascade,
	constraint practice_areas_pk primary key (practice_id, area_id)
);
create index practice_areas_area_idx on practice_areas (area_id);

-- Organisations involved: a member organisation, or a name typed in for others.
create table practice_organisations (
	id serial primary key,
	practice_id integer not null references practices (id) on delete cascade,
	organisation_id integer references organisations (id) on delete cascade,
	name text,
	constraint practice_organisations_one_of check ((organisation_id is null) <> (name is null))
);
create index practice_organisations_practice_idx on practice_organisations (practice_id);
create index practice_organisations_org_idx on practice_organisations (organisation_id);

create table practice_contacts (
	practice_id integer not null references practices (id) on delete cascade,
	person_id integer not null references people (id) on delete cascade,
	constraint practice_contacts_pk primary key (practice_id, person_id)
);

-- Every saved version, whole, so any can be viewed and restored.
create table practice_revisions (
	id serial primary key,
	practice_id integer not null references practices (id) on delete cascade,
	number integer not null,
	author_id integer references people (id) on delete set null,
	-- which fields changed, e.g. ["texts.en.title", "status"]
	changed text[] not null default '{}',
	snapshot jsonb not null,
	created_at timestamptz not null default now(),
	constraint practice_revisions_number_unique unique (practice_id, number)
);

create table practice_attachments (
	id serial primary key,
	practice_id integer not null references practices (id) on delete cascade,
	file_name text not null,
	content_type text not null,
	size_bytes integer not null,
	-- path under DATA_DIR/uploads (or an object key), never derived from the file name
	storage_key text not null constraint practice_attachments_storage_unique unique,
	alt_text text,
	uploaded_by integer references people (id) on delete set null,
	created_at timestamptz not null default now()
);
create index practice_attachments_practice_idx on practice_attachments (practice_id);
alter table practices add constraint practices_cover_fk foreign key (cover_attachment_id) references practice_attachments (id) on delete set null;

create table practice_learning (
	practice_id integer not null references practices (id) on delete cascade,
	person_id integer not null references people (id) on delete cascade,
	kind text not null constraint practice_learning_kind_check check (kind in ('want_to_learn', 'tried_too')),
	comment text not null default '',
	created_at timestamptz not null default now(),
	constraint practice_learning_pk primary key (practice_id, person_id, kind)
);

create table transfers (
	id serial primary key,
	practice_id integer not null references practices (id) on delete cascade,
	-- the city adopting the practice
	city_id integer not null references cities (id),
	organisation_id integer references organisations (id) on delete set null,
	stage text not null default 'understand' constraint transfers_stage_check check (stage in ('understand', 'adapt', 'reuse')),
	created_by integer references people (id) on delete set null,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	constraint transfers_practice_city_unique unique (practice_id, city_id)
);
create index transfers_city_idx on transfers (city_id);

create table transfer_notes (
	id serial primary key,
	transfer_id integer not null references transfers (id) on delete cascade,
	stage text not null constraint transfer_notes_stage_check check (stage in ('understand', 'adapt', 'reuse')),
	noted_on date not null,
	note text not null,
	author_id integer references people (id) on delete set null,
	created_at timestamptz not null default now()
);
create index transfer_notes_transfer_idx on transfer_notes (transfer_id, noted_on);

create table transfer_people (
	transfer_id integer not null references transfers (id) on delete cascade,
	person_id integer not null references people (id) on delete cascade,
	constraint transfer_people_pk primary key (transfer_id, person_id)
);
`.execute(db);
}
