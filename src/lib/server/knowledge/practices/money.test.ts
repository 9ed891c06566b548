import { describe, expect, it } from 'vitest';
import { minorToInput, parseDecimal, parseMoney } from './money';

describe('parseMoney', () => {
	it('reads Polish, English and German ways of writing an amount', () => {
		expect(parseMoney('1 250 000,50', 'pl')).toBe(125_000_050);
		expect(parseMoney('1 250 000,50', 'en')).toBe(125_000_050);
		expect(parseMoney('1,250,000.50', 'en')).toBe(125_000_050);
		expect(parseMoney('1,250,000.50', 'pl')).toBe(125_000_050);
		expect(parseMoney('1.250.000,50', 'pl')).toBe(125_000_050);
		expect(parseMoney('1\u00a0250\u00a0000,5')).toBe(125_000_050);
		expect(parseMoney('2500000')).toBe(250_000_000);
		expect(parseMoney('12.5')).toBe(1250);
	});

	it('lets the locale decide a lone separator before three digits', () => {
		expect(parseMoney('1,250', 'en')).toBe(125_000);
		expect(parseMoney('1.250', 'pl')).toBe(125_000);
		expect(parseMoney('1,250', 'pl')).toBe(125); // 1,25 zł with a trailing zero
		expect(parseMoney('1,255', 'pl')).toBe(null); // a third decimal is not money
	});

	it('refuses what is not an amount', () => {
		for (const bad of ['', 'abc', '12 EUR', '-5', '1,2,3', '1,25,000', '1.2.3,4,5', '0.001', '1e5']) {
			expect(parseMoney(bad, 'en'), bad).toBe(null);
		}
		expect(parseMoney('99999999999999999999')).toBe(null);
	});

	it('writes minor units back for the form', () => {
		expect(minorToInput(125_000_050)).toBe('1250000.50');
		expect(minorToInput(250_000_000)).toBe('2500000');
		expect(minorToInput(null)).toBe('');
		expect(minorToInput(125_000_050, 'pl')).toBe('1250000,50');
		expect(parseMoney(minorToInput(125_000_050, 'pl'), 'pl')).toBe(125_000_050);
	});
});

describe('parseDecimal', () => {
	it('reads indicator values', () => {
		expect(parseDecimal('12,5', 'pl')).toBe(12.5);
		expect(parseDecimal('-3.25')).toBe(-3.25);
		expect(parseDecimal('1 200')).toBe(1200);
		expect(parseDecimal('x')).toBe(null);
	});
});
