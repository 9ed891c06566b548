import type { Locale } from '$lib/paraglide/runtime';
import { checkVersion, editVersion, invalid, notFound, validate, type Deps } from '../../platform/core';
import { authorize, type MaybeActor } from '../../platform/auth';
import { canSee } from '../people';
import { resolveCity } from '../cities';
import { listAreas } from '../../knowledge/areas';
import { insertAudit } from '../../platform/audit';
import { reindexOrganisation } from '../../knowledge/search';
import * as q from './organisations.queries';
import { organisationPolicy } from './organisations.policy';
import {
	directorySchema,
	ORGANISATION_TYPES,
	organisationSchema,
	type OrganisationPage,
	type OrganisationSummary
} from './organisations.schemas';
import { sortCollator } from '$lib/intl';
import { countryOptions, newSlugCandidates } from '../../shared';

export const DIRECTORY_PAGE_SIZE = 20;

type OrgRow = NonNullable<Awaited<ReturnType<typeof q.findOrganisationBySlug>>>;

function summaryOf(
	row: Omit<OrgRow, 'id' | 'website' | 'description' | 'city_id' | 'city_local_name' | 'version'>,
	viewerRole: OrganisationSummary['viewerRole']
): OrganisationSummary {
	return {
		slug: row.slug,
		name: row.name,
		type: row.type,
		city: { slug: row.city_slug, name: row.city_name, countryCode: row.country_code.trim() },
		memberSince: row.member_since ? row.member_since.toISOString() : null,
		isDemo: row.is_demo,
		viewerRole
	};
}

/** Choices for the organisation form (types are fixed; countries named in the page's language). */
export function organisationFormOptions(locale: Locale) {
	return { types: [...ORGANISATION_TYPES], countries: countryOptions(locale) };
}

/**
 * A verified person creates an organisation in a town found by name and country, and becomes
 * its first admin. Refuses visitors, unconfirmed e-mail addresses and towns it cannot find.
 */
export async function createOrganisation(actor: MaybeActor, input: unknown, deps: Deps): Promise<{ slug: string }> {
	authorize(actor, organisationPolicy, 'create');
	const data = validate(organisationSchema, input);
	return deps.db.transaction().execute(async (trx) => {
		const cityId = await resolveCity(trx, { name: data.city_name, countryCode: data.country });
		if (cityId === null) throw invalid({ city_name: { key: 'org_error_unknown_town' } });
		// ON CONFLICT DO NOTHING keeps the transaction alive while we look for a free slug.
		for (const slug of newSlugCandidates(data.name, 'organisation')) {
			const id = await q.insertOrganisation(trx, {
				slug,
				name: data.name,
				type: data.type,
				cityId,
				website: data.website || null,
				description: data.description,
				createdBy: actor.id
			});
			if (id === undefined) continue;
			await q.insertMember(trx, id, actor.id, 'admin');
			await insertAudit(trx, {
				actorId: actor.id,
				action: 'organisation.create',
				subjectType: 'organisation',
				subjectId: id,
				details: { slug }
			});
			// Not in the network yet, so not searchable; indexing keeps the rule in one place.
			await reindexOrganisation(trx, id);
			return { slug };
		}
		throw new Error('unreachable: slug candidates are endless');
	});
}

/** The public page of an organisation; one not yet approved only for its people and coordinators. */
export async function getOrganisation(actor: MaybeActor, slug: string, deps: Deps, locale: Locale): Promise<OrganisationPage> {
	const org = await q.findOrganisationBySlug(deps.db, slug, locale);
	if (!org) throw notFound();
	const role = actor ? await q.findRole(deps.db, org.id, actor.id) : null;
	authorize(actor, organisationPolicy, 'view', { org, role });

	const [people, areas, pending] = await Promise.all([
		q.listOrganisationPeople(deps.db, org.id),
		q.listOrganisationAreas(deps.db, org.id, locale, actor),
		organisationPolicy.seePendingApplication(actor, { role }) ? q.hasPendingApplication(deps.db, org.id) : Promise.resolve(false)
	]);
	// Being listed here reveals where someone works: that is the `organisations` field.
	const visible = people.filter((p) => canSee(actor, p, 'organisations'));
	const showRoles = organisationPolicy.seeRoles(actor, { role });
	return {
		...summaryOf(org, role),
		website: org.website,
		description: org.description,
		people: visible.map((p) => ({ handle: p.handle, name: p.name, role: showRoles ? p.role : null })),
		hiddenPeople: people.length - visible.length,
		areas: areas.map((a) => ({ key: a.key, name: a.name })),
		canEdit: organisationPolicy.administer(actor, { role }),
		pendingApplication: pending
	};
}

