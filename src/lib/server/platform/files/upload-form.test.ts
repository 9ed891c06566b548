import { describe, expect, it } from 'vitest';
import { FORM_LIMITS } from '../http';
import { uploadFormAction } from './upload-form';

/** The request as the server receives it: the bytes already encoded, as they come off the wire. */
async function upload(form: FormData): Promise<Request> {
	const encoded = new Response(form);
	const body = await encoded.arrayBuffer();
	const headers = { 'content-type': encoded.headers.get('content-type')! };
	return new Request('https://headframe.example/en/practices/x/attachments', { method: 'POST', body, headers });
}

describe('reading an upload form', () => {
	it('hands the service the text fields and the file', async () => {
		const form = new FormData();
		form.append('alt', 'A headframe at dusk');
		form.append('file', new File(['%PDF-1.4'], 'report.pdf', { type: 'application/pdf' }));
		form.append('file', new File(['second'], 'ignored.txt'));
		const seen = await uploadFormAction(await upload(form), 'en', async (values, file) => ({ values, name: file?.name }));
		expect(seen).toEqual({ values: { alt: 'A headframe at dusk' }, name: 'report.pdf' });
	});

	it('answers 413 to 20,000 repeats of one field at once, and keeps the text it could read', async () => {
		const form = new FormData();
		form.append('alt', 'Kept');
		for (let i = 0; i < 20_000; i++) form.append('x', '');
		const request = await upload(form);
		const start = performance.now();
		const answer = await uploadFormAction(request, 'en', async () => {
			throw new Error('the service must not run');
		});
		expect(performance.now() - start).toBeLessThan(250);
		expect(answer).toMatchObject({ status: 413 });
		expect((answer as { data: { message: string } }).data.message).toContain(String(FORM_LIMITS.fields));

		const repeated = new FormData();
		repeated.append('alt', 'Kept');
		for (let i = 0; i <= FORM_LIMITS.repeats; i++) repeated.append('x', '');
		const capped = await uploadFormAction(await upload(repeated), 'en', async () => null);
		expect(capped).toMatchObject({ status: 413, data: { values: { alt: 'Kept' } } });
	});

	it('tells the person when the upload cannot be read', async () => {
		const request = new Request('https://headframe.example/x', {
			method: 'POST',
			body: '--b\r\nbroken',
			headers: { 'content-type': 'multipart/form-data; boundary=b' }
		});
		const answer = await uploadFormAction(request, 'en', async () => null);
		expect(answer).toMatchObject({ status: 400 });
		expect((answer as { data: { errors: Record<string, string> } }).data.errors.file).toContain('could not be read');
	});
});
