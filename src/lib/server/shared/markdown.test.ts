import { describe, expect, it } from 'vitest';
import { linkTargets, markdownCacheSize, MAX_TABLE_CELLS, renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
	it('renders paragraphs, lists and emphasis', () => {
		const html = renderMarkdown('Hello **world**\n\n- one\n- two');
		expect(html).toContain('<strong>world</strong>');
		expect(html).toContain('<li>one</li>');
	});

	it('never lets script tags or inline handlers out', () => {
		const html = renderMarkdown('<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n<a href="#" onclick="x()">a</a>');
		expect(html).not.toMatch(/<script/i);
		expect(html).not.toMatch(/<img/i);
		expect(html).not.toMatch(/<a /i);
		expect(html).toContain('&lt;script&gt;');
	});

	it('drops javascript:, data: and vbscript: links', () => {
		for (const url of [
			'javascript:alert(1)',
			'JAVASCRIPT:alert(1)',
			' javascript:alert(1)',
			'data:text/html,<b>x</b>',
			'vbscript:x',
			'/relative'
		]) {
			const html = renderMarkdown(`[click](${url})`);
			expect(html).not.toMatch(/href=/);
		}
		expect(renderMarkdown('<javascript:alert(1)>')).not.toMatch(/href=/);
	});

	it('marks http(s) and mailto links as user content', () => {
		const html = renderMarkdown('[site](https://example.org) and <mailto:a@example.org> and https://walbrzych.eu');
		expect(html).toContain('<a href="https://example.org" rel="nofollow ugc noopener">site</a>');
		expect(html).toContain('href="mailto:a@example.org" rel="nofollow ugc noopener"');
		expect(html).toContain('href="https://walbrzych.eu" rel="nofollow ugc noopener"');
	});

	it('does not render images', () => {
		const html = renderMarkdown('![tracker](https://evil.example/pixel.png)');
		expect(html).not.toMatch(/<img/i);
	});

	it('puts headings under the page and section headings', () => {
		expect(renderMarkdown('# Title\n\n## Sub')).toContain('<h3>Title</h3>');
		expect(renderMarkdown('###### Deep')).toContain('<h6>Deep</h6>');
	});

	it('returns nothing for empty text', () => {
		expect(renderMarkdown('')).toBe('');
		expect(renderMarkdown(null)).toBe('');
	});

	it('renders a table as usual', () => {
		const html = renderMarkdown('| a | b |\n|---|:-:|\n| 1 | 2 |');
		expect(html).toContain('<th>a</th>');
		expect(html).toContain('<td style="text-align:center">2</td>');
	});
});

/** 20,000 characters: the longest post a member may write (discussions' BODY_MAX, practice sections). */
const N = 20_000;
const fill = (unit: string, tag = '') => (tag + unit.repeat(Math.ceil(N / unit.length))).slice(0, N);
const count = (html: string, tag: string) => html.split(`<${tag}`).length - 1;

describe('renderMarkdown on pathological text', () => {
	it('bounds a table: too many columns stay text, a long body ends at the cell budget', () => {
		// 2,800 columns and bare "|" rows: 65,536 empty cells and 650 KB of HTML before
		const wide = `|${'a|'.repeat(2800)}\n|${'-|'.repeat(2800)}\n${'|\n'.repeat(3000)}`;
		expect(count(renderMarkdown(wide), 'td')).toBe(0);
		const long = fill('|\n', '|a|b|c|d|e|f|\n|-|-|-|-|-|-|\n');
		const html = renderMarkdown(long);
		expect(count(html, 'td')).toBeGreaterThan(0);
		expect(count(html, 'td')).toBeLessThanOrEqual(MAX_TABLE_CELLS);
		expect(html.length).toBeLessThan(4 * N);
	});

	it('caps nesting at 20 levels', () => {
		expect(count(renderMarkdown(`${'> '.repeat(60)}deep`), 'blockquote')).toBeLessThanOrEqual(20);
	});

	// A page of a thread shows 30 posts; such posts cost 30-90 ms each to render, on every view.
	it('renders a thread page of 30 such posts once, then serves them from the cache', () => {
		const units = ['[_', '[', '[[]', '*_', 'a**', '[a*', '#[w@_', '(![h.*'];
		const posts = Array.from({ length: 30 }, (_, i) => fill(units[i % units.length], `Post ${i}: `));
		const first = posts.map((post) => renderMarkdown(post));
		const before = markdownCacheSize();
		const started = performance.now();
		const again = posts.map((post) => renderMarkdown(post));
		const elapsed = performance.now() - started;
		expect(again).toEqual(first);
		expect(markdownCacheSize()).toBe(before);
		expect(elapsed).toBeLessThan(300);
	});

	it('renders an edited text afresh (the cache is keyed by the text itself)', () => {
		const text = fill('Ordinary words about the **mine**. ');
		expect(renderMarkdown(text)).toContain('<strong>mine</strong>');
		expect(renderMarkdown(text.replace('**mine**', '*pit*'))).toContain('<em>pit</em>');
	});
});

describe('linkTargets', () => {
	it('finds every link the page would render: markdown, autolinks, references, bare e-mail addresses', () => {
		expect(linkTargets('[x](https://example.org) <mailto:a@example.org> write to jan@um.example.pl')).toEqual([
			'https://example.org',
			'mailto:a@example.org',
			'mailto:jan@um.example.pl'
		]);
		expect(linkTargets('[a][1]\n\n[1]: mailto:x@example.pl')).toEqual(['mailto:x@example.pl']);
		expect(linkTargets('[x](https&#58;//example.com)')).toEqual(['https://example.com']);
		expect(linkTargets('[x](javascript:alert(1)) and plain words 2.5')).toEqual([]);
	});
});
