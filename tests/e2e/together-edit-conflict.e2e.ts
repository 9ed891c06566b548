/**
 * Two sessions edit the same working group (the coordinator on a laptop and on a phone). The
 * first save goes through; the second, based on the version both opened, is refused with 409:
 * the page names what changed meanwhile and keeps the text typed in the form, and saving again
 * after merging goes through. Each language creates a group of its own, so the runs never meet.
 */
import { describe, expect, it } from 'vitest';
import { newSession, useBrowser } from './support/browser';
import { DEMO_PASSWORD, demo, locales, unique, type Locale } from './support/env';
import { Journey } from './support/journey';
import { acceptLanguage } from './support/knowledge';

const chromium = useBrowser();

async function signedIn(locale: Locale) {
	const session = await newSession(chromium.browser, { locale: acceptLanguage[locale] });
	const journey = new Journey(session, locale);
	await journey.logIn(demo.coordinator, DEMO_PASSWORD);
	return journey;
}

describe('an edit made meanwhile', () => {
	for (const locale of locales) {
		it(`${locale}: the second of two saves is refused with what changed, keeps the typed text and saves after merging`, async () => {
			const laptop = await signedIn(locale);
			const name = locale === 'pl' ? `Grupa robocza ${unique()}` : `Working group ${unique()}`;
			await laptop.go(`/${locale}/groups/new`);
			await laptop.field(laptop.t('groups_field_name')).fill(name);
			await laptop.field(laptop.t('groups_field_description')).fill(locale === 'pl' ? 'Pierwszy opis.' : 'First description.');
			await laptop.page.locator('input[name="kind"][value="open"]').check();
			expect(await laptop.submit(laptop.page.getByRole('button', { name: laptop.t('groups_new_submit') }))).toBe(303);
			await laptop.expectHeading(name);
			const editPath = `${new URL(laptop.page.url()).pathname}/edit`;

			const phone = await signedIn(locale);
			await laptop.go(editPath);
			await phone.go(editPath);

			const theirs = locale === 'pl' ? 'Opis zapisany na laptopie.' : 'Description saved on the laptop.';
			await laptop.field(laptop.t('groups_field_description')).fill(theirs);
			expect(await laptop.submit(laptop.page.getByRole('button', { name: laptop.t('groups_edit_submit') }))).toBe(303);

			const mine = locale === 'pl' ? 'Opis napisany na telefonie.' : 'Description written on the phone.';
			const description = phone.field(phone.t('groups_field_description'));
			await description.fill(mine);
			expect(await phone.submit(phone.page.getByRole('button', { name: phone.t('groups_edit_submit') }))).toBe(409);
			const changes = phone.page.getByRole('region', { name: phone.t('edit_conflict_title') });
			await phone.waitFor(changes, 'what changed meanwhile', theirs);
			await expect.poll(() => description.inputValue()).toBe(mine);

			await description.fill(`${theirs} ${mine}`);
			expect(await phone.submit(phone.page.getByRole('button', { name: phone.t('groups_edit_submit') }))).toBe(303);
			await phone.waitFor(phone.page.getByRole('main'), 'the merged description', `${theirs} ${mine}`);
		});
	}
});
