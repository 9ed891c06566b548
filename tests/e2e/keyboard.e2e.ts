/**
 * Piotr uses a screen reader and the keyboard only: the first Tab reaches the skip link, every
 * control he tabs through shows where the focus is, and he can log in and reach his account
 * without a mouse.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newSession, useBrowser } from './support/browser';
import { DEMO_PASSWORD, demo, locales } from './support/env';
import { Journey } from './support/journey';

const chromium = useBrowser();

interface Focused {
	tag: string;
	name: string;
	type: string;
	text: string;
	visible: boolean;
}

/** What has the focus now, and whether it is drawn (outline or shadow, WCAG 2.4.7). */
function focused(page: Page): Promise<Focused> {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		if (!el || el === document.body) return { tag: 'body', name: '', type: '', text: '', visible: false };
		const style = getComputedStyle(el);
		const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
		return {
			tag: el.tagName.toLowerCase(),
			name: el.getAttribute('name') ?? '',
			type: el.getAttribute('type') ?? '',
			text: (el.innerText || '').trim(),
			visible: outline || style.boxShadow !== 'none'
		};
	});
}

/** Presses Tab until the focus is on what `wanted` accepts; every stop must show its focus. */
async function tabTo(page: Page, what: string, wanted: (f: Focused) => boolean, maxStops = 40): Promise<void> {
	for (let stop = 0; stop < maxStops; stop++) {
		await page.keyboard.press('Tab');
		const now = await focused(page);
		if (!now.visible) throw new Error(`On ${page.url()} the focus on <${now.tag}> "${now.text || now.name}" is not visible`);
		if (wanted(now)) return;
	}
	throw new Error(`On ${page.url()} ${maxStops} presses of Tab did not reach ${what}`);
}

describe('with the keyboard only', () => {
	for (const locale of locales) {
		it(`${locale}: skip link, visible focus, log in and reach the account`, async () => {
			const session = await newSession(chromium.browser);
			const piotr = new Journey(session, locale);
			const { page } = piotr;

			await piotr.go(`/${locale}/login`);
			await page.keyboard.press('Tab');
			const first = await focused(page);
			expect(first.text).toBe(piotr.t('skip_to_content'));
			expect(first.visible).toBe(true);
			await page.keyboard.press('Enter');
			expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

			await tabTo(page, 'the e-mail field', (f) => f.tag === 'input' && f.name === 'email');
			await page.keyboard.type(demo.member);
			await tabTo(page, 'the password field', (f) => f.tag === 'input' && f.name === 'password', 3);
			await page.keyboard.type(DEMO_PASSWORD);
			const answered = page.waitForResponse((r) => r.request().method() === 'POST');
			await page.keyboard.press('Enter');
			expect((await answered).status()).toBe(303);
			await page.waitForURL((url) => url.pathname !== `/${locale}/login`);
			await page.waitForLoadState('load');
			await piotr.check();

			// Logged in: the header's account link is reachable by keyboard and leads to the account.
			await page.goto(`/${locale}`);
			await piotr.check();
			await tabTo(page, 'the account link', (f) => f.tag === 'a' && f.text === piotr.t('nav_account'));
			await page.keyboard.press('Enter');
			await page.waitForURL((url) => url.pathname === `/${locale}/account`);
			await piotr.expectHeading(piotr.t('account_title'));
			await piotr.check();

			session.assertClean();
			await session.close();
		});
	}
});
