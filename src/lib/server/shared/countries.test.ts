import { describe, expect, it } from 'vitest';
import { countryName, countryOptions, isCountryCode } from './countries';

describe('countries', () => {
	it('names countries in Polish and English', () => {
		expect(countryName('PL', 'pl')).toBe('Polska');
		expect(countryName('pl', 'en')).toBe('Poland');
		expect(countryName('CZ', 'en')).toBe('Czechia');
		expect(countryName('CZ', 'pl')).toBe('Czechy');
		expect(countryName('GB', 'en')).toBe('United Kingdom');
		expect(countryName('DE', 'pl')).toBe('Niemcy');
	});

	it('lists every country, European ones first, sorted in the language', () => {
		const pl = countryOptions('pl');
		expect(pl.length).toBeGreaterThan(240);
		const european = pl.slice(
			0,
			pl.findIndex((o) => o.value === 'AF')
		);
		expect(european.map((o) => o.value)).toEqual(expect.arrayContaining(['PL', 'DE', 'CZ', 'BE']));
		const labels = european.map((o) => o.label);
		expect(labels).toEqual([...labels].sort(new Intl.Collator('pl').compare));
		// Polish order puts Łotwa after Luksemburg
		expect(labels.indexOf('Łotwa')).toBeGreaterThan(labels.indexOf('Luksemburg'));
		expect(countryOptions('en')[0]).toEqual({ value: 'AL', label: 'Albania' });
	});

	it('knows real codes', () => {
		expect(isCountryCode('be')).toBe(true);
		expect(isCountryCode('ZZ')).toBe(false);
		expect(isCountryCode('Poland')).toBe(false);
	});
});
