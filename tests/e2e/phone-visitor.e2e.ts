/**
 * A visitor who heard of the network, on a phone: what is it, which towns are in it, one town's
 * page, who works there. Anonymous, so the people directory shows public profiles only. The
 * language switch keeps the visitor on the same page.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newSession, useBrowser } from './support/browser';
import { locales, type Locale } from './support/env';
import { Journey } from './support/journey';
import { MEMBERS_ONLY_PERSON, PUBLIC_PERSON, searchPeople } from './support/directory';

const chromium = useBrowser();

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/** WCAG 1.4.10: at 390 px nothing may need sideways scrolling. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
	const widths = await page.evaluate(() => ({ content: document.documentElement.scrollWidth, screen: window.innerWidth }));
	if (widths.content > widths.screen + 1) {
		throw new Error(`${page.url()} is ${widths.content}px wide on a ${widths.screen}px screen: it scrolls sideways`);
	}
}

describe('a visitor on a phone', () => {
	for (const locale of locales) {
		it(`${locale}: home, cities, a city, public people; the language switch keeps the page`, async () => {
			const session = await newSession(chromium.browser, { ...PHONE, locale: locale === 'pl' ? 'pl-PL' : 'en-GB' });
			const visitor = new Journey(session, locale);
			const other: Locale = locale === 'pl' ? 'en' : 'pl';

			await visitor.go(`/${locale}`);
			await expectNoSidewaysScroll(visitor.page);
			// Logged out: the header offers to log in and to join.
			await visitor.waitFor(visitor.page.getByRole('banner').getByRole('link', { name: visitor.t('nav_login') }), 'the login link');

			await visitor.follow(visitor.page.getByRole('banner').getByRole('link', { name: visitor.t('nav_cities') }), /\/cities$/);
			await visitor.expectHeading(visitor.t('cities_title'));
			await expectNoSidewaysScroll(visitor.page);
			const cityRows = visitor.page.getByRole('table').getByRole('row');
			expect(await cityRows.count()).toBeGreaterThan(1);

			await visitor.follow(visitor.page.getByRole('link', { name: visitor.t('cities_map_link') }), /\/cities\/map$/);
			await visitor.expectHeading(visitor.t('cities_map_page_title'));
			await expectNoSidewaysScroll(visitor.page);
			await visitor.waitFor(visitor.page.getByRole('heading', { name: visitor.t('cities_map_title') }), 'the map heading');
			await visitor.waitFor(visitor.page.locator('figure svg').first(), 'the map');
			await visitor.waitFor(visitor.page.getByRole('heading', { name: visitor.t('cities_map_list_title') }), 'the list beside the map');

			// A city page, reached from the list.
			await visitor.go(`/${locale}/cities`);
			const firstCity = visitor.page.getByRole('table').getByRole('row').nth(1).getByRole('link').first();
			const cityName = (await firstCity.innerText()).trim();
			await visitor.follow(firstCity, /\/cities\/[^/]+$/);
			await visitor.expectHeading(cityName);
			await visitor.waitFor(visitor.page.getByRole('heading', { name: visitor.t('cities_facts_title') }), 'the facts');
			await expectNoSidewaysScroll(visitor.page);
			const cityPath = new URL(visitor.page.url()).pathname;

			// The language switch keeps the city page.
			await visitor.switchLanguage(other);
			expect(new URL(visitor.page.url()).pathname).toBe(cityPath.replace(`/${locale}/`, `/${other}/`));
			await visitor.waitFor(visitor.page.getByRole('heading', { name: visitor.t('cities_facts_title') }), 'the facts, translated');
			await visitor.switchLanguage(locale);
			expect(new URL(visitor.page.url()).pathname).toBe(cityPath);

			// People: public profiles only, with a note on why and how to see more.
			await visitor.follow(visitor.page.getByRole('banner').getByRole('link', { name: visitor.t('nav_people') }), /\/people$/);
			await visitor.expectHeading(visitor.t('people_title'));
			await visitor.waitFor(visitor.page.getByText(visitor.t('people_limited_note')), 'the note that only public profiles show');
			await expectNoSidewaysScroll(visitor.page);
			const people = visitor.page.getByRole('list', { name: visitor.t('people_list_label') }).getByRole('listitem');
			expect(await people.count()).toBeGreaterThan(0);
			// Members-only fields never reach a visitor.
			expect(await visitor.page.getByText('@headframe.example').count()).toBe(0);
			const found = await searchPeople(visitor, PUBLIC_PERSON.split(' ')[1]);
			expect(found.text).toContain(PUBLIC_PERSON);
			const hidden = await searchPeople(visitor, MEMBERS_ONLY_PERSON.split(' ')[1]);
			expect(hidden.text).not.toContain(MEMBERS_ONLY_PERSON);
			expect(hidden.count).toBe(0);

			session.assertClean();
			await session.close();
		});
	}
});
