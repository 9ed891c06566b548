/**
 * Turning a town someone typed (with its country) into a city row: the network's own cities
 * first, then GeoNames. Other domains (organisations, accounts) call `resolveCity` inside their
 * own transactions, so it takes the database handle (or transaction) directly.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db';
import { insertCity, listCityNamesInCountry, slugTaken } from './cities.queries';
import { findTown } from './geonames';
import { citySlug, foldName } from './names';
import { reindexCity } from '../../knowledge/search';

export interface PlaceQuery {
	name: string;
	/** ISO 3166-1 alpha-2, any case. */
	countryCode: string;
}

/**
 * The id of the city called `name` in `countryCode`: an existing row whose name or English name
 * matches regardless of case and diacritics ("walbrzych" finds Wałbrzych), or else a new row
 * made from the most populous GeoNames town of that name in that country, with its
 * coordinates and population. Null when nothing matches.
 */
export async function resolveCity(db: Kysely<DB>, { name, countryCode }: PlaceQuery): Promise<number | null> {
	const wanted = foldName(name ?? '');
	const country = (countryCode ?? '').trim().toUpperCase();
	if (!wanted || !/^[A-Z]{2}$/.test(country)) return null;

	const existing = await findExisting(db, wanted, country);
	if (existing !== null) return existing;

	const town = findTown(name, country);
	if (!town) return null;
	// The typed spelling may differ from GeoNames' ("Turin" vs a stored "Torino" is caught
	// above by name_en); look again under GeoNames' own name before adding a second row.
	const known = await findExisting(db, foldName(town.name), country);
	if (known !== null) return known;

	const base = citySlug(town.name);
	for (let n = RESERVED_SLUGS.has(base) ? 2 : 1; n < 100; n++) {
		const slug = n === 1 ? base : `${base}-${n}`;
		if (await slugTaken(db, slug)) continue;
		const id = await insertCity(db, {
			slug,
			name: town.name,
			countryCode: country,
			latitude: round(town.latitude),
			longitude: round(town.longitude),
			population: town.population || null
		});
		if (id !== null) {
			// A new town is searchable at once (nothing else refers to it yet: no cascade).
			await reindexCity(db, id, { cascade: false });
			return id;
		}
		// Someone may have added the same town at this very moment: use theirs if so.
		const added = await findExisting(db, foldName(town.name), country);
		if (added !== null) return added;
	}
	throw new Error(`No free slug for city ${town.name}`);
}

async function findExisting(db: Kysely<DB>, folded: string, country: string): Promise<number | null> {
	const rows = await listCityNamesInCountry(db, country);
	// With two rows of the same name, prefer the larger town, as GeoNames lookups do.
	const matches = rows
		.filter((row) => foldName(row.name) === folded || (row.name_en !== null && foldName(row.name_en) === folded))
		.sort((a, b) => (b.population ?? 0) - (a.population ?? 0));
	return matches[0]?.id ?? null;
}

/** Paths under /cities/ that are pages of their own, not cities. */
const RESERVED_SLUGS = new Set(['map']);

const round = (value: number) => Math.round(value * 1e4) / 1e4;
