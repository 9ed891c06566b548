import { describe, expect, it } from 'vitest';
import { MAP_COLOURS, renderEuropeMap, type MapMarker } from './europe-map';

const marker = (over: Partial<MapMarker>): MapMarker => ({
	href: '/en/cities/x',
	label: 'X',
	latitude: 50.77,
	longitude: 16.28,
	kind: 'city',
	...over
});

/** WCAG relative luminance contrast of two #rrggbb colours. */
function contrast(a: string, b: string): number {
	const lum = (hex: string) => {
		const [r, g, bl] = [1, 3, 5].map((i) => {
			const c = parseInt(hex.slice(i, i + 2), 16) / 255;
			return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
	};
	const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
	return (hi + 0.05) / (lo + 0.05);
}

describe('europe map', () => {
	it('wraps each marker in a link named by its title, and escapes names', () => {
		const svg = renderEuropeMap([
			marker({ href: '/pl/cities/walbrzych', label: 'Wałbrzych', kind: 'member' }),
			marker({ href: '/pl/cities/bilbao', label: 'Bilbao <&> "x"', latitude: 43.26, longitude: -2.93 })
		]);
		expect(svg.match(/<a href=/g)).toHaveLength(2);
		expect(svg).toContain('<a href="/pl/cities/walbrzych" tabindex="-1"><title>Wałbrzych</title><circle cx=');
		expect(svg).toContain('<title>Bilbao &lt;&amp;&gt; &quot;x&quot;</title>');
		expect(svg).toMatch(/^<svg [^>]*aria-hidden="true"/);
	});

	it('stays under 60 KB with a hundred cities and leaves out places beyond the frame', () => {
		const many = Array.from({ length: 100 }, (_, i) =>
			marker({ href: `/en/cities/c${i}`, latitude: 40 + (i % 20), longitude: -5 + i / 4 })
		);
		const svg = renderEuropeMap([...many, marker({ href: '/en/cities/new-york', latitude: 40.7, longitude: -74 })]);
		expect(Buffer.byteLength(svg)).toBeLessThan(60_000);
		expect(svg).not.toContain('new-york');
		expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
	});

	it('zooms in around a focused city', () => {
		const full = renderEuropeMap([]);
		const focused = renderEuropeMap([marker({ kind: 'highlight' })], { focus: { latitude: 50.77, longitude: 16.28, zoom: 3 } });
		const width = (svg: string) => Number(/viewBox="[\d.-]+ [\d.-]+ ([\d.]+)/.exec(svg)![1]);
		expect(width(focused)).toBeCloseTo(width(full) / 3, 0);
		expect(focused).toContain(`fill="${MAP_COLOURS.highlight}"`);
	});

	it('draws meaningful markers at least 3:1 against the land', () => {
		for (const colour of [MAP_COLOURS.member, MAP_COLOURS.city, MAP_COLOURS.highlight]) {
			expect(contrast(colour, MAP_COLOURS.land)).toBeGreaterThanOrEqual(4.5);
		}
	});
});

describe('a map of thousands of places', () => {
	it('draws plain dots instead of links', () => {
		const marker = (i: number) => ({
			href: `/en/cities/c${i}`,
			label: `Town ${i}`,
			latitude: 50 + (i % 10) / 10,
			longitude: 19 + (i % 7) / 10,
			kind: 'city' as const
		});
		const few = renderEuropeMap(Array.from({ length: 3 }, (_, i) => marker(i)));
		expect(few).toContain('<a href="/en/cities/c1"');
		const many = renderEuropeMap(Array.from({ length: 2000 }, (_, i) => marker(i)));
		expect(many.match(/<circle/g)).toHaveLength(2000);
		expect(many).not.toContain('<a ');
		expect(many).not.toContain('<title>');
	});
});
