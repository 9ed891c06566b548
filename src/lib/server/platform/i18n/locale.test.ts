import { describe, expect, it } from 'vitest';
import { localeFromPath, preferredLocale, switchLocalePath } from './locale';

describe('choosing the language', () => {
	it('reads the language from the first path segment only', () => {
		expect(localeFromPath('/en/cities')).toBe('en');
		expect(localeFromPath('/pl')).toBe('pl');
		expect(localeFromPath('/de/cities')).toBeUndefined();
		expect(localeFromPath('/cities/en')).toBeUndefined();
	});

	it('prefers the cookie, then Accept-Language by weight, then Polish', () => {
		expect(preferredLocale('en', 'pl-PL,pl;q=0.9')).toBe('en');
		expect(preferredLocale(undefined, 'de-DE,de;q=0.9,en;q=0.8,pl;q=0.5')).toBe('en');
		expect(preferredLocale(undefined, 'pl;q=0.2,en;q=0.9')).toBe('en');
		expect(preferredLocale('xx', 'fr-FR')).toBe('pl');
		expect(preferredLocale(undefined, null)).toBe('pl');
	});

	it('keeps the page when switching language', () => {
		expect(switchLocalePath('/pl/cities/bytom', 'en')).toBe('/en/cities/bytom');
		expect(switchLocalePath('/en', 'pl')).toBe('/pl');
	});
});
