/**
 * A practice (now, or as a past revision kept it) shaped for reading: the text in the reader's
 * language when there is one, else the original with the other versions listed; Markdown
 * sections rendered safe; contacts only as far as their profiles are visible to the reader.
 */
import type { Locale } from '$lib/paraglide/runtime';
import type { Kysely } from 'kysely';
import type { DB, FundingItem, Outcome, PracticeLink } from '../../platform/db';
import type { MaybeActor } from '../../platform/auth';
import { canSee } from '../../directory/people';
import type { PracticeSnapshot } from './practices.schemas';
import { findAreas, findCity, findOrganisations, findPeople } from './practice-read.queries';
import { TEXT_FIELDS, type TextFieldName } from './practice-fields';
import { fieldLabels } from './practice-field-models';
import { cityName, languageName, renderMarkdown } from '../../shared';

export interface PracticeVersion {
	language: string;
	label: string;
	isOriginal: boolean;
	shown: boolean;
}

export interface PracticeContentView {
	status: PracticeSnapshot['status'];
	visibility: PracticeSnapshot['visibility'];
	published: boolean;
	/** The language of the text shown, for lang="…" on it. */
	language: string;
	languageLabel: string;
	originalLanguage: string;
	originalLabel: string;
	/** The reader's language has no version, so another is shown (with a note). */
	notInReaderLanguage: boolean;
	versions: PracticeVersion[];
	title: string;
	summary: string;
	/** Sections not yet translated come from the original, with its language. */
	sections: { field: TextFieldName; html: string; lang: string; untranslated: boolean }[];
	/** Text facts, shown after the fixed ones; taken from the original like sections. */
	facts: { field: TextFieldName; text: string; lang: string; untranslated: boolean }[];
	/** The text fields' labels in the reader's language (section headings, facts, history). */
	labels: Record<string, string>;
	city: { slug: string; name: string } | null;
	periodStart: string | null;
	periodEnd: string | null;
	areas: { key: string; name: string }[];
	organisations: { name: string; slug: string | null }[];
	funding: FundingItem[];
	outcomes: Outcome[];
	links: PracticeLink[];
	contacts: { handle: string; name: string }[];
	hiddenContacts: number;
}

/** Which language to show: the one asked for, else the reader's, else the original. */
export function pickLanguage(available: string[], original: string, locale: string, requested?: string | null): string {
	if (requested && available.includes(requested)) return requested;
	if (available.includes(locale)) return locale;
	return available.includes(original) ? original : (available[0] ?? original);
}

export async function contentView(
	db: Kysely<DB>,
	snap: PracticeSnapshot,
	viewer: MaybeActor,
	locale: Locale,
	requested?: string | null
): Promise<PracticeContentView> {
	const available = Object.keys(snap.texts);
	const language = pickLanguage(available, snap.originalLanguage, locale, requested);
	const text = snap.texts[language];
	/** A text field in the language shown, else in the original (not yet translated), else nothing. */
	const shown = (field: TextFieldName) => {
		if (text?.[field]?.trim()) return { field, value: text[field], lang: language, untranslated: false };
		const source = snap.texts[snap.originalLanguage]?.[field];
		return source?.trim() ? { field, value: source, lang: snap.originalLanguage, untranslated: true } : null;
	};
	const placed = (place: 'sections' | 'facts') => TEXT_FIELDS.filter((f) => f.view === place).flatMap((f) => shown(f.name) ?? []);
	const orgIds = snap.organisations.flatMap((o) => ('organisationId' in o ? [o.organisationId] : []));
	const [city, areas, orgs, people] = await Promise.all([
		findCity(db, snap.cityId),
		findAreas(db, snap.areaIds, locale),
		findOrganisations(db, orgIds),
		findPeople(db, snap.contactIds)
	]);
	// the people directory's rule (settings and the moderators' hiding), as visibleTo applies it in SQL
	const contacts = people.filter((p) => canSee(viewer, p, 'profile'));
	const versions = [...available]
		.sort((a, b) => (a === snap.originalLanguage ? -1 : b === snap.originalLanguage ? 1 : a.localeCompare(b)))
		.map((code) => ({
			language: code,
			label: languageName(code, locale),
			isOriginal: code === snap.originalLanguage,
			shown: code === language
		}));
	return {
		status: snap.status,
		visibility: snap.visibility,
		published: snap.published,
		language,
		languageLabel: languageName(language, locale),
		originalLanguage: snap.originalLanguage,
		originalLabel: languageName(snap.originalLanguage, locale),
		notInReaderLanguage: language !== locale,
		versions,
		title: text?.title ?? '',
		summary: text?.summary ?? '',
		sections: placed('sections').map(({ field, value, lang, untranslated }) => ({
			field,
			html: renderMarkdown(value),
			lang,
			untranslated
		})),
		facts: placed('facts').map(({ field, value, lang, untranslated }) => ({ field, text: value, lang, untranslated })),
		labels: fieldLabels(locale, TEXT_FIELDS),
		city: city ? { slug: city.slug, name: cityName(city, locale) } : null,
		periodStart: snap.periodStart,
		periodEnd: snap.periodEnd,
		areas: areas.map((a) => ({ key: a.key, name: a.name })),
		organisations: snap.organisations.flatMap((o) => {
			if ('name' in o) return [{ name: o.name, slug: null }];
			const org = orgs.find((x) => x.id === o.organisationId);
			// only approved organisations have a page everyone may open
			return org ? [{ name: org.name, slug: org.member_since ? org.slug : null }] : [];
		}),
		funding: snap.funding,
		outcomes: snap.outcomes,
		links: snap.links,
		contacts: contacts.map((p) => ({ handle: p.handle, name: p.name })),
		hiddenContacts: people.length - contacts.length
	};
}
