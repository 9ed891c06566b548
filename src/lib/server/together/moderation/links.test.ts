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
		'example.io.',
		// e-mail links: the renderer makes each of these a mailto: link
		'write to mailto:offer@spam.example',
		'MAILTO:OFFER@SPAM.EXAMPLE',
		'<mailto:offer@spam.example>',
		'[write](mailto:offer@spam.example)',
		'[write][1]\n\n[1]: mailto:offer@spam.example',
		'offer@spam.example',
		'kontakt: jan.kowalski@um.walbrzych.pl',
		// entities the renderer decodes
		'[cheap](https&#58;//spam.example)',
		'ftp://files.example'
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
		'tel. 74 123 45 67, pokój 12',
		'@ewa-nowak what do you think?',
		''
	])('finds none in %j', (text) => {
		expect(containsLink(text)).toBe(false);
	});
});
