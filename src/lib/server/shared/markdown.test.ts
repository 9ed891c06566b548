import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown';

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
});
