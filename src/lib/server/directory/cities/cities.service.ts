import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { checkVersion, editVersion, notFound, validate, type Deps } from '../../platform/core';
import { insertAudit } from '../../platform/audit';
import { reindexCity } from '../../knowledge/search';
import { authorize, type MaybeActor } from '../../platform/auth';
import { canSee } from '../people';
import { renderEuropeMap, type MapMarker } from '../map';
import { getCityKnowledge, type CityKnowledge } from '../../knowledge/transfers';
import { cityPolicy } from './cities.policy';
import {
	countCities,
	findCityBySlug,
	listCities as listCityRows,
	listCityCountries,
	listCityOrganisations,
	listCityPeople,
	listMapCities,
	lockCity,
	updateCityRow
} from './cities.queries';
import {
	CITIES_PAGE_SIZE,
	cityEditSchema,
	knownIndustries,
	parseCityFilters,
	type CityDetails,
	type CityEditView,
	type CityListPage,
	type MapCity
} from './cities.schemas';
import { sortCollator } from '$lib/intl';
import { cityName, countryName } from '../../shared';

/** The directory of cities, narrowed by the query string's filters; public. */
export async function listCities(
	_actor: MaybeActor,
	input: { query: URLSearchParams; locale: Locale },
	{ db }: Deps
): Promise<CityListPage> {
	const filters = parseCityFilters(input.query);
	const [total, codes] = await Promise.all([countCities(db, filters), listCityCountries(db)]);
	const pages = Math.max(1, Math.ceil(total / CITIES_PAGE_SIZE));
	const page = Math.min(filters.page, pages);
	const rows = await listCityRows(db, filters, CITIES_PAGE_SIZE, (page - 1) * CITIES_PAGE_SIZE);
	const collator = sortCollator(input.locale);
	return {
		items: rows.map((row) => ({
			slug: row.slug,
			name: row.name,
			nameEn: row.name_en && row.name_en !== row.name ? row.name_en : null,
			countryCode: row.country_code,
			countryName: countryName(row.country_code, input.locale),
			population: row.population,
			industries: knownIndustries(row.industries),
			memberOrganisations: row.member_organisations,
			isMember: row.is_member
		})),
		total,
		page,
		pages,
		filters: { ...filters, page },
		countries: codes.map((code) => ({ code, name: countryName(code, input.locale) })).sort((a, b) => collator.compare(a.name, b.name))
	};
}

/**
 * Every city of the network on a map of Europe, with the same cities as data for the list
 * that must accompany it (see CityMap.svelte). Public: the home page shows it to visitors.
 */
export async function mapOfNetwork(deps: Deps, locale: Locale): Promise<{ svg: string; cities: MapCity[] }> {
	const rows = await listMapCities(deps.db);
	const cities: MapCity[] = rows.map((row) => ({
		slug: row.slug,
		name: cityName(row, locale),
		countryCode: row.country_code,
		countryName: countryName(row.country_code, locale),
		isMember: row.is_member
	}));
	const markers: MapMarker[] = rows.map((row, i) => ({
		href: `/${locale}/cities/${row.slug}`,
		label: cities[i].isMember ? m.cities_map_member_marker({ name: cities[i].name }, { locale }) : cities[i].name,
		latitude: row.latitude,
		longitude: row.longitude,
		kind: row.is_member ? 'member' : 'city'
	}));
	return { svg: renderEuropeMap(markers), cities };
}

/**
 * A city's profile. People are listed only where the viewer may see their profile and city;
 * its practices, and what it took from and gave to other cities, only as far as the viewer may
 * see those practices.
 */
