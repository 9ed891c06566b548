/**
 * Search that understands Polish, as a visitor meets it: any form of a word finds the others,
 * accents are optional, English is stemmed, a typo still finds something (marked as a similar
 * spelling), an empty result says what to try. Matches are highlighted. A members-only demo
 * practice never reaches the visitor, by search or by its address, but Ewa, logged in, finds it.
 */
import { describe, expect, it } from 'vitest';
import { newSession, useBrowser } from './support/browser';
import { DEMO_PASSWORD, demo, locales, unique } from './support/env';
import { Journey } from './support/journey';
import { msgPattern } from './support/messages';
import { acceptLanguage } from './support/knowledge';

const chromium = useBrowser();

/** A demo practice of Katowice shared with network members only (practices.data.lodz.ts). */
const MEMBERS_ONLY_TITLE = 'Nowe zawody dla rodzin górniczych';
const MEMBERS_ONLY_WORD = 'fotowoltaiki';
/** Demo practices of Wałbrzych, written in Polish (practices.data.walbrzych.ts). */
const WALBRZYCH_PRACTICE = /Stara Kopalnia/;

interface Found {
	total: number;
	/** The results' addresses, in order. */
	hrefs: string[];
	/** The highlighted words, as shown. */
	marks: string[];
	/** The highlighted words inside snippets (not titles). */
	snippetMarks: string[];
	text: string;
}

/** Searches with the search page's own form and reads the result page. */
async function search(journey: Journey, words: string): Promise<Found> {
	const { page, locale } = journey;
	if (!new URL(page.url()).pathname.endsWith('/search')) await journey.go(`/${locale}/search`);
	await journey.field(journey.t('search_field_label'), page.getByRole('main')).fill(words);
	await journey.follow(page.getByRole('main').getByRole('button', { name: journey.t('search_submit'), exact: true }), /\/search\?(.*&)?q=/);
	return readResults(journey, words);
}

