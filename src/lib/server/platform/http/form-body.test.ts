import { describe, expect, it } from 'vitest';
import { AppError } from '../core';
import { FORM_LIMITS, FormTooLarge, readFormBody, UnreadableForm } from './form-body';
import { formAction, readForm } from './form';
import { EVENT_CAPACITY_MAX } from '../../acting/events';

const SITE = 'https://headframe.example/en/login';

function urlencoded(body: string): Request {
	return new Request(SITE, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
}

function multipart(body: string, boundary = 'xyz'): Request {
	return new Request(SITE, { method: 'POST', body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
}

/** The body of the attack: one field sent 20,000 times, 60 KB. */
const REPEATED = 'a=&'.repeat(20_000);

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; result: T | unknown }> {
	const start = performance.now();
	const result = await run().catch((error: unknown) => error);
	return { ms: performance.now() - start, result };
}

describe('reading a form', () => {
	it('gives a field sent once as a string and a repeated one as an array, in order', async () => {
		const values = await readForm(urlencoded(`title=Hello+world&areas=1&areas=2&areas=3&body=%C5%BC%C3%B3%C5%82w&${'k'.repeat(101)}=x`));
		expect(values).toEqual({ title: 'Hello world', areas: ['1', '2', '3'], body: 'żółw' });
	});

	it('treats names like __proto__ or toString as plain fields', async () => {
		const values = await readForm(urlencoded('__proto__=a&__proto__=b&toString=c&constructor=d'));
		expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
		expect(Object.entries(values)).toEqual([
			['__proto__', ['a', 'b']],
			['toString', 'c'],
			['constructor', 'd']
		]);
	});

	it('reads multipart forms, files apart from text', async () => {
		const body = [
			'--xyz',
			'Content-Disposition: form-data; name="alt"',
			'',
			'A headframe',
			'--xyz',
			'Content-Disposition: form-data; name="file"; filename="a.txt"',
			'Content-Type: text/plain',
			'',
			'plain text, two\r\nlines',
			'--xyz',
			'Content-Disposition: form-data; name="tags"',
			'',
			'x',
			'--xyz',
			'Content-Disposition: form-data; name="tags"',
			'',
			'y',
			'--xyz--',
			''
		].join('\r\n');
		const { values, files } = await readFormBody(multipart(body));
		expect(values).toEqual({ alt: 'A headframe', tags: ['x', 'y'] });
		expect(files.get('file')?.name).toBe('a.txt');
		expect(await files.get('file')?.text()).toBe('plain text, two\r\nlines');
	});

	it('finds the boundary quoted or not, whatever its length', async () => {
		for (const boundary of ['"a b;c"', 'q'.repeat(100)]) {
			const bare = boundary.replace(/"/g, '');
			const body = `--${bare}\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--${bare}--\r\n`;
			const request = new Request(SITE, {
				method: 'POST',
				body,
				headers: { 'content-type': `multipart/form-data; boundary=${boundary}; x=y` }
			});
			expect((await readFormBody(request)).values, boundary).toEqual({ a: '1' });
		}
	});

	it('refuses a body it cannot read as a form', async () => {
		await expect(
			readFormBody(new Request(SITE, { method: 'POST', body: 'a=1', headers: { 'content-type': 'text/plain' } }))
		).rejects.toBeInstanceOf(UnreadableForm);
		await expect(readFormBody(multipart('no boundary at all'))).rejects.toBeInstanceOf(UnreadableForm);
		await expect(readForm(new Request(SITE, { method: 'POST', body: 'a' }))).rejects.toMatchObject({
			messageKey: 'error_bad_form'
		});
	});
});

describe('a form that costs more than it should', () => {
	it('refuses 20,000 repeats of one field at once (60 KB used to block the server for seconds)', async () => {
		expect(REPEATED.length).toBe(60_000);
		const { ms, result } = await timed(() => readForm(urlencoded(REPEATED)));
		expect(result).toBeInstanceOf(FormTooLarge);
		expect(result).toMatchObject({ status: 413 });
		expect(ms).toBeLessThan(250);
	});

	it('caps the values of one field, keeping the first ones', async () => {
		const body = `title=Kept&${'areas=1&'.repeat(FORM_LIMITS.repeats + 1)}`;
		const result = await readForm(urlencoded(body)).catch((error: unknown) => error);
		expect(result).toMatchObject({ status: 413, limit: 'repeats', max: FORM_LIMITS.repeats });
		expect((result as FormTooLarge).kept.title).toBe('Kept');
		expect((result as FormTooLarge).kept.areas).toHaveLength(FORM_LIMITS.repeats);
		await expect(readForm(urlencoded('areas=1&'.repeat(FORM_LIMITS.repeats)))).resolves.toMatchObject({ areas: expect.any(Array) });
	});

	it('reads in time linear in the repeats when the cap allows them', async () => {
		const { ms, result } = await timed(() => readFormBody(urlencoded('a=1&'.repeat(100_000)), { fields: 200_000, repeats: 200_000 }));
		expect((result as { values: { a: string[] } }).values.a).toHaveLength(100_000);
		// the old reader took about 45 s for these
		expect(ms).toBeLessThan(1000);
	});

	it('reads the largest real form, attendance at an event of the largest capacity, when its action raises the cap', async () => {
		const fields = Array.from({ length: EVENT_CAPACITY_MAX }, (_, i) => `attended_${i + 1}=yes`);
		const body = `_form=attendance&${fields.join('&')}`;
		await expect(readForm(urlencoded(body))).rejects.toMatchObject({ limit: 'fields', max: FORM_LIMITS.fields });
		const { ms, result } = await timed(() => readForm(urlencoded(body), { fields: EVENT_CAPACITY_MAX + 100 }));
		expect(result).not.toBeInstanceOf(Error);
		expect(Object.keys(result as object)).toHaveLength(EVENT_CAPACITY_MAX + 1);
		expect(ms).toBeLessThan(2000);
	});

	it('leaves room for every other form under the default caps', () => {
		// the practice and event forms send a few hundred fields; checkbox lists a few dozen values
		expect(FORM_LIMITS.fields).toBeGreaterThanOrEqual(1_000);
		expect(FORM_LIMITS.repeats).toBeGreaterThanOrEqual(500);
	});

	it('gives other requests their turn while it reads a long form', async () => {
		const fields = Array.from({ length: 50_000 }, (_, i) => `f${i}=v`).join('&');
		let turns = 0;
		const ticker = setInterval(() => turns++, 0);
		await readFormBody(urlencoded(fields), { fields: 60_000 });
		clearInterval(ticker);
		expect(turns).toBeGreaterThan(0);
	});

	it('counts the fields before building them, so a body of a million empty ones is refused cheaply', async () => {
		const { ms, result } = await timed(() => readForm(urlencoded('&'.repeat(1_000_000))));
		expect(result).toMatchObject({ limit: 'fields', max: FORM_LIMITS.fields });
		expect((result as FormTooLarge).kept).toEqual({});
		expect(ms).toBeLessThan(250);
		await expect(readFormBody(urlencoded('a=1&b=2&c=3'), { fields: 2, repeats: 5 })).rejects.toMatchObject({ limit: 'fields' });
		await expect(readFormBody(urlencoded('a=1&b=2'), { fields: 2, repeats: 5 })).resolves.toBeTruthy();
	});

	it('counts multipart parts the same way, and refuses parts whose headers never end', async () => {
		const part = (name: string) => `--xyz\r\nContent-Disposition: form-data; name="${name}"\r\n\r\nv\r\n`;
		const limits = { fields: 3, repeats: 2 };
		await expect(readFormBody(multipart(`${part('a')}${part('b')}${part('c')}--xyz--\r\n`), limits)).resolves.toBeTruthy();
		await expect(readFormBody(multipart(`${part('a')}${part('b')}${part('c')}${part('d')}--xyz--\r\n`), limits)).rejects.toMatchObject({
			limit: 'fields'
		});
		await expect(readFormBody(multipart(`${part('a')}${part('a')}${part('a')}--xyz--\r\n`), limits)).rejects.toMatchObject({
			limit: 'repeats'
		});
		const endless = `--xyz\r\nContent-Disposition: form-data; name="a"\r\n${'X-A: b\r\n'.repeat(100_000)}\r\nv\r\n--xyz--\r\n`;
		const { ms, result } = await timed(() => readFormBody(multipart(endless)));
		expect(result).toBeInstanceOf(UnreadableForm);
		expect(ms).toBeLessThan(250);
	});
});

describe('a form action beyond the caps', () => {
	it('answers 413 with a translated message and keeps what could be read, never the password', async () => {
		const body = `email=ewa%40example.org&password=secret&${'a=&'.repeat(FORM_LIMITS.repeats + 1)}`;
		const answer = await formAction(urlencoded(body), 'en', async () => {
			throw new Error('the service must not run');
		});
		expect(answer).toMatchObject({ status: 413 });
		const data = (answer as { data: { message: string; values: Record<string, unknown> } }).data;
		expect(data.message).toBe(
			`One field of this form was sent more than ${FORM_LIMITS.repeats} times, so nothing was saved. Please check what you selected and send the form again.`
		);
		expect(data.values.email).toBe('ewa@example.org');
		expect(data.values.password).toBeUndefined();

		const polish = await formAction(urlencoded(REPEATED), 'pl', async () => null);
		expect(polish).toMatchObject({ status: 413 });
		expect((polish as { data: { message: string } }).data.message).toMatch(`więcej niż ${FORM_LIMITS.fields} pól`);
	});

	it('is an AppError, so every caller that maps service errors maps it too', () => {
		expect(new FormTooLarge('fields', 1)).toBeInstanceOf(AppError);
	});
});
