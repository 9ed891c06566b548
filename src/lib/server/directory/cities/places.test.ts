import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { makeCity } from '../../platform/db/testing/factories';
import { resolveCity } from './places';
import { townsLoaded, unloadTowns } from './geonames';

const t = useTestDatabase();

const cityRow = (id: number) => t.db.selectFrom('cities').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

describe('resolveCity', () => {
	it('finds an existing city whatever the case and diacritics', async () => {
		// A name no GeoNames town has, so only the existing row can match.
		const city = await makeCity(t.db, { name: 'Wałbrzych Górny Ślązak', country_code: 'PL' });
		expect(await resolveCity(t.db, { name: 'walbrzych gorny slazak', countryCode: 'pl' })).toBe(city.id);
		expect(await resolveCity(t.db, { name: '  WAŁBRZYCH GÓRNY ŚLĄZAK ', countryCode: 'PL' })).toBe(city.id);
	});

	it('finds an existing city by its English name, and only in its country', async () => {
		const city = await makeCity(t.db, { name: 'Torinetto', name_en: 'Little Turin Test', country_code: 'IT' });
		expect(await resolveCity(t.db, { name: 'little turin test', countryCode: 'IT' })).toBe(city.id);
		expect(await resolveCity(t.db, { name: 'Torinetto', countryCode: 'FR' })).toBeNull();
	});

	it('matches "walbrzych" to an existing Wałbrzych rather than adding a second one', async () => {
		const existing = await makeCity(t.db, { name: 'Wałbrzych', country_code: 'PL' });
		expect(await resolveCity(t.db, { name: 'walbrzych', countryCode: 'PL' })).toBe(existing.id);
		const count = await t.db
			.selectFrom('cities')
			.where('name', '=', 'Wałbrzych')
			.select((eb) => eb.fn.countAll().as('n'))
			.executeTakeFirstOrThrow();
		expect(Number(count.n)).toBe(1);
	});

	it('adds a Belgian town from GeoNames with its coordinates and population', async () => {
		const id = await resolveCity(t.db, { name: 'Mons', countryCode: 'BE' });
		expect(id).not.toBeNull();
		const city = await cityRow(id!);
		expect(city).toMatchObject({ name: 'Mons', country_code: 'BE', slug: 'mons' });
		// Mons, Hainaut: 50.45 N, 3.95 E, about 90,000 people (not the French villages of that name).
		expect(city.latitude).toBeCloseTo(50.454, 1);
		expect(city.longitude).toBeCloseTo(3.952, 1);
		expect(city.population).toBeGreaterThan(50_000);
		// The same town again is the same row.
		expect(await resolveCity(t.db, { name: 'MONS', countryCode: 'be' })).toBe(id);
	});

	it('adds a Polish town typed without diacritics, under its real name and a free slug', async () => {
		await t.db
			.insertInto('cities')
			.values({ slug: 'zyrardow', name: 'Somewhere else', country_code: 'DE', latitude: 0, longitude: 0, population: 1, industries: [] })
			.onConflict((oc) => oc.column('slug').doNothing())
			.execute();
		const id = await resolveCity(t.db, { name: 'zyrardow', countryCode: 'PL' });
		const city = await cityRow(id!);
		expect(city.name).toBe('Żyrardów');
		expect(city.slug).toBe('zyrardow-2');
		expect(city.latitude).toBeCloseTo(52.05, 1);
		expect(city.longitude).toBeCloseTo(20.45, 1);
	});

	it('returns null for nonsense, an empty name or a bad country code', async () => {
		expect(await resolveCity(t.db, { name: 'Qwxzzyplot', countryCode: 'PL' })).toBeNull();
		expect(await resolveCity(t.db, { name: '   ', countryCode: 'PL' })).toBeNull();
		expect(await resolveCity(t.db, { name: 'Bytom', countryCode: 'Poland' })).toBeNull();
		expect(await resolveCity(t.db, { name: 'Bytom', countryCode: 'ZZ' })).toBeNull();
	});

	it('loads GeoNames only when needed and can let it go', async () => {
		unloadTowns();
		expect(townsLoaded()).toBe(false);
		await resolveCity(t.db, { name: 'Genk', countryCode: 'BE' });
		expect(townsLoaded()).toBe(true);
		unloadTowns();
		expect(townsLoaded()).toBe(false);
		// and loads again on the next lookup
		const id = await resolveCity(t.db, { name: 'Bytom', countryCode: 'PL' });
		expect((await cityRow(id!)).latitude).toBeCloseTo(50.348, 2);
	});
});