export async function getCity(
	actor: MaybeActor,
	input: { slug: string; locale: Locale },
	{ db }: Deps
): Promise<CityDetails & { knowledge: CityKnowledge }> {
	const city = await findCityBySlug(db, input.slug);
	if (!city) throw notFound();
	const [organisations, people, knowledge] = await Promise.all([
		listCityOrganisations(db, city.id),
		listCityPeople(db, city.id),
		getCityKnowledge(actor, { cityId: city.id, locale: input.locale }, { db })
	]);
	const name = cityName(city, input.locale);
	return {
		slug: city.slug,
		name: city.name,
		nameEn: city.name_en && city.name_en !== city.name ? city.name_en : null,
		countryCode: city.country_code,
		countryName: countryName(city.country_code, input.locale),
		region: city.region,
		population: city.population,
		industries: knownIndustries(city.industries),
		latitude: city.latitude,
		longitude: city.longitude,
		story: city.story
			.split(/\n\s*\n/)
			.map((paragraph) => paragraph.trim())
			.filter(Boolean),
		isMember: city.is_member,
		isDemo: city.is_demo,
		organisations: organisations.map((o) => ({ slug: o.slug, name: o.name, type: o.type, isMember: true })),
		people: people.filter((p) => canSee(actor, p, 'profile') && canSee(actor, p, 'city')).map((p) => ({ handle: p.handle, name: p.name })),
		mapSvg: renderEuropeMap(
			[
				{ href: `/${input.locale}/cities/${city.slug}`, label: name, latitude: city.latitude, longitude: city.longitude, kind: 'highlight' }
			],
			{ focus: { latitude: city.latitude, longitude: city.longitude, zoom: 3 } }
		),
		canEdit: cityPolicy.edit(actor),
		knowledge
	};
}

/** The edit form's starting values; coordinators only (others: not found). */
export async function getCityForEdit(actor: MaybeActor, input: { slug: string; locale: Locale }, { db }: Deps): Promise<CityEditView> {
	authorize(actor, cityPolicy, 'edit');
	const city = await findCityBySlug(db, input.slug);
	if (!city) throw notFound();
	const values = cityFormValues(city);
	return {
		slug: city.slug,
		name: cityName(city, input.locale),
		countryName: countryName(city.country_code, input.locale),
		values,
		version: editVersion(city.version, values)
	};
}

/** A stored city as the values of its edit form. */
const cityFormValues = (city: NonNullable<Awaited<ReturnType<typeof findCityBySlug>>>): CityEditView['values'] => ({
	name_en: city.name_en ?? '',
	region: city.region ?? '',
	population: city.population === null ? '' : String(city.population),
	industries: knownIndustries(city.industries),
	story: city.story
});

/**
 * Changes a city's English name, region, population, former industries and story, and records
 * who changed what in the audit log. Coordinators only: anyone else gets not found. A save based
 * on an older version of the form is refused when another coordinator changed it since.
 */
export async function updateCity(actor: MaybeActor, input: { slug: string; values: unknown }, { db }: Deps): Promise<{ slug: string }> {
	authorize(actor, cityPolicy, 'edit');
	const values = validate(cityEditSchema, input.values);
	return db.transaction().execute(async (trx) => {
		const locked = await lockCity(trx, input.slug);
		const city = locked && (await findCityBySlug(trx, input.slug));
		if (!locked || !city) throw notFound();
		await checkVersion({ input: input.values, current: locked.version, theirs: async () => cityFormValues(city) });
		const changes = {
			name_en: values.name_en || null,
			region: values.region || null,
			population: values.population ?? null,
			industries: [...values.industries],
			story: values.story.replace(/\r\n/g, '\n')
		};
		await updateCityRow(trx, city.id, changes);
		const before = {
			name_en: city.name_en,
			region: city.region,
			population: city.population,
			industries: city.industries,
			story: city.story
		};
		const changed = (Object.keys(changes) as (keyof typeof changes)[]).filter(
			(key) => JSON.stringify(changes[key]) !== JSON.stringify(before[key])
		);
		await insertAudit(trx, {
			actorId: actor.id,
			action: 'city.update',
			subjectType: 'city',
			subjectId: String(city.id),
			details: { slug: city.slug, changed }
		});
		// Practices, organisations and people carry the city's facts for search facets: they follow.
		await reindexCity(trx, city.id);
		return { slug: city.slug };
	});
}
