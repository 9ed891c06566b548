/**
 * A visitor browses the practices: narrows the list by thematic area and country with the
 * facets (each choice says how many practices it leaves, and the list then has that many),
 * sorts it, opens a practice, goes to its area's page (same count) and on to another practice.
 * Plain GET forms: it works the same with or without JavaScript.
 */
import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { newSession, useBrowser } from './support/browser';
import { locales } from './support/env';
import { Journey } from './support/journey';
import { msgPattern } from './support/messages';
import { acceptLanguage } from './support/knowledge';

const chromium = useBrowser();

const AREA = 'culture-identity';
const COUNTRY = 'PL';

/** The number at the end of a text such as "Practices found: 12" or "Poland (7)". */
function countIn(text: string): number {
	const match = /(\d[\d\s\u00a0\u202f.,]*)\)?\s*$/.exec(text.trim());
	return match ? Number(match[1].replace(/\D/g, '')) : NaN;
}

/** A facet's option: its label without the count, and the count. */
async function option(select: Locator, value: string): Promise<{ label: string; count: number }> {
	const text = (await select.locator(`option[value="${value}"]`).innerText()).trim();
	return { label: text.replace(/\s*\([^)]*\)\s*$/, ''), count: countIn(text) };
}

async function listed(journey: Journey): Promise<{ total: number; titles: string[]; items: string[] }> {
	const { page } = journey;
	const heading = page.getByRole('heading', { level: 2, name: msgPattern(journey.locale, 'search_practices_count') });
	await journey.waitFor(heading, 'the number of practices found');
	const list = page.getByRole('list', { name: journey.t('search_practices_list_label') });
	return {
		total: countIn(await heading.innerText()),
		titles: (await list.locator('h3').allInnerTexts()).map((t) => t.trim()),
		items: await list.getByRole('listitem').allInnerTexts()
	};
}

describe('the practice list with facets', () => {
	for (const locale of locales) {
		it(`${locale}: filter by area and country, counts, sorting, an area page and its practices`, async () => {
			const session = await newSession(chromium.browser, { locale: acceptLanguage[locale] });
			const visitor = new Journey(session, locale);
			const { page } = visitor;
			const facets = page.getByRole('form', { name: visitor.t('search_facets_heading') });
			const apply = () => visitor.follow(facets.getByRole('button', { name: visitor.t('filter_apply') }), /\/practices\?/);

			await visitor.go(`/${locale}`);
			await visitor.follow(page.getByRole('banner').getByRole('link', { name: visitor.t('nav_practices'), exact: true }), /\/practices$/);
			await visitor.expectHeading(visitor.t('search_practices_title'));
			const all = await listed(visitor);
			expect(all.total).toBeGreaterThan(20);

			// An area: the option says how many practices it leaves, and that many are listed.
			const areaSelect = visitor.field(visitor.t('search_facet_area'), facets);
			const area = await option(areaSelect, AREA);
			expect(area.count).toBeGreaterThan(1);
			expect(area.count).toBeLessThan(all.total);
			await areaSelect.selectOption(AREA);
			await apply();
			expect(new URL(page.url()).searchParams.get('area')).toBe(AREA);
			const inArea = await listed(visitor);
			expect(inArea.total).toBe(area.count);
			expect(await areaSelect.inputValue()).toBe(AREA);

			// And a country within it: the country's count is now the count within the area.
			const countrySelect = visitor.field(visitor.t('search_facet_country'), facets);
			const country = await option(countrySelect, COUNTRY);
			expect(country.count).toBeGreaterThan(0);
			expect(country.count).toBeLessThanOrEqual(area.count);
			await countrySelect.selectOption(COUNTRY);
			await apply();
			const narrowed = await listed(visitor);
			expect(narrowed.total).toBe(country.count);
			expect(narrowed.items.length).toBe(Math.min(narrowed.total, narrowed.items.length));
			for (const item of narrowed.items) expect(item).toContain(country.label);
			expect(await areaSelect.inputValue()).toBe(AREA);

			// Sorting keeps the filters and the same practices.
			const sortSelect = visitor.field(visitor.t('search_sort_label'), facets);
			for (const sort of ['updated', 'newest']) {
				await sortSelect.selectOption(sort);
				await apply();
				const sorted = await listed(visitor);
				expect(new URL(page.url()).searchParams.get('sort')).toBe(sort);
				expect(sorted.total).toBe(narrowed.total);
				expect([...sorted.titles].sort()).toEqual([...narrowed.titles].sort());
				expect(await sortSelect.inputValue()).toBe(sort);
				expect(await countrySelect.inputValue()).toBe(COUNTRY);
			}

			// A practice from the list, then its area's page: the same number of practices.
			const list = page.getByRole('list', { name: visitor.t('search_practices_list_label') });
			const first = list.locator('h3 a').first();
			const firstTitle = (await first.innerText()).trim();
			await visitor.follow(first, /\/practices\/[^/?]+$/);
			await visitor.expectHeading(firstTitle);
			const areaLink = page.locator(`a[href="/${locale}/areas/${AREA}"]`);
			const areaName = (await areaLink.first().innerText()).trim();
			expect(areaName).toBe(area.label);
			await visitor.follow(areaLink, new RegExp(`/areas/${AREA}$`));
			await visitor.expectHeading(areaName);
			const practices = page.getByRole('region', { name: visitor.t('areapage_practices_title') });
			await visitor.waitFor(practices.getByText(msgPattern(locale, 'areapage_practices_count')), 'the number of practices in the area');
			expect(countIn(await practices.getByText(msgPattern(locale, 'areapage_practices_count')).innerText())).toBe(area.count);
			const another = practices
				.getByRole('listitem')
				.filter({ hasNotText: firstTitle })
				.locator(`a[href^="/${locale}/practices/"]`)
				.first();
			const anotherTitle = (await another.innerText()).trim();
			await visitor.follow(another, /\/practices\/[^/?]+$/);
			await visitor.expectHeading(anotherTitle);
			expect(await page.locator(`a[href="/${locale}/areas/${AREA}"]`).count()).toBeGreaterThan(0);

			// The list of areas says the same.
			await visitor.go(`/${locale}/areas`);
			const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: areaName, exact: true }) });
			expect(countIn((await row.getByRole('cell').first().innerText()).trim())).toBe(area.count);

			session.assertClean();
			await session.close();
		});
	}
});
