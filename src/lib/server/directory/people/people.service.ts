import { authorize, type MaybeActor } from '../../platform/auth';
import { notFound, type Deps } from '../../platform/core';
import { listAreas } from '../../knowledge/areas';
import { canSee } from './visibility';
import { personPolicy } from './people.policy';
import * as q from './people.queries';
import type { PersonRow } from './people.sql';
import {
	directoryFiltersSchema,
	ORGANISATION_TYPES,
	PEOPLE_PAGE_SIZE,
	type PeopleDirectory,
	type PersonProfile,
	type PersonSummary
} from './people.schemas';
import { sortCollator } from '$lib/intl';
import { cityName, countryName, languageName } from '../../shared';

/**
 * Maps a row to what the viewer may see. The queries already leave hidden fields out; this is
 * the second lock, so a mistake in one SQL expression cannot put a hidden field on a page.
 */
export function toPersonSummary(row: PersonRow, viewer: MaybeActor, locale: string): PersonSummary {
	const sees = (field: Parameters<typeof canSee>[2]) => canSee(viewer, row, field);
	return {
		handle: row.handle,
		name: row.name,
		city:
			sees('city') && row.city
				? {
						slug: row.city.slug,
						name: cityName(row.city, locale),
						countryCode: row.city.country_code,
						countryName: countryName(row.city.country_code, locale)
					}
				: null,
		organisations: sees('organisations')
			? row.organisations.map((o) => ({ slug: o.slug, name: o.name, type: o.type, role: o.role, approved: o.approved }))
			: null,
		languages: sees('languages') && row.languages ? row.languages.map((code) => ({ code, name: languageName(code, locale) })) : null,
		areas: sees('areas') ? row.areas.map((a) => ({ key: a.key, name: a.name })) : null
	};
}

/**
 * The people directory for anyone, visitors included: each person listed only if their profile
 * is visible to the viewer, with only the fields the viewer may see. Filters never match on a
 * field hidden from the viewer. Unknown filter values are ignored, never an error.
 */
export async function listPeople(
	actor: MaybeActor,
	input: { filters: Record<string, unknown>; locale: string },
	deps: Deps
): Promise<PeopleDirectory> {
	// No permission to check: the directory is public, and visibility decides every row and field.
	const filters = directoryFiltersSchema.parse(input.filters);
	const { db } = deps;
	const { locale } = input;
	const [count, areas, cities, languages] = await Promise.all([
		q.countDirectory(db, actor, filters),
		listAreas(db, locale),
		q.directoryCities(db, actor),
		q.directoryLanguages(db, actor)
	]);
	const pages = Math.max(1, Math.ceil(count / PEOPLE_PAGE_SIZE));
	const page = Math.min(filters.page, pages);
	const rows = count === 0 ? [] : await q.listDirectory(db, actor, filters, locale, PEOPLE_PAGE_SIZE, (page - 1) * PEOPLE_PAGE_SIZE);

	const collator = sortCollator(locale);
	const countries = [...new Set(cities.map((c) => c.country_code))]
		.map((code) => ({ value: code, label: countryName(code, locale) }))
		.sort((a, b) => collator.compare(a.label, b.label));
	return {
		people: rows.map((row) => toPersonSummary(row, actor, locale)),
		count,
		page,
		pages,
		filters: { ...filters, page },
		options: {
			cities: cities.map((c) => ({ value: c.slug, label: cityName(c, locale) })).sort((a, b) => collator.compare(a.label, b.label)),
			countries,
			areas: areas.map((a) => ({ value: a.key, label: a.name })),
			languages: languages
				.map((code) => ({ value: code, label: languageName(code, locale) }))
				.sort((a, b) => collator.compare(a.label, b.label)),
			types: ORGANISATION_TYPES
		},
		limitedView: !personPolicy.seeMembersFields(actor)
	};
}

/**
 * One person's page. A profile the viewer may not see answers 404, the same as a missing one;
 * the person themself sees every field.
 */
export async function showPerson(actor: MaybeActor, input: { handle: string; locale: string }, deps: Deps): Promise<PersonProfile> {
	const handle = input.handle.trim();
	if (!handle || handle.length > 100) throw notFound();
	const row = await q.findVisiblePerson(deps.db, actor, handle, input.locale);
	if (!row) throw notFound();
	authorize(actor, personPolicy, 'view', row);
	const sees = (field: 'email' | 'bio') => canSee(actor, row, field);
	return {
		...toPersonSummary(row, actor, input.locale),
		email: sees('email') ? row.email : null,
		bio: sees('bio') && row.bio ? row.bio : null,
		isSelf: actor?.id === row.id,
		id: row.id,
		hidden: actor?.id === row.id && row.hidden_reason !== null ? { reason: row.hidden_reason } : null
	};
}

/**
 * The network's coordinators, for the About page, each only if the viewer may see their
 * profile and with only the fields the viewer may see.
 */
export async function listCoordinators(actor: MaybeActor, input: { locale: string }, deps: Deps): Promise<PersonSummary[]> {
	// Public page: visibility decides who is listed.
	const rows = await q.listVisibleCoordinators(deps.db, actor, input.locale);
	return rows.map((row) => toPersonSummary(row, actor, input.locale));
}
