/**
 * Files on a practice: Ewa adds a photo to her practice (refused until it has an alternative
 * text), then tries a web page renamed report.pdf, which is refused with a message and leaves
 * nothing behind. The photo is served from /files/... as the PNG it is, to visitors too.
 */
import { describe, expect, it } from 'vitest';
import { newSession, useBrowser } from './support/browser';
import { baseUrl, DEMO_PASSWORD, demo, locales, unique } from './support/env';
import { Journey } from './support/journey';
import { acceptLanguage, makePng, practiceSlug } from './support/knowledge';

const chromium = useBrowser();

const FAKE_PDF = Buffer.from(
	'<!doctype html><html><head><title>report</title></head><body><h1>Report</h1><script>alert("from the upload")</script></body></html>',
	'utf8'
);

describe('files on a practice', () => {
	for (const locale of locales) {
		it(`${locale}: a photo with alternative text; an HTML file named .pdf is refused`, async () => {
			const id = unique();
			const png = makePng(12, 8);
			const pngName = `szyb-${id}.png`;
			const alt = locale === 'pl' ? `Wieża wyciągowa nad dawną łaźnią (${id})` : `The headframe above the old baths (${id})`;
			const session = await newSession(chromium.browser, { locale: acceptLanguage[locale] });
			const ewa = new Journey(session, locale);
			const { page } = ewa;

			// Her practice, published straight away.
			await ewa.logIn(demo.member, DEMO_PASSWORD);
			await ewa.go(`/${locale}/practices/new`);
			const basics = page.getByRole('group', { name: ewa.t('practice_form_basics') });
			const title = locale === 'pl' ? `Fotografie szybów ${id}` : `Photographs of the shafts ${id}`;
			await ewa.field(ewa.t('practice_field_title'), basics).fill(title);
			await ewa
				.field(ewa.t('practice_field_summary'))
				.fill(locale === 'pl' ? 'Archiwum zdjęć szybów kopalni.' : 'A photo archive of the mine shafts.');
			expect(await ewa.submit(page.getByRole('button', { name: ewa.t('practice_publish'), exact: true }))).toBe(303);
			await ewa.expectHeading(title);
			const practicePath = `/${locale}/practices/${practiceSlug(page.url())}`;
			const attachmentsPath = `${practicePath}/attachments`;

			// The editor reaches the files from the practice page.
			const manage = page.getByRole('link', { name: ewa.t('attachment_manage_link'), exact: true });
			expect.soft(await manage.count(), 'a link to the attachments page on the practice page').toBeGreaterThan(0);
			if (await manage.count()) await ewa.follow(manage, /\/attachments$/);
			else await ewa.go(attachmentsPath);
			await ewa.expectHeading(ewa.t('attachment_title'));
			await ewa.waitFor(page.getByText(ewa.t('attachment_empty')), 'the empty list');
			const upload = page.getByRole('region', { name: ewa.t('attachment_upload_title') });
			const fileInput = ewa.field(ewa.t('attachment_file_label'), upload);
			const uploadButton = upload.getByRole('button', { name: ewa.t('attachment_upload_submit') });
			const files = page.getByRole('region', { name: ewa.t('attachment_list_title') }).getByRole('listitem');

			// An image without its alternative text is refused.
			await fileInput.setInputFiles({ name: pngName, mimeType: 'image/png', buffer: png });
			const noAlt = await ewa.submit(uploadButton);
			expect(noAlt).toBeGreaterThanOrEqual(400);
			expect(noAlt).toBeLessThan(500);
			await ewa.waitFor(page.getByRole('alert'), 'the error summary', ewa.t('attachment_alt_required'));
			expect(await files.count()).toBe(0);

			// With it, the photo is added and shown with that text.
			await fileInput.setInputFiles({ name: pngName, mimeType: 'image/png', buffer: png });
			await ewa.field(ewa.t('attachment_alt_label'), upload).fill(alt);
			expect(await ewa.submit(uploadButton)).toBe(200);
			await ewa.waitFor(page.getByRole('status'), 'the "file added" notice', ewa.t('attachment_uploaded', { name: pngName }));
			expect(await files.count()).toBe(1);
			await ewa.waitFor(files.first().getByRole('img', { name: alt }), 'the photo with its alternative text');
			const href = await files.first().getByRole('link', { name: pngName }).getAttribute('href');
			expect(href).toMatch(/^\/files\/[^/]+\/[^/]+$/);

			// A web page named report.pdf: refused with a message; nothing is listed.
			await fileInput.setInputFiles({ name: 'report.pdf', mimeType: 'application/pdf', buffer: FAKE_PDF });
			await ewa.field(ewa.t('attachment_description_label'), upload).fill('Final report');
			const fake = await ewa.submit(uploadButton);
			expect(fake).toBeGreaterThanOrEqual(400);
			expect(fake).toBeLessThan(500);
			await ewa.waitFor(page.getByRole('alert'), 'the error summary', ewa.t('attachment_file_type'));
			const fileField = ewa.field(ewa.t('attachment_file_label'), upload);
			expect(await fileField.getAttribute('aria-invalid')).toBe('true');
			// The description typed is kept.
			expect(await ewa.field(ewa.t('attachment_description_label'), upload).inputValue()).toBe('Final report');
			await ewa.go(attachmentsPath);
			expect(await files.count()).toBe(1);
			expect(await page.getByText('report.pdf').count()).toBe(0);

			// The photo downloads as a PNG, byte for byte, and is never sniffed as something else.
			const download = await page.request.get(`${baseUrl}${href}`);
			expect(download.status()).toBe(200);
			expect(download.headers()['content-type']).toBe('image/png');
			expect(download.headers()['x-content-type-options']).toBe('nosniff');
			expect(Buffer.compare(await download.body(), png)).toBe(0);

			// The practice lists it, for a visitor too, who can download it.
			await ewa.go(practicePath);
			const listed = page.getByRole('region', { name: ewa.t('practice_attachments_title') });
			await ewa.waitFor(listed.getByRole('link', { name: pngName }), 'the photo among the files');
			expect(await listed.getByText('report.pdf').count()).toBe(0);
			session.assertClean();
			await session.close();

			const visitorSession = await newSession(chromium.browser, { locale: acceptLanguage[locale] });
			const visitor = new Journey(visitorSession, locale);
			await visitor.go(practicePath);
			await visitor.waitFor(visitor.page.getByRole('link', { name: pngName }), 'the photo, for a visitor');
			const forVisitor = await visitor.page.request.get(`${baseUrl}${href}`);
			expect(forVisitor.status()).toBe(200);
			expect(forVisitor.headers()['content-type']).toBe('image/png');
			// ...but the page for managing the files asks them to log in first.
			await visitor.go(attachmentsPath);
			expect(new URL(visitor.page.url()).pathname).toBe(`/${locale}/login`);
			expect(await visitor.page.getByRole('button', { name: ewa.t('attachment_upload_submit') }).count()).toBe(0);
			visitorSession.assertClean();
			await visitorSession.close();
		});
	}
});
