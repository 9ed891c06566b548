/**
 * The fields of a practice, described once. The form, the practice page, validation, the
 * translation form, the history, the import format and the search text all read this table, so
 * a plain new text field (a section, a short fact) is one entry here plus its column and its
 * messages: see "Add a field to practices" in src/lib/server/README.md.
 *
 * Text kinds are handled everywhere by the table alone. The other kinds (city, choices, months,
 * lists, repeated rows) are described here too, so every reader of the table knows them, but
 * each has its own code; practice-fields.test.ts checks that every field reaches every place.
 */
import type { DB } from '../../platform/db';

/** Translatable text, one value per language in practice_texts. */
export type TextKind =
	/** one line of plain text */
	| 'short_text'
	/** plain text of a few lines */
	| 'paragraph'
	/** Markdown, rendered safe on the page */
	| 'markdown';

/** Kinds with their own code (choices, references, repeated rows). */
export type SpecialKind =
	| 'city'
	| 'choice'
	| 'language'
	| 'month'
	| 'area_list'
	| 'organisation_list'
	| 'name_list'
	| 'person_list'
	| 'handle_list'
	| 'funding_rows'
	| 'outcome_rows'
	| 'link_rows';

/** The fieldset of the practice form a field is in (null: not in the form). */
export type FormGroup = 'basics' | 'people' | 'story' | 'rows';

/**
 * Where a field shows on the practice page: the heading, the summary under it, the key facts
 * list, a section of its own, the funding and outcome tables, the contacts, the links, the
 * members-only badge, or the note on language versions.
 */
export type ViewPlace = 'title' | 'summary' | 'facts' | 'sections' | 'tables' | 'contacts' | 'links' | 'notice' | 'versions';

/** Weight in the search text: A the title, B the body, C the context (town, areas, names). */
export type SearchWeight = 'A' | 'B' | 'C';

/** A column of the import file (docs/import-format.md has a line for each). */
export interface ImportColumn {
	column: string;
	required?: true;
	/** The value a missing cell takes, as the documentation names it. */
	default?: string;
	/** Nested data a CSV cell cannot hold: JSON files only. */
	jsonOnly?: true;
	/** The "format" the documentation gives (its table cell, or its list item for JSON-only ones). */
	doc: string;
}

/**
 * The columns of practice_texts that hold text, one row per language. A text field is named
 * after its column: a new one needs the column in PracticeTextsTable (platform/db/schema/knowledge.ts),
 * added with its migration, or TypeScript refuses the entry below.
 */
type TextColumn = Exclude<
	keyof DB['practice_texts'],
	'practice_id' | 'language' | 'is_original' | 'translated_by' | 'created_at' | 'updated_at'
>;

interface FieldBase {
	/** Message key of the label (in messages/practices/{pl,en}.json). */
	label: string;
	/** Message key of the hint under the label in the practice form. */
	hint?: string;
	view: ViewPlace;
	search: SearchWeight | null;
	import: readonly ImportColumn[];
}

export interface TextField extends FieldBase {
	/** The column of practice_texts, the form's input name, the key in revision snapshots. */
	name: TextColumn;
	kind: TextKind;
	required: boolean;
	/** Required in the original and the import, but a translation may leave it out. */
	translationOptional?: true;
	max: number;
	form: 'basics' | 'story';
	/** Height of the textarea in the practice form. */
	rows?: number;
}

export interface SpecialField extends FieldBase {
	name: string;
	kind: SpecialKind;
	form: FormGroup | null;
	/** Repeated rows: their inputs are named `<prefix>_<cell>_<n>`. */
	rowPrefix?: string;
}

export type PracticeField = TextField | SpecialField;

const SECTION = 20_000;
const section = (name: TextColumn, label: string, doc: string, rows = 6) =>
	({
		name,
		kind: 'markdown',
		required: false,
		max: SECTION,
		label,
		form: 'story',
		rows,
		view: 'sections',
		search: 'B',
		import: [{ column: name, doc: `Markdown: ${doc}` }]
	}) as const;

