import { describe, expect, it } from 'vitest';
import { analyseQuery } from './query';
import { editDistance, highlightAll, snippet, wordMatcher } from './highlight';
import { plainText } from './tsvector';

const matcher = (q: string, similar: string[] = []) => wordMatcher(analyseQuery(q, new Map()), similar);

describe('highlighting', () => {
	it('marks every inflected form of the query words and escapes everything else', () => {
		const html = highlightAll('<b>Rewitalizacji</b> & "terenów" w Wałbrzychu', matcher('rewitalizacja teren walbrzych'));
		expect(html).toBe('&lt;b&gt;<mark>Rewitalizacji</mark>&lt;/b&gt; &amp; &quot;<mark>terenów</mark>&quot; w <mark>Wałbrzychu</mark>');
	});

	it('cuts a long text around the densest cluster of matches', () => {
		const filler = Array.from({ length: 80 }, (_, i) => `słowo${i}`).join(' ');
		const result = snippet(`${filler} tu jest kopalnia i kopalni szyb ${filler}`, matcher('kopalnia'));
		expect(result.hits).toBe(2);
		expect(result.html.startsWith('… ')).toBe(true);
		expect(result.html.endsWith(' …')).toBe(true);
		expect(result.html).toContain('<mark>kopalnia</mark> i <mark>kopalni</mark>');
	});

	it('marks the similar spellings the typo fallback used', () => {
		expect(highlightAll('Rewitalizacja dzielnicy', matcher('rewitalizajca', ['rewitalizacja']))).toBe(
			'<mark>Rewitalizacja</mark> dzielnicy'
		);
	});

	it('counts a swap of two letters as one typo', () => {
		expect(editDistance('rewitalizajca', 'rewitalizacja', 2)).toBe(1);
		expect(editDistance('regeneraton', 'regeneration', 2)).toBe(1);
		expect(editDistance('kopalnia', 'szkoła', 2)).toBe(3);
	});

	it('reads Markdown as plain text for snippets', () => {
		expect(plainText('## Cel\n\n**Park** na [hałdzie](https://example.org) i `kod`\n\n- punkt')).toBe(
			'Cel\n\nPark na hałdzie i kod\n\npunkt'
		);
	});
});
