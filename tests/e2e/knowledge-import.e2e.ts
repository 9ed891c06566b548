/**
 * The coordinator imports a network's spreadsheet of practices (docs/import-example.csv). A copy
 * with one wrong country code is refused as a whole: a table names the line and the field, and
 * nothing is imported. The file as it is imports every row, with links to the new practices.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { newSession, useBrowser } from './support/browser';
import { DEMO_PASSWORD, demo, locales } from './support/env';
import { Journey } from './support/journey';
import { msg, msgPattern } from './support/messages';
import { acceptLanguage } from './support/knowledge';

const chromium = useBrowser();

const EXAMPLE = fs.readFileSync(path.join(fileURLToPath(new URL('../..', import.meta.url)), 'docs', 'import-example.csv'), 'utf8');
const BROKEN_ROW = 'Community solar on the colliery roofs';
/** The line of the file where the broken row starts (cells with Markdown span several lines). */
const BROKEN_LINE = EXAMPLE.slice(0, EXAMPLE.indexOf(BROKEN_ROW)).split('\n').length;
const BROKEN = EXAMPLE.replace(',Essen,DE,en,', ',Essen,XX,en,');
const ROWS = 3;

/** "Practices found: N" on the practice list, as the coordinator sees it. */
async function practiceTotal(journey: Journey): Promise<number> {
	await journey.go(`/${journey.locale}/practices`);
	const heading = journey.page.getByRole('heading', { level: 2, name: msgPattern(journey.locale, 'search_practices_count') });
	return Number((await heading.innerText()).replace(/\D/g, ''));
}

describe('importing practices from a spreadsheet', () => {
	for (const locale of locales) {
		it(`${locale}: a broken row stops the whole import with its line and field; the valid file imports`, async () => {
			expect(BROKEN, 'the broken copy differs from the example').not.toBe(EXAMPLE);
			const session = await newSession(chromium.browser, { locale: acceptLanguage[locale] });
			const coordinator = new Journey(session, locale);
			const { page } = coordinator;
			await coordinator.logIn(demo.coordinator, DEMO_PASSWORD);
			const before = await practiceTotal(coordinator);

			await coordinator.follow(page.getByRole('banner').getByRole('link', { name: coordinator.t('nav_admin') }), /\/admin$/);
			await coordinator.follow(page.getByRole('link', { name: coordinator.t('import_admin_link') }), /\/admin\/import$/);
			await coordinator.expectHeading(coordinator.t('import_title'));
			const fileField = () => coordinator.field(coordinator.t('import_file_label'));
			const send = () => coordinator.submit(page.getByRole('button', { name: coordinator.t('import_submit') }));

			// One wrong country code: refused, with the line and the field, and nothing imported.
			await fileField().setInputFiles({ name: 'practices-broken.csv', mimeType: 'text/csv', buffer: Buffer.from(BROKEN, 'utf8') });
			const refused = await send();
			expect(refused).toBeGreaterThanOrEqual(400);
			expect(refused).toBeLessThan(500);
			await coordinator.waitFor(page.getByRole('alert'), 'the "nothing imported" summary', msgPattern(locale, 'import_nothing'));
			expect(await page.getByRole('alert').innerText()).toContain(msg(locale, 'import_nothing', { invalid: 1, total: ROWS }));
			const errors = page.getByRole('table', { name: coordinator.t('import_errors_title') });
			await coordinator.waitFor(errors, 'the table of problems');
			const headers = (await errors.getByRole('columnheader').allInnerTexts()).map((h) => h.trim());
			expect(headers).toEqual([coordinator.t('import_col_line'), coordinator.t('import_col_field'), coordinator.t('import_col_message')]);
			const problems = errors.locator('tbody tr');
			expect(await problems.count()).toBe(1);
			expect((await problems.first().getByRole('rowheader').innerText()).trim()).toBe(String(BROKEN_LINE));
			const cells = await problems.first().getByRole('cell').allInnerTexts();
			expect(cells[0].trim()).toBe('country');
			expect(cells[1].trim()).toBe(coordinator.t('import_country_invalid'));
			expect(await page.getByRole('heading', { name: coordinator.t('import_imported_list') }).count()).toBe(0);

			expect(await practiceTotal(coordinator)).toBe(before);

			// The example file as it is: every row imported, each with a link.
			await coordinator.go(`/${locale}/admin/import`);
			await fileField().setInputFiles({ name: 'import-example.csv', mimeType: 'text/csv', buffer: Buffer.from(EXAMPLE, 'utf8') });
			expect(await send()).toBe(200);
			await coordinator.waitFor(page.getByRole('status'), 'the "imported" summary', coordinator.t('import_done', { count: ROWS }));
			const imported = page
				.getByRole('region', { name: coordinator.t('import_result_title') })
				.getByRole('listitem')
				.getByRole('link');
			expect(await imported.count()).toBe(ROWS);
			expect(await imported.allInnerTexts()).toContain(BROKEN_ROW);
			expect(await page.getByRole('table', { name: coordinator.t('import_errors_title') }).count()).toBe(0);
			const solar = imported.filter({ hasText: BROKEN_ROW });
			await coordinator.follow(solar, /\/practices\/[^/]+$/);
			await coordinator.expectHeading(BROKEN_ROW);
			await coordinator.waitFor(page.getByRole('link', { name: 'Essen', exact: true }), 'the town of the practice');

			expect(await practiceTotal(coordinator)).toBe(before + ROWS);

			session.assertClean();
			await session.close();
		});
	}
});
