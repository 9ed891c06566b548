/**
 * A discussion: Ewa starts one; Magda quotes her opening post and @mentions her in a reply;
 * Ewa edits her opening post (it shows "edited") and deletes a reply of hers (a note keeps its
 * place); then a link to a single reply of the demo's long news board opens page 2 at that reply.
 */
import { describe, expect, it } from 'vitest';
import { newSession, useBrowser } from './support/browser';
import { DEMO_PASSWORD, demo, locales, unique } from './support/env';
import { Journey } from './support/journey';

const chromium = useBrowser();

/** The demo's long thread (discussions.seed.ts, LONG_THREAD_TITLE), about 120 replies. */
const LONG_THREAD = 'wiesci-z-miast-sieci-news-from-our-cities';

describe('a discussion', () => {
	for (const locale of locales) {
		it(`${locale}: started, quoted with a mention, edited, a reply deleted; a link to one reply on page 2`, async () => {
			const id = unique();
			const title = locale === 'pl' ? `Jak ogrzać familoki tej zimy? ${id}` : `How do we heat the old terraces this winter? ${id}`;
			const opening = locale === 'pl' ? `Szukamy **sprawdzonych** sposobów (${id}).` : `We are looking for **proven** ways (${id}).`;

			// Ewa starts the discussion.
			const ewaSession = await newSession(chromium.browser);
			const ewa = new Journey(ewaSession, locale);
			const ewaPage = ewa.page;
			await ewa.logIn(demo.member, DEMO_PASSWORD);
			await ewa.go(`/${locale}/discussions`);
			await ewa.expectHeading(ewa.t('discussions_title'));
			await ewa.follow(ewaPage.getByRole('link', { name: ewa.t('discussions_start') }), /\/discussions\/new$/);
			await ewa.expectHeading(ewa.t('discussions_new_title'));
			await ewa.field(ewa.t('discussions_field_title')).fill(title);
			await ewa.field(ewa.t('discussions_field_body')).fill(opening);
			expect(await ewa.submit(ewaPage.getByRole('button', { name: ewa.t('discussions_new_submit') }))).toBe(303);
			await ewa.expectHeading(title);
			await ewa.waitFor(ewaPage.getByRole('status'), 'the "published" notice', ewa.t('discussions_created'));
			const threadPath = new URL(ewaPage.url()).pathname;
			expect(threadPath).toMatch(new RegExp(`^/${locale}/discussions/[a-z0-9-]+$`));
			const ewaHandle = (await ewaPage.locator('#reply-1 h2 a[href*="/people/"]').getAttribute('href'))!.split('/').pop()!;

			// Magda quotes the opening post and mentions Ewa.
			const magdaSession = await newSession(chromium.browser);
			const magda = new Journey(magdaSession, locale);
			const magdaPage = magda.page;
			await magda.logIn(demo.coordinator, DEMO_PASSWORD);
			await magda.go(threadPath);
			await magda.follow(magdaPage.getByRole('link', { name: magda.t('discussions_quote_label', { number: 1 }) }), /quote=1/);
			await magda.waitFor(magdaPage.getByText(magda.t('discussions_reply_quoting', { number: 1 })), 'the "in reply to #1" reference');
			const replyField = magda.field(magda.t('discussions_field_reply'));
			const prefilled = await replyField.inputValue();
			expect(prefilled).toContain('> ');
			expect(prefilled).toContain(id);
			const answer =
				locale === 'pl'
					? `@${ewaHandle} u nas zadziałał audyt całego podwórka.`
					: `@${ewaHandle} an energy audit of the whole block worked for us.`;
			await replyField.fill(`${prefilled}${answer}`);
			expect(await magda.submit(magdaPage.getByRole('button', { name: magda.t('discussions_reply_submit') }))).toBe(303);
			await magda.waitFor(magdaPage.getByRole('status'), 'the "reply posted" notice', magda.t('discussions_posted'));
			const reply2 = magdaPage.locator('#reply-2');
			await magda.waitFor(reply2.locator('blockquote'), 'the quote in the reply', id);
			expect(await reply2.getByRole('link', { name: `@${ewaHandle}` }).getAttribute('href')).toBe(`/${locale}/people/${ewaHandle}`);
			expect(await reply2.getByRole('link', { name: '#1' }).count()).toBe(1);
			magdaSession.assertClean();
			await magdaSession.close();

			// Ewa edits her opening post: it shows "edited".
			await ewa.go(threadPath);
			await ewa.follow(ewaPage.getByRole('link', { name: ewa.t('discussions_edit_label', { number: 1 }) }), /edit=1/);
			const editField = ewa.field(ewa.t('discussions_field_edit'));
			expect(await editField.inputValue()).toBe(opening);
			const corrected = `${opening} ${locale === 'pl' ? 'Poprawka: także kamienice.' : 'Update: tenement houses too.'}`;
			await editField.fill(corrected);
			expect(await ewa.submit(ewaPage.getByRole('button', { name: ewa.t('discussions_edit_submit') }))).toBe(303);
			await ewa.waitFor(ewaPage.getByRole('status'), 'the "saved" notice', ewa.t('discussions_saved'));
			const reply1 = ewaPage.locator('#reply-1');
			await ewa.waitFor(reply1.locator('.post-body'), 'the corrected opening post', corrected.split('**').join(''));
			await ewa.waitFor(reply1.locator('.edited'), 'the "edited" mark', ewa.t('discussions_edited_at', { date: 'X' }).split('X')[0].trim());

			// Ewa replies, then deletes that reply: a note keeps its place.
			await ewa.field(ewa.t('discussions_field_reply')).fill(locale === 'pl' ? `Dziękuję! (${id})` : `Thank you! (${id})`);
			expect(await ewa.submit(ewaPage.getByRole('button', { name: ewa.t('discussions_reply_submit') }))).toBe(303);
			const reply3 = ewaPage.locator('#reply-3');
			await ewa.waitFor(reply3, 'her reply, number 3', id);
			await reply3.locator('summary').click();
			expect(await ewa.submit(reply3.getByRole('button', { name: ewa.t('discussions_delete_confirm', { number: 3 }) }))).toBe(303);
			await ewa.waitFor(ewaPage.getByRole('status'), 'the "deleted" notice', ewa.t('discussions_deleted'));
			await ewa.waitFor(ewaPage.locator('#reply-3'), 'the deleted note', ewa.t('discussions_deleted_note'));
			expect(await ewaPage.locator('#reply-3').innerText()).not.toContain(id);
			await ewa.expectHeading(title);

			// A link to a single reply of the long demo thread opens its page 2 at that reply.
			await ewa.go(`/${locale}/discussions/${LONG_THREAD}/replies/45`);
			const landed = new URL(ewaPage.url());
			expect(landed.pathname).toBe(`/${locale}/discussions/${LONG_THREAD}`);
			expect(landed.search).toBe('?page=2');
			expect(landed.hash).toBe('#reply-45');
			await ewa.waitFor(ewaPage.locator('#reply-45'), 'reply 45');
			await ewa.waitFor(ewaPage.getByRole('navigation', { name: ewa.t('discussions_thread_pages_label') }).first(), 'the pages', '2');
			expect(await ewaPage.locator('#reply-31').count()).toBe(1);
			expect(await ewaPage.locator('#reply-30').count()).toBe(0);
			ewaSession.assertClean();
			await ewaSession.close();
		});
	}
});
