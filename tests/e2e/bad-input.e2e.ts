/**
 * Someone in a hurry, or up to no good: empty forms, a short password, a wrong password, a
 * script in their name. The answer is a 4xx page with an error summary, each error tied to its
 * field, what was typed kept (never the password), and the name shown as text.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newSession, useBrowser } from './support/browser';
import { locales, unique } from './support/env';
import { Journey, wholeLabel } from './support/journey';

const chromium = useBrowser();

/**
 * The browser's own checks (required, type=email) would stop these forms before the server
 * sees them; people whose browsers skip them, and scripts, reach the server all the same.
 */
async function skipBrowserValidation(page: Page): Promise<void> {
	await page.locator('form[method="POST"], form[method="post"]').evaluateAll((forms) => {
		for (const form of forms) (form as HTMLFormElement).noValidate = true;
	});
}

/** The field's error, as a screen reader announces it: the text its aria-describedby names. */
async function describedErrorOf(page: Page, label: string): Promise<string> {
	const input = page.getByLabel(wholeLabel(label));
	expect(await input.getAttribute('aria-invalid')).toBe('true');
	const ids = (await input.getAttribute('aria-describedby'))?.split(/\s+/) ?? [];
	expect(ids.length).toBeGreaterThan(0);
	const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).innerText()));
	return texts.join(' ');
}

describe('bad input gets a clear, kind answer', () => {
	for (const locale of locales) {
		it(`${locale}: register and log in with bad input`, async () => {
			const session = await newSession(chromium.browser);
			const person = new Journey(session, locale);
			const { page } = person;
			const field = (label: string) => person.field(label);
			const id = unique();
			const hostileName = `<script>alert("hf-${id}")</script> Kowalska`;
			const email = `bad-input-${locale}-${id}@example.org`;
			const shortPassword = `short${id.slice(0, 3)}`;
			const labels = {
				name: person.t('auth_field_name'),
				email: person.t('auth_field_email'),
				password: person.t('auth_field_password')
			};
			const submit = () => person.submit(page.getByRole('button', { name: person.t('auth_register_submit') }));

			// An empty form.
			await person.go(`/${locale}/register`);
			await skipBrowserValidation(page);
			const emptyStatus = await submit();
			expect(emptyStatus).toBeGreaterThanOrEqual(400);
			expect(emptyStatus).toBeLessThan(500);
			const summary = page.getByRole('alert');
			await person.waitFor(summary, 'the error summary');
			for (const label of Object.values(labels)) {
				expect(await describedErrorOf(page, label)).toContain(person.t('error_required'));
			}
			// The summary links to each field in error.
			for (const field of ['name', 'email', 'password']) {
				expect(await summary.locator(`a[href="#field-${field}"]`).count()).toBe(1);
			}

			// A script for a name, a short password: the password is refused and not sent back.
			await field(labels.name).fill(hostileName);
			await field(labels.email).fill(email);
			await field(labels.password).fill(shortPassword);
			await skipBrowserValidation(page);
			const shortStatus = await submit();
			expect(shortStatus).toBeGreaterThanOrEqual(400);
			expect(shortStatus).toBeLessThan(500);
			expect(await describedErrorOf(page, labels.password)).toContain(person.t('error_too_short', { min: 12 }));
			expect(await field(labels.name).inputValue()).toBe(hostileName);
			expect(await field(labels.email).inputValue()).toBe(email);
			expect(await field(labels.password).inputValue()).toBe('');
			expect(await page.content()).not.toContain(shortPassword);

			// With a good password the account is made; the name shows as text, never runs.
			const password = `a-long-enough-password-${id}`;
			await field(labels.password).fill(password);
			expect(await submit()).toBe(303);
			await person.expectHeading(person.t('account_title'));
			expect(await field(person.t('account_field_name')).inputValue()).toBe(hostileName);
			// (The page's own data script carries the name too, JSON-escaped: only a script that is
			// nothing but the smuggled code would mean it was injected.)
			expect(await page.evaluate((code) => [...document.scripts].some((s) => s.text.trim() === code), `alert("hf-${id}")`)).toBe(false);
			await person.waitFor(page.getByRole('banner'), 'the header');
			await person.logOut();

			// A wrong password at login: refused, the address kept, the password not.
			await person.go(`/${locale}/login`);
			await field(labels.email).fill(email);
			await field(labels.password).fill(`wrong-${password}`);
			const loginStatus = await person.submit(page.getByRole('button', { name: person.t('auth_login_submit') }));
			expect(loginStatus).toBeGreaterThanOrEqual(400);
			expect(loginStatus).toBeLessThan(500);
			await person.waitFor(page.getByRole('alert'), 'the error summary', person.t('auth_login_failed'));
			expect(await field(labels.email).inputValue()).toBe(email);
			expect(await field(labels.password).inputValue()).toBe('');

			// A page that does not exist: a translated 404, not a stack trace.
			await person.go(`/${locale}/cities/no-such-town-${id}`, { status: 404 });
			await person.expectHeading(person.t('error_page_not_found_title'));

			session.assertClean();
			await session.close();
		});
	}
});
