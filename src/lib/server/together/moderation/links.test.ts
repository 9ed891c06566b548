import { describe, expect, it } from 'vitest';
import { containsLink } from './links';

describe('containsLink', () => {
	it.each([
		'see https://example.com',
		'HTTP://EXAMPLE.COM',
		'go to www.example.org now',
		'WWW.Example.pl',
		'[cheap](https://spam.example)',
		'[here](/somewhere)',
		'<https://example.com>',
		'example.com/path',
		'visit example.com',
		'shop.example.co/buy?x=1',
		'wybory.gov.pl',
		'kup-teraz.xyz!',
		'(example.net)',
		'example.io.'
	])('finds a link in %j', (text) => {
		expect(containsLink(text)).toBe(true);
	});

	it.each([
		'Wałbrzych has 110.000 inhabitants.',
		'np. kopalnia, itd. i tp.',
		'End of sentence.Next one',
		'version 2.5 and 3.1.4',
		'e.g. mining; i.e. coal',
		'Write to us in [brackets] (later)',
		'Kopalnia.To była praca',
		'a plain text without addresses',
		''
	])('finds none in %j', (text) => {
		expect(containsLink(text)).toBe(false);
	});
});