/** Every field, in the order of the form (and of the import documentation within its kind). */
export const PRACTICE_FIELDS = [
	{
		name: 'title',
		kind: 'short_text',
		required: true,
		max: 200,
		label: 'practice_field_title',
		hint: 'practice_hint_title',
		form: 'basics',
		view: 'title',
		search: 'A',
		import: [{ column: 'title', required: true, doc: 'text, at most 200 characters' }]
	},
	{
		name: 'summary',
		kind: 'paragraph',
		required: true,
		translationOptional: true,
		max: 1000,
		label: 'practice_field_summary',
		hint: 'practice_hint_summary',
		form: 'basics',
		rows: 4,
		view: 'summary',
		search: 'B',
		import: [{ column: 'summary', required: true, doc: 'one paragraph of plain text, at most 1,000 characters' }]
	},
	{
		name: 'city',
		kind: 'city',
		label: 'practice_field_city',
		form: 'basics',
		view: 'facts',
		search: 'C',
		import: [
			{
				column: 'city',
				required: true,
				doc: "the town's name, as written locally or in English; case and diacritics do not matter (`Walbrzych` finds Wałbrzych)"
			},
			{ column: 'country', required: true, doc: 'ISO 3166-1 alpha-2 code' }
		]
	},
	{
		name: 'status',
		kind: 'choice',
		label: 'practice_field_status',
		form: 'basics',
		view: 'facts',
		search: null,
		import: [{ column: 'status', default: 'ongoing', doc: '`idea`, `ongoing`, `completed` or `abandoned`' }]
	},
	{
		name: 'period_start',
		kind: 'month',
		label: 'practice_field_period_start',
		hint: 'practice_hint_period',
		form: 'basics',
		view: 'facts',
		search: null,
		import: [
			{ column: 'period_start', doc: '`YYYY-MM-DD`, `YYYY-MM` or `YYYY` (stored as the first day); the end may not be before the start' }
		]
	},
	{
		name: 'period_end',
		kind: 'month',
		label: 'practice_field_period_end',
		form: 'basics',
		view: 'facts',
		search: null,
		import: [
			{ column: 'period_end', doc: '`YYYY-MM-DD`, `YYYY-MM` or `YYYY` (stored as the first day); the end may not be before the start' }
		]
	},
	{
		name: 'original_language',
		kind: 'language',
		label: 'practice_field_original_language',
		form: 'basics',
		view: 'versions',
		search: null,
		import: [
			{
				column: 'language',
				required: true,
				doc: 'ISO 639-1 code of the language the texts are written in (any of them), e.g. `pl`, `en`, `de`, `cs`, `eu`'
			}
		]
	},
	{
		name: 'visibility',
		kind: 'choice',
		label: 'practice_field_visibility',
		hint: 'practice_hint_visibility',
		form: 'basics',
		view: 'notice',
		search: null,
		import: [{ column: 'visibility', default: 'public', doc: '`public` (everyone) or `members` (network members only)' }]
	},
	{
		name: 'areas',
		kind: 'area_list',
		label: 'practice_field_areas',
		form: 'basics',
		view: 'facts',
		search: 'C',
		import: [{ column: 'areas', doc: 'thematic area **keys** (listed on the import page and under *Coordination → Thematic areas*)' }]
	},
	{
		name: 'organisations',
		kind: 'organisation_list',
		label: 'practice_field_organisations',
		form: 'people',
		view: 'facts',
		search: 'C',
		// one column for both: a name equal to a member organisation's is linked to it
		import: [
			{
				column: 'organisations',
				doc: "names, at most 20; a name written **exactly** like a member organisation's is linked to it, any other name is kept as text"
			}
		]
	},
	{
		name: 'organisation_names',
		kind: 'name_list',
		label: 'practice_field_organisation_names',
		hint: 'practice_hint_organisation_names',
		form: 'people',
		view: 'facts',
		search: 'C',
		import: []
	},
	{
		name: 'contacts',
		kind: 'person_list',
		label: 'practice_field_contacts',
		hint: 'practice_hint_contacts',
		form: 'people',
		view: 'contacts',
		search: null,
		import: []
	},
	{
		name: 'contact_handles',
		kind: 'handle_list',
		label: 'practice_field_contact_handles',
		hint: 'practice_hint_contact_handles',
		form: 'people',
		view: 'contacts',
		search: null,
		import: []
	},
	section('context', 'practice_field_context', 'context and problem'),
	section('approach', 'practice_field_approach', 'what was done', 10),
	section('actors', 'practice_field_actors', 'actors and partners'),
	section('funding_notes', 'practice_field_funding_notes', 'funding in words'),
	section('results', 'practice_field_results', 'results'),
	section('failures', 'practice_field_failures', 'what did not work'),
	section('transfer_conditions', 'practice_field_transfer_conditions', 'what another city needs to repeat it'),
	{
		name: 'funding',
		kind: 'funding_rows',
		rowPrefix: 'funding',
		label: 'practice_funding_title',
		hint: 'practice_funding_hint',
		form: 'rows',
		view: 'tables',
		search: null,
		import: [{ column: 'funding', jsonOnly: true, doc: 'sources of money, at most 30' }]
	},
	{
		name: 'outcomes',
		kind: 'outcome_rows',
		rowPrefix: 'outcome',
		label: 'practice_outcomes_title',
		hint: 'practice_outcomes_hint',
		form: 'rows',
		view: 'tables',
		search: null,
		import: [{ column: 'outcomes', jsonOnly: true, doc: 'measured results, at most 30' }]
	},
	{
		name: 'links',
		kind: 'link_rows',
		rowPrefix: 'link',
		label: 'practice_links_title',
		form: 'rows',
		view: 'links',
		search: null,
		import: [{ column: 'links', doc: 'web addresses (`http://` or `https://`) with an optional title, at most 30' }]
	}
] as const satisfies readonly PracticeField[];

