import { describe, expect, it } from 'vitest';
import { firstFreeHandle, handleBase } from './handle';

describe('handles', () => {
	it('spells names in ASCII', () => {
		expect(handleBase('Łucja Żółtowska-Wąs')).toBe('lucja-zoltowska-was');
		expect(handleBase('  Jürgen  Straße ')).toBe('jurgen-strasse');
		expect(handleBase('<script>alert(1)</script>')).toBe('script-alert-1-script');
		expect(handleBase('李')).toBe('person');
	});

	it('takes the first free number', () => {
		expect(firstFreeHandle('ewa', [])).toBe('ewa');
		expect(firstFreeHandle('ewa', ['ewa', 'ewa-2'])).toBe('ewa-3');
		expect(firstFreeHandle('new', [])).toBe('new-2');
	});
});
