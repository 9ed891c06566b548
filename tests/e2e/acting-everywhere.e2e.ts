/**
 * What the network does together shows wherever a visitor looks: Wałbrzych's page lists the
 * study visit coming up there (demo seed of study visits), with the way to past events and the
 * projects of its organisations; the city hall's page lists the visit it hosts; an area's page
 * has its upcoming events, open funding calls (the demo Interreg call) and projects; search finds the visit as an event,
 * with its date in its own zone. Partner searches show on an organisation's page to members only.
 */
import { describe, expect, it } from 'vitest';
import { newSession, useBrowser } from './support/browser';
import { DEMO_PASSWORD, demo, locales } from './support/env';
import { Journey } from './support/journey';
import { acceptLanguage } from './support/knowledge';

const chromium = useBrowser();

/** The demo study visit in Wałbrzych (seed/visits.seed.ts), public, about 40 days ahead. */
const VISIT_SLUG = 'wizyta-studyjna-stara-kopalnia-i-haldy';
const VISIT_TITLE = 'Wizyta studyjna: Stara Kopalnia i hałdy Wałbrzycha';
const HOST = 'Urząd Miasta Wałbrzych (demo)';
const AREA_KEY = 'brownfield-reuse';
/** A checked demo call of that area, open about six weeks more (seed/calls.seed.ts). */
const CALL_SLUG = 'interreg-central-europe-brownfields-demo';

describe('events, calls and projects appear everywhere', () => {
	for (const locale of locales) {
		it(`${locale}: a city, its city hall, an area and search show what is happening`, async () => {
			const session = await newSession(chromium.browser, { locale: acceptLanguage[locale] });
			const visitor = new Journey(session, locale);
			const { page } = visitor;
			const main = page.getByRole('main');
			const region = (key: string) => page.getByRole('region', { name: visitor.t(key) });

			// The city: the study visit among upcoming events, past events one link away.
			await visitor.go(`/${locale}/cities/walbrzych`);
			const events = region('activity_events_title');
			await visitor.waitFor(events, 'the upcoming events section');
			const visit = events.getByRole('link', { name: VISIT_TITLE });
			await visitor.waitFor(visit, 'the demo study visit');
			expect(await visit.getAttribute('href')).toBe(`/${locale}/events/${VISIT_SLUG}`);
			expect(await events.locator('time').first().innerText()).toMatch(/CES?T/);
			expect(await events.getByRole('link', { name: visitor.t('activity_events_past_link') }).getAttribute('href')).toBe(
				`/${locale}/events?city=walbrzych&when=past`
			);
			await visitor.waitFor(region('activity_projects_title_city'), 'the projects section');

			// Its city hall hosts the visit; partner searches are not for visitors.
			await visitor.follow(main.getByRole('link', { name: HOST }), new RegExp(`^/${locale}/organisations/`));
			const organisationPath = new URL(page.url()).pathname;
			await visitor.expectHeading(HOST);
			await visitor.waitFor(region('activity_events_hosted_title').getByRole('link', { name: VISIT_TITLE }), 'the hosted visit');
			await visitor.waitFor(region('activity_projects_title_organisation'), 'the projects section');
			expect(await region('activity_searches_title').count()).toBe(0);

			// An area: its events, open calls and projects, each with a way to the whole list.
			await visitor.go(`/${locale}/areas/${AREA_KEY}`);
			for (const key of ['activity_events_title', 'activity_calls_title', 'activity_projects_title_area']) {
				await visitor.waitFor(region(key), `the section "${visitor.t(key)}"`);
			}
			const call = region('activity_calls_title')
				.getByRole('listitem')
				.filter({ has: page.locator(`a[href="/${locale}/calls/${CALL_SLUG}"]`) });
			await visitor.waitFor(call, 'the open demo call', visitor.t('activity_call_deadline', { deadline: '' }).trim());
			expect(await call.innerText()).toMatch(/17:00 CES?T/);

			// Search finds the visit as an event, with its date.
			await visitor.go(`/${locale}/search?q=${encodeURIComponent('Stara Kopalnia hałdy')}`);
			const types = page.getByRole('navigation', { name: visitor.t('search_types_label') });
			await visitor.follow(types.getByRole('link', { name: new RegExp(`^${visitor.t('search_type_event')} \\(\\d+\\)$`) }), /type=event/);
			const results = page.getByRole('list', { name: visitor.t('search_results_label') });
			const hit = results.getByRole('listitem').filter({ has: page.locator(`a[href="/${locale}/events/${VISIT_SLUG}"]`) });
			await visitor.waitFor(hit, 'the visit among the results', visitor.t('search_kind_event'));
			expect(await hit.innerText()).toMatch(/CES?T/);

			// Ewa, a member, sees the city hall's partner searches section.
			await visitor.logIn(demo.member, DEMO_PASSWORD);
			await visitor.go(organisationPath);
			await visitor.waitFor(region('activity_searches_title'), 'the partner searches section');
			await session.close();
		});
	}
});