type Entry = (typeof PRACTICE_FIELDS)[number];
export type TextFieldName = Extract<Entry, { kind: TextKind }>['name'];

const TEXT_KINDS: readonly string[] = ['short_text', 'paragraph', 'markdown'] satisfies TextKind[];
export const isTextField = (field: PracticeField): field is TextField => TEXT_KINDS.includes(field.kind);

/** The translatable text fields, in order: what practice_texts holds per language. */
export const TEXT_FIELDS = (PRACTICE_FIELDS as readonly PracticeField[]).filter(isTextField) as (TextField & { name: TextFieldName })[];
export const TEXT_FIELD_NAMES = TEXT_FIELDS.map((f) => f.name);

/** Every text field filled with '' when missing, so stored texts and snapshots have one shape. */
export function fullTexts(texts: { title: string } & Partial<Record<TextFieldName, string>>): Record<TextFieldName, string> {
	return Object.fromEntries(TEXT_FIELD_NAMES.map((name) => [name, texts[name] ?? ''])) as Record<TextFieldName, string>;
}

/**
 * The text of a practice in its search document, besides the title (the document's title, weight
 * A): the `body` fields joined make its body and snippet (weight B), `other` fields are added with
 * their own weight.
 */
export const PRACTICE_SEARCH_TEXT = {
	body: TEXT_FIELDS.filter((f) => f.search === 'B').map((f) => f.name),
	other: TEXT_FIELDS.filter((f) => f.name !== 'title' && (f.search === 'A' || f.search === 'C')).map((f) => ({
		field: f.name,
		weight: f.search as SearchWeight
	}))
};

/** The columns of the import file, field by field. */
export const IMPORT_COLUMNS: readonly (ImportColumn & { field: PracticeField })[] = (PRACTICE_FIELDS as readonly PracticeField[]).flatMap(
	(field) => field.import.map((column) => ({ ...column, field }))
);
