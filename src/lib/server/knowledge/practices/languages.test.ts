import { describe, expect, it } from 'vitest';
import { COMMON_LANGUAGES, PRACTICE_LANGUAGES } from './practice-choices';
import { languageChoices } from './practice-form';

describe('practice languages', () => {
	it('accepts every ISO 639-1 code once, the common ones first', () => {
		expect(PRACTICE_LANGUAGES).toHaveLength(new Set(PRACTICE_LANGUAGES).size);
		expect(PRACTICE_LANGUAGES.length).toBeGreaterThanOrEqual(183);
		expect(PRACTICE_LANGUAGES.slice(0, COMMON_LANGUAGES.length)).toEqual([...COMMON_LANGUAGES]);
		for (const code of ['eu', 'lb', 'sl', 'ca', 'ga']) expect(PRACTICE_LANGUAGES).toContain(code);
	});

	it('names the choices in the page language and leaves out the excluded ones', () => {
		const choices = languageChoices('pl', ['pl']);
		expect(choices[0]).toEqual({ value: 'en', label: expect.stringMatching(/angielski/i) });
		expect(choices.find((c) => c.value === 'eu')?.label).toMatch(/baskijski/i);
		expect(choices.some((c) => c.value === 'pl')).toBe(false);
	});
});