/** The edit form's current values; only the organisation's admins. */
export async function getOrganisationForEdit(actor: MaybeActor, slug: string, deps: Deps, locale: Locale) {
	authorize(actor, organisationPolicy, 'signedIn');
	const org = await q.findOrganisationBySlug(deps.db, slug, locale);
	if (!org) throw notFound();
	const role = await q.findRole(deps.db, org.id, actor.id);
	authorize(actor, organisationPolicy, 'view', { org, role });
	authorize(actor, organisationPolicy, 'administer', { role });
	const values = organisationFormValues(org);
	return { slug: org.slug, name: org.name, values, version: editVersion(org.version, values), ...organisationFormOptions(locale) };
}

/** A stored organisation as the values of its edit form. */
const organisationFormValues = (org: OrgRow) => ({
	name: org.name,
	type: org.type,
	city_name: org.city_local_name,
	country: org.country_code.trim(),
	website: org.website ?? '',
	description: org.description
});

/**
 * An organisation's admin changes its details. The slug stays, so links keep working. A save
 * based on an older version of the form is refused when another admin changed it since.
 */
export async function updateOrganisation(actor: MaybeActor, slug: string, input: unknown, deps: Deps): Promise<{ slug: string }> {
	authorize(actor, organisationPolicy, 'signedIn');
	const org = await q.findOrganisationBySlug(deps.db, slug, actor.locale);
	if (!org) throw notFound();
	const role = await q.findRole(deps.db, org.id, actor.id);
	authorize(actor, organisationPolicy, 'view', { org, role });
	authorize(actor, organisationPolicy, 'administer', { role });
	const data = validate(organisationSchema, input);
	await deps.db.transaction().execute(async (trx) => {
		const locked = await q.lockOrganisation(trx, org.id);
		if (!locked) throw notFound();
		await checkVersion({
			input,
			current: locked.version,
			theirs: async () => {
				const now = await q.findOrganisationBySlug(trx, org.slug, actor.locale);
				if (!now) throw notFound();
				return organisationFormValues(now);
			}
		});
		const cityId = await resolveCity(trx, { name: data.city_name, countryCode: data.country });
		if (cityId === null) throw invalid({ city_name: { key: 'org_error_unknown_town' } });
		await q.updateOrganisation(trx, org.id, {
			name: data.name,
			type: data.type,
			cityId,
			website: data.website || null,
			description: data.description
		});
		await insertAudit(trx, { actorId: actor.id, action: 'organisation.update', subjectType: 'organisation', subjectId: org.id });
		await reindexOrganisation(trx, org.id);
	});
	return { slug: org.slug };
}

/**
 * The directory: approved organisations for everyone, and the viewer's own wherever their
 * application stands. Filters by name, city, country, type and area (an organisation's areas are
 * those of its people, counting only people whose areas the viewer may see).
 */
export async function listOrganisations(actor: MaybeActor, params: URLSearchParams, deps: Deps, locale: Locale) {
	const filters = validate(directorySchema, Object.fromEntries(params));
	const [{ rows, total }, cities, areas] = await Promise.all([
		q.listDirectory(deps.db, {
			q: filters.q,
			citySlug: filters.city,
			country: filters.country,
			type: filters.type,
			areaKey: filters.area,
			viewer: actor,
			locale,
			limit: DIRECTORY_PAGE_SIZE,
			offset: (filters.page - 1) * DIRECTORY_PAGE_SIZE
		}),
		q.listDirectoryCities(deps.db, locale),
		listAreas(deps.db, locale)
	]);
	const codes = new Set(cities.map((c) => c.country_code.trim()));
	const collator = sortCollator(locale);
	return {
		filters,
		items: rows.map((row) => summaryOf(row, row.viewer_role ?? null)),
		total,
		page: filters.page,
		pages: Math.max(1, Math.ceil(total / DIRECTORY_PAGE_SIZE)),
		options: {
			types: [...ORGANISATION_TYPES],
			cities: cities.map((c) => ({ value: c.slug, label: c.name })).sort((a, b) => collator.compare(a.label, b.label)),
			countries: countryOptions(locale).filter((c) => codes.has(c.value)),
			areas: areas.map((a) => ({ value: a.key, label: a.name }))
		}
	};
}