async function readResults(journey: Journey, words: string): Promise<Found> {
	const { page } = journey;
	const heading = page.getByRole('heading', { level: 2, name: msgPattern(journey.locale, 'search_results_heading') });
	await journey.waitFor(heading, `the results heading for "${words}"`, words);
	const total = Number(/(\d+)\s*$/.exec((await heading.innerText()).trim())?.[1] ?? NaN);
	const list = page.getByRole('list', { name: journey.t('search_results_label') });
	if (!(await list.count())) return { total, hrefs: [], marks: [], snippetMarks: [], text: '' };
	return {
		total,
		hrefs: await list.locator('h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? '')),
		marks: await list.locator('mark').allInnerTexts(),
		snippetMarks: await list.locator('p mark').allInnerTexts(),
		text: await list.innerText()
	};
}

const practicesIn = (found: Found) => found.hrefs.filter((href) => /\/practices\/[^/]+$/.test(href));

describe('search understands Polish', () => {
	for (const locale of locales) {
		it(`${locale}: word forms, optional accents, English stems, typos, empty results, members-only practices`, async () => {
			const session = await newSession(chromium.browser, { locale: acceptLanguage[locale] });
			const visitor = new Journey(session, locale);
			const { page } = visitor;

			// From the header's search box, anywhere on the site.
			await visitor.go(`/${locale}`);
			const banner = page.getByRole('banner');
			await banner.getByRole('searchbox', { name: visitor.t('nav_search_label') }).fill('rewitalizacja');
			await visitor.follow(banner.getByRole('button', { name: visitor.t('nav_search') }), /\/search\?q=rewitalizacja$/);
			const revitalisation = await readResults(visitor, 'rewitalizacja');
			expect(revitalisation.total).toBeGreaterThan(0);
			expect(practicesIn(revitalisation).length).toBeGreaterThan(0);
			// The snippets highlight other forms of the word: "rewitalizacji" for "rewitalizacja".
			expect(revitalisation.snippetMarks.length).toBeGreaterThan(0);
			expect(revitalisation.marks.every((word) => /^rewitaliz/i.test(word))).toBe(true);
			expect(revitalisation.marks.some((word) => word.toLowerCase() !== 'rewitalizacja')).toBe(true);

			// The town in the nominative finds the texts that say "w Wałbrzychu"; without accents too.
			const town = await search(visitor, 'Wałbrzych');
			expect(practicesIn(town).length).toBeGreaterThan(0);
			expect(town.text).toMatch(WALBRZYCH_PRACTICE);
			expect(town.hrefs).toContain(`/${locale}/cities/walbrzych`);
			expect(town.marks.some((word) => /^wałbrzych./i.test(word))).toBe(true);
			const unaccented = await search(visitor, 'walbrzych');
			expect(unaccented.total).toBe(town.total);
			expect(unaccented.text).toMatch(WALBRZYCH_PRACTICE);

			// English: "regenerating" finds "regeneration".
			const regeneration = await search(visitor, 'regeneration');
			expect(practicesIn(regeneration).length).toBeGreaterThan(0);
			expect(regeneration.marks.some((word) => /^regenerat/i.test(word))).toBe(true);
			const regenerating = await search(visitor, 'regenerating');
			expect(practicesIn(regenerating).length).toBeGreaterThan(0);
			expect(regenerating.marks.some((word) => word.toLowerCase() === 'regeneration')).toBe(true);

			// A typo still finds the practices, said to be a similar spelling.
			const typo = await search(visitor, 'rewitalizcja');
			expect(practicesIn(typo).length).toBeGreaterThan(0);
			await visitor.waitFor(page.getByText(visitor.t('search_approximate_notice')), 'the note on similar spellings');
			expect(typo.text).toContain(visitor.t('search_approximate_note'));

			// Nothing found: what to try instead, with ways to browse.
			const nothing = await search(visitor, `zzqx${unique()}`);
			expect(nothing.total).toBe(0);
			await visitor.waitFor(page.getByRole('heading', { name: visitor.t('search_empty_heading') }), 'the empty state');
			await visitor.waitFor(page.getByText(visitor.t('search_empty_tip_spelling')), 'the spelling tip');
			await visitor.follow(page.getByRole('link', { name: visitor.t('search_empty_tip_browse_practices') }), /\/practices$/);
			await visitor.expectHeading(visitor.t('search_practices_title'));

			// A members-only practice: Ewa, logged in, finds it by a word of its text...
			const ewaSession = await newSession(chromium.browser, { locale: acceptLanguage[locale] });
			const ewa = new Journey(ewaSession, locale);
			await ewa.logIn(demo.member, DEMO_PASSWORD);
			const forMembers = await search(ewa, MEMBERS_ONLY_WORD);
			const hiddenIndex = forMembers.text.indexOf(MEMBERS_ONLY_TITLE);
			expect(hiddenIndex).toBeGreaterThanOrEqual(0);
			const hiddenHit = ewa.page.getByRole('listitem').filter({ hasText: MEMBERS_ONLY_TITLE });
			await ewa.waitFor(hiddenHit, 'the members-only practice', ewa.t('search_members_only'));
			const hiddenHref = await hiddenHit.getByRole('link').first().getAttribute('href');
			expect(hiddenHref).toMatch(new RegExp(`^/${locale}/practices/[^/]+$`));
			await ewa.follow(hiddenHit.getByRole('link').first(), /\/practices\/[^/]+$/);
			await ewa.expectHeading(new RegExp(MEMBERS_ONLY_TITLE));
			ewaSession.assertClean();
			await ewaSession.close();

			// ...the visitor does not, neither by that word nor by its title nor by its address.
			const forVisitors = await search(visitor, MEMBERS_ONLY_WORD);
			expect(forVisitors.text).not.toContain(MEMBERS_ONLY_TITLE);
			expect(forVisitors.hrefs).not.toContain(hiddenHref);
			const byTitle = await search(visitor, MEMBERS_ONLY_TITLE);
			expect(byTitle.hrefs).not.toContain(hiddenHref);
			expect(await page.getByText(visitor.t('search_members_only'), { exact: true }).count()).toBe(0);
			await visitor.go(hiddenHref!, { status: 404 });
			await visitor.expectHeading(visitor.t('error_page_not_found_title'));
			expect(await page.getByText(MEMBERS_ONLY_TITLE).count()).toBe(0);

			session.assertClean();
			await session.close();
		});
	}
});
