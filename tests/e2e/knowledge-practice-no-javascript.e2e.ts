/**
 * Issue 3's acceptance, without JavaScript: Ewa writes up a practice of Wałbrzych in plain HTML
 * forms (a script and a link in its Markdown), keeps it as a draft that a visitor cannot open,
 * edits and publishes it, translates it; a reader in the other language gets the translation
 * with a note on the original; the history lists every version, and an old one is restored as
 * the newest. The smuggled script shows as text and never runs (the reader has JavaScript on).
 */
import { describe, expect, it } from 'vitest';
import { newSession, useBrowser } from './support/browser';
import { DEMO_PASSWORD, demo, locales, unique } from './support/env';
import { Journey } from './support/journey';
import { msgPattern } from './support/messages';
import { acceptLanguage, otherLocale, practiceSection, practiceSlug, shownSummary } from './support/knowledge';

const chromium = useBrowser();

const SCRIPT = '<script>alert(1)</script>';

describe('a practice, without JavaScript', () => {
	for (const locale of locales) {
		it(`${locale}: draft, hidden from visitors, edit and publish, translate, history and restore`, async () => {
			const id = unique();
			const other = otherLocale(locale);
			const title = locale === 'pl' ? `Łaźnia łańcuszkowa dla sąsiadów ${id}` : `Pit-head baths for the neighbours ${id}`;
			const firstSummary =
				locale === 'pl'
					? `Dawna łaźnia kopalni stała pusta; mieszkańcy zrobili z niej dom sąsiedzki (${id}).`
					: `The colliery's old baths stood empty; the residents made them a neighbourhood house (${id}).`;
			const secondSummary =
				locale === 'pl'
					? `Łaźnia działa jako dom sąsiedzki z kawiarnią i pracowniami (${id}).`
					: `The baths now hold a neighbourhood café and workshops (${id}).`;
			const planUrl = `https://example.org/plan-${id}`;
			const planText = locale === 'pl' ? 'plan funkcjonalny' : 'the building plan';
			const approach =
				locale === 'pl'
					? `Otworzyliśmy **łaźnię** dla sąsiadów.\n\n${SCRIPT}\n\nZobacz [${planText}](${planUrl}).`
					: `We opened the **baths** to the neighbours.\n\n${SCRIPT}\n\nSee [${planText}](${planUrl}).`;
			const translatedTitle = other === 'pl' ? `Łaźnia dla sąsiadów ${id}` : `Baths for the neighbours ${id}`;
			const translatedSummary =
				other === 'pl' ? `Dom sąsiedzki w dawnej łaźni (${id}).` : `A neighbourhood house in the old baths (${id}).`;

			// 1. Ewa, without JavaScript, writes the practice and keeps it as a draft.
			const ewaSession = await newSession(chromium.browser, { javaScriptEnabled: false, locale: acceptLanguage[locale] });
			const ewa = new Journey(ewaSession, locale);
			const { page } = ewa;
			await ewa.logIn(demo.member, DEMO_PASSWORD);
			await ewa.go(`/${locale}/practices`);
			await ewa.follow(page.getByRole('link', { name: ewa.t('search_practices_add') }), /\/practices\/new$/);
			await ewa.expectHeading(ewa.t('practice_new_title'));
			// (the links further down have a "Title" each too)
			const basics = page.getByRole('group', { name: ewa.t('practice_form_basics') });
			await ewa.field(ewa.t('practice_field_title'), basics).fill(title);
			await ewa.field(ewa.t('practice_field_summary')).fill(firstSummary);
			const walbrzych = await page.locator('#field-city option', { hasText: 'Wałbrzych' }).first().getAttribute('value');
			await ewa.field(ewa.t('practice_field_city')).selectOption(walbrzych!);
			await ewa.field(ewa.t('practice_field_status')).selectOption('ongoing');
			await ewa.field(ewa.t('practice_field_original_language')).selectOption(locale);
			await page.getByRole('radio', { name: ewa.t('practice_visibility_public') }).check();
			const areaBox = page.locator('#field-areas input[name="areas"]').first();
			await areaBox.check();
			await ewa
				.field(ewa.t('practice_field_context'))
				.fill(locale === 'pl' ? 'Pusta łaźnia niszczała od 1996 roku.' : 'The empty baths had decayed since 1996.');
			await ewa.field(ewa.t('practice_field_approach')).fill(approach);
			await ewa
				.field(ewa.t('practice_field_results'))
				.fill(locale === 'pl' ? '- 40 wydarzeń rocznie\n- kawiarnia' : '- 40 events a year\n- a café');
			expect(await ewa.submit(page.getByRole('button', { name: ewa.t('practice_save_draft') }))).toBe(303);
			await ewa.expectHeading(title);
			await ewa.waitFor(page.getByRole('status'), 'the "saved as a draft" notice', ewa.t('practice_notice_draft'));
			await ewa.waitFor(page.getByText(ewa.t('practice_draft_banner')), 'the draft banner');
			const slug = practiceSlug(page.url());
			const practicePath = (lang: string) => `/${lang}/practices/${slug}`;

			// The Markdown is rendered, the script is shown as text, the link is marked as user content.
			const story = practiceSection(ewa, ewa.t('practice_field_approach'));
			await ewa.waitFor(story.getByText(SCRIPT, { exact: true }), 'the script, shown as text');
			expect(await story.locator('script').count()).toBe(0);
			expect(await story.locator('strong').count()).toBe(1);
			const planLink = story.getByRole('link', { name: planText });
			expect(await planLink.getAttribute('href')).toBe(planUrl);
			expect((await planLink.getAttribute('rel')) ?? '').toMatch(/(?=.*\bnofollow\b)(?=.*\bugc\b)/);
			expect(await shownSummary(ewa)).toBe(firstSummary);

			// 2. A visitor cannot open the draft: the same 404 as for a page that does not exist.
			const visitorSession = await newSession(chromium.browser, { locale: acceptLanguage[other] });
			const visitor = new Journey(visitorSession, other);
			await visitor.go(practicePath(other), { status: 404 });
			await visitor.expectHeading(visitor.t('error_page_not_found_title'));
			expect(await visitor.page.getByText(title).count()).toBe(0);

			// 3. Ewa edits the summary and publishes.
			await ewa.follow(page.getByRole('link', { name: ewa.t('practice_edit_link') }), /\/edit$/);
			await ewa.expectHeading(ewa.t('practice_edit_title', { title }));
			expect(await ewa.field(ewa.t('practice_field_approach')).inputValue()).toBe(approach);
			await ewa.field(ewa.t('practice_field_summary')).fill(secondSummary);
			expect(await ewa.submit(page.getByRole('button', { name: ewa.t('practice_save_publish') }))).toBe(303);
			await ewa.expectHeading(title);
			await ewa.waitFor(page.getByRole('status'), 'the "published" notice', ewa.t('practice_notice_published'));
			expect(await page.getByText(ewa.t('practice_draft_banner')).count()).toBe(0);
			expect(await shownSummary(ewa)).toBe(secondSummary);

			// 4. She adds a translation into the other language.
			await ewa.follow(page.getByRole('link', { name: ewa.t('practice_translate_link') }), /\/translate$/);
			await ewa.field(ewa.t('practice_translate_choose')).selectOption(other);
			await ewa.follow(page.getByRole('button', { name: ewa.t('practice_translate_go') }), new RegExp(`/translate\\?to=${other}$`));
			await ewa.field(ewa.t('practice_field_title')).fill(translatedTitle);
			await ewa.field(ewa.t('practice_field_summary')).fill(translatedSummary);
			expect(await ewa.submit(page.getByRole('button', { name: ewa.t('practice_translate_save') }))).toBe(303);
			await ewa.waitFor(page.getByRole('status'), 'the "translation saved" notice', ewa.t('practice_notice_translated'));
			await ewa.expectHeading(translatedTitle);

			// 5. The reader in the other language (JavaScript on) gets the translation, a note that it
			// is one, a link to the original, and the untranslated story in the original, as text.
			await visitor.go(practicePath(other));
			await visitor.expectHeading(translatedTitle);
			expect(await visitor.page.getByRole('heading', { level: 1 }).getAttribute('lang')).toBe(other);
			expect(await shownSummary(visitor)).toBe(translatedSummary);
			await visitor.waitFor(visitor.page.getByText(msgPattern(other, 'practice_lang_translation')), 'the note that this is a translation');
			const original = visitor.page.getByRole('article').getByRole('link', { name: msgPattern(other, 'practice_version_original') });
			await visitor.waitFor(original, 'the link to the original');
			expect(await original.getAttribute('hreflang')).toBe(locale);
			const readerStory = practiceSection(visitor, visitor.t('practice_field_approach'));
			await visitor.waitFor(readerStory.getByText(SCRIPT, { exact: true }), 'the script, shown as text to the reader');
			expect(await readerStory.locator('.markdown').first().getAttribute('lang')).toBe(locale);
			expect(
				await visitor.page.evaluate(() => [...document.scripts].some((s) => s.text.trim() === 'alert(1)' || s.closest('.markdown')))
			).toBe(false);
			// The original, from the link.
			await visitor.follow(original, new RegExp(`\\?lang=${locale}$`));
			await visitor.expectHeading(title);
			visitorSession.assertClean();
			await visitorSession.close();

			// 6. History: every version, newest first; the first one read as it was, then restored.
			await ewa.go(practicePath(locale));
			await ewa.follow(page.getByRole('link', { name: ewa.t('practice_history_link') }).first(), /\/history$/);
			const rows = page.getByRole('table').locator('tbody tr');
			const versionsBefore = await rows.count();
			expect(versionsBefore).toBeGreaterThanOrEqual(3);
			await ewa.follow(page.getByRole('link', { name: ewa.t('practice_history_view', { n: 1 }), exact: true }), /\/history\/1$/);
			await ewa.waitFor(page.getByText(msgPattern(locale, 'practice_revision_note')), 'the note that this is an old version');
			expect(await shownSummary(ewa)).toBe(firstSummary);
			expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain(title);
			expect(await ewa.submit(page.getByRole('button', { name: ewa.t('practice_restore') }))).toBe(303);
			await ewa.waitFor(page.getByRole('status'), 'the "restored" notice', ewa.t('practice_notice_restored'));
			expect(new URL(page.url()).pathname).toBe(practicePath(locale));
			expect(await shownSummary(ewa)).toBe(firstSummary);
			// Restoring keeps the practice published.
			expect(await page.getByText(ewa.t('practice_draft_banner')).count()).toBe(0);
			await ewa.follow(page.getByRole('link', { name: ewa.t('practice_history_link') }).first(), /\/history$/);
			expect(await rows.count()).toBe(versionsBefore + 1);
			await ewa.waitFor(rows.first(), 'the newest version, marked current', ewa.t('practice_history_current'));
			expect(await rows.first().innerText()).toContain(ewa.t('practice_history_view', { n: versionsBefore + 1 }));

			ewaSession.assertClean();
			await ewaSession.close();
		});
	}
});
