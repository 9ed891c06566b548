import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { INDUSTRIES } from '../../directory/cities';
import { DEMO_CITIES, seedCities } from './cities.seed';

const t = useTestDatabase();

const SLUGS =
	'walbrzych bytom lodz katowice zyrardow ostrava essen bochum charleroi genk bilbao sheffield saint-etienne tampere torino gdansk zabrze dortmund'.split(
		' '
	);

describe('demo cities', () => {
	it('has the agreed slugs, in at least 7 countries', () => {
		expect(DEMO_CITIES.map((c) => c.slug).sort()).toEqual([...SLUGS].sort());
		expect(new Set(DEMO_CITIES.map((c) => c.country_code)).size).toBeGreaterThanOrEqual(7);
	});

	it('places every city inside Europe with 4-decimal coordinates, a population and known industries', () => {
		for (const city of DEMO_CITIES) {
			expect(city.latitude, city.slug).toBeGreaterThan(35);
			expect(city.latitude, city.slug).toBeLessThan(71);
			expect(city.longitude, city.slug).toBeGreaterThan(-11);
			expect(city.longitude, city.slug).toBeLessThan(40);
			expect(Math.round(city.latitude * 1e4) / 1e4).toBe(city.latitude);
			expect(city.population, city.slug).toBeGreaterThan(10_000);
			expect(city.industries.length, city.slug).toBeGreaterThan(0);
			for (const industry of city.industries) expect(INDUSTRIES, city.slug).toContain(industry);
			expect(city.region.length, city.slug).toBeGreaterThan(2);
		}
	});

	it('tells each story in 2 to 4 sentences, in Polish for Polish cities', () => {
		for (const city of DEMO_CITIES) {
			const sentences = city.story.split(/(?<=[.!?])\s+(?=[A-ZŁŚŻŹĆÓ„“])/).filter(Boolean);
			expect(sentences.length, city.slug).toBeGreaterThanOrEqual(2);
			expect(sentences.length, city.slug).toBeLessThanOrEqual(4);
			const english = /\b(the|and|of)\b/.test(city.story);
			const polish = /(^|\s)(się|oraz|na|w|z|i)(?=\s)/.test(city.story) && /[ąćęłńśźż]/.test(city.story);
			expect({ english, polish }, city.slug).toEqual({ english: city.country_code !== 'PL', polish: city.country_code === 'PL' });
		}
	});

	it('lies close to the GeoNames coordinates of the same town', async () => {
		const { findTown } = await import('../../directory/cities');
		for (const city of DEMO_CITIES) {
			const town = findTown(city.name_en ?? city.name, city.country_code);
			expect(town, city.slug).not.toBeNull();
			expect(Math.abs(town!.latitude - city.latitude), city.slug).toBeLessThan(0.05);
			expect(Math.abs(town!.longitude - city.longitude), city.slug).toBeLessThan(0.05);
		}
	});

	it('inserts them as demo rows', async () => {
		await seedCities(t.deps);
		const rows = await t.db.selectFrom('cities').selectAll().where('is_demo', '=', true).execute();
		expect(rows).toHaveLength(DEMO_CITIES.length);
		expect(rows.find((r) => r.slug === 'torino')).toMatchObject({ name: 'Torino', name_en: 'Turin', country_code: 'IT' });
	});
});
