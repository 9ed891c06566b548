/**
 * What the practice form offers and how a stored practice fills it. Choices are limited to what
 * the actor may attach: their own organisations (plus those already on the practice) and the
 * people of those organisations as contacts.
 */
import type { Locale } from '$lib/paraglide/runtime';
import { invalid, type Deps, type FieldErrors } from '../../platform/core';
import type { Actor } from '../../platform/auth';
import type { FormValues } from '$lib/form-state';
import { listAreas } from '../areas';
import { canSee } from '../../directory/people';
import * as fq from './practice-form.queries';
import { findOrganisations, findPeople, findPeopleByHandles } from './practice-read.queries';
import { minorToInput } from './money';
import { COMMON_LANGUAGES, PRACTICE_LANGUAGES } from './practice-choices';
import type { PracticeFormInput, PracticeSnapshot } from './practices.schemas';
import { TEXT_FIELD_NAMES } from './practice-fields';
import { cityName, countryName, languageName } from '../../shared';

export interface Choice {
	value: string;
	label: string;
}

export interface PracticeFormOptions {
	cities: Choice[];
	organisations: Choice[];
	areas: Choice[];
	people: Choice[];
	languages: Choice[];
}

/** Language choices named in the page's language: the network's common ones first, then the rest by name. */
export function languageChoices(locale: Locale, exclude: string[] = []): Choice[] {
	const choice = (code: string) => ({ value: code, label: languageName(code, locale) });
	const common = COMMON_LANGUAGES.filter((code) => !exclude.includes(code)).map(choice);
	const rest = PRACTICE_LANGUAGES.slice(COMMON_LANGUAGES.length)
		.filter((code) => !exclude.includes(code))
		.map(choice)
		.sort((a, b) => a.label.localeCompare(b.label, locale));
	return [...common, ...rest];
}

/** Choices for the form; `current` adds what the practice already has so nothing silently drops. */
export async function formOptions(actor: Actor, deps: Deps, locale: Locale, current?: PracticeSnapshot): Promise<PracticeFormOptions> {
	const currentOrgIds = current?.organisations.flatMap((o) => ('organisationId' in o ? [o.organisationId] : [])) ?? [];
	const [cities, own, areas] = await Promise.all([
		fq.listCityChoices(deps.db),
		fq.listOrganisationsOf(deps.db, actor.id),
		listAreas(deps.db, locale)
	]);
	const extraOrgs = await findOrganisations(
		deps.db,
		currentOrgIds.filter((id) => !own.some((o) => o.id === id))
	);
	const organisations = [...own, ...extraOrgs].map((o) => ({ value: String(o.id), label: o.name }));
	const orgIds = organisations.map((o) => Number(o.value));
	// listed the way the organisation's page lists its people: as far as each allows
	const people = (await fq.listPeopleOfOrganisations(deps.db, orgIds)).filter((p) => canSee(actor, p, 'organisations'));
	const extraPeople = await findPeople(
		deps.db,
		(current?.contactIds ?? []).filter((id) => !people.some((p) => p.id === id))
	);
	return {
		cities: cities.map((c) => ({ value: String(c.id), label: `${cityName(c, locale)} (${countryName(c.country_code, locale)})` })),
		organisations,
		areas: areas.map((a) => ({ value: String(a.id), label: a.name })),
		people: [...people, ...extraPeople].map((p) => ({ value: String(p.id), label: `${p.name} (@${p.handle})` })),
		languages: languageChoices(locale)
	};
}

/** Values for a new practice: the actor's town, the page's language, public, ongoing. */
export async function newFormValues(actor: Actor, deps: Deps, locale: Locale): Promise<FormValues> {
	const person = await fq.findPersonCity(deps.db, actor.id);
	return { city: person?.city_id ? String(person.city_id) : '', original_language: locale, visibility: 'public', status: 'ongoing' };
}

const decimalText = (n: number | null, locale: Locale) => (n === null ? '' : locale === 'pl' ? String(n).replace('.', ',') : String(n));

/** A stored practice as the form's fields (the original language's text). */
export function snapshotToValues(snap: PracticeSnapshot, locale: Locale): FormValues {
	const text = snap.texts[snap.originalLanguage];
	const values: FormValues = {
		city: String(snap.cityId),
		organisations: snap.organisations.flatMap((o) => ('organisationId' in o ? [String(o.organisationId)] : [])),
		organisation_names: snap.organisations.flatMap((o) => ('name' in o ? [o.name] : [])).join('\n'),
		areas: snap.areaIds.map(String),
		status: snap.status,
		period_start: snap.periodStart?.slice(0, 7) ?? '',
		period_end: snap.periodEnd?.slice(0, 7) ?? '',
		original_language: snap.originalLanguage,
		visibility: snap.visibility,
		contacts: snap.contactIds.map(String),
		contact_handles: ''
	};
	for (const field of TEXT_FIELD_NAMES) values[field] = text?.[field] ?? '';
	snap.funding.forEach((f, i) => {
		values[`funding_source_${i}`] = f.source;
		values[`funding_amount_${i}`] = minorToInput(f.amount_minor, locale);
		values[`funding_currency_${i}`] = f.currency ?? '';
		values[`funding_note_${i}`] = f.note;
	});
	snap.outcomes.forEach((o, i) => {
		values[`outcome_indicator_${i}`] = o.indicator;
		values[`outcome_before_${i}`] = decimalText(o.before, locale);
		values[`outcome_after_${i}`] = decimalText(o.after, locale);
		values[`outcome_unit_${i}`] = o.unit;
		values[`outcome_year_${i}`] = o.year === null ? '' : String(o.year);
	});
	snap.links.forEach((l, i) => {
		values[`link_url_${i}`] = l.url;
		values[`link_title_${i}`] = l.title;
	});
	return values;
}

/**
 * Checks the ids the form sent against what it offered, resolves contact handles, and gives the
 * parts of the snapshot that come from the form. A handle resolves only to a person whose profile
 * the actor may see: a hidden one answers "unknown" like a missing one, so the form is no oracle.
 */
export async function resolveChoices(data: PracticeFormInput, options: PracticeFormOptions, deps: Deps, actor: Actor) {
	const errors: FieldErrors = {};
	const offered = (list: Choice[]) => new Set(list.map((c) => Number(c.value)));
	if (!(await fq.cityExists(deps.db, data.cityId))) errors.city = { key: 'error_invalid_choice' };
	const orgs = offered(options.organisations);
	if (data.organisationIds.some((id) => !orgs.has(id))) errors.organisations = { key: 'error_invalid_choice' };
	const areaIds = await fq.existingAreaIds(deps.db, data.areaIds);
	if (areaIds.length !== data.areaIds.length) errors.areas = { key: 'error_invalid_choice' };
	const people = offered(options.people);
	if (data.contactIds.some((id) => !people.has(id))) errors.contacts = { key: 'error_invalid_choice' };
	const byHandle = (await findPeopleByHandles(deps.db, data.contactHandles)).filter((p) => canSee(actor, p, 'profile'));
	const unknown = data.contactHandles.filter((h) => !byHandle.some((p) => p.handle === h));
	if (unknown.length) errors.contact_handles = { key: 'practice_error_unknown_handle', params: { handles: unknown.join(', ') } };
	if (Object.keys(errors).length) throw invalid(errors);
	return {
		areaIds,
		organisations: [
			...data.organisationIds.map((organisationId) => ({ organisationId })),
			...data.organisationNames.map((name) => ({ name }))
		],
		contactIds: [...new Set([...data.contactIds, ...byHandle.map((p) => p.id)])]
	};
}
