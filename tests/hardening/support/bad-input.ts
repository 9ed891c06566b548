/**
 * Bad input for a form, generated from its fields: what careless people, broken clients and
 * attackers send. Every text carries a token of its own so a later walk can prove that nothing
 * of a refused request was stored.
 */
import type { FoundForm } from './crawl';

export interface Attempt {
	label: string;
	body: BodyInit;
	contentType?: string;
	token: string;
	/** Larger than the server's body limit: sent with Client.postOversized. */
	oversized?: boolean;
}

let counter = 0;
const newToken = () => `hfz${Date.now().toString(36)}${(++counter).toString(36)}`;

const HOSTILE = [
	`'; drop table people; --`,
	`" or 1=1 --`,
	`<script>alert(1)</script><img src=x onerror=alert(1)>`,
	'{{7*7}} ${7*7} <%= 7*7 %>',
	'../../../../etc/passwd',
	'\u0000\u202e\ufeff'
];

function wrongValue(type: string, token: string): string {
	switch (type) {
		case 'number':
			return `1e309${token}`;
		case 'date':
		case 'datetime-local':
		case 'month':
		case 'time':
			return `31/02/0000 ${token}`;
		case 'email':
			return `not an address ${token}`;
		case 'url':
			return `javascript:alert(1)//${token}`;
		case 'checkbox':
		case 'radio':
		case 'select':
			return `-1' ${token}`;
		case 'hidden':
			return `-1e99${token}`;
		default:
			return `${token}`;
	}
}

function urlencoded(pairs: [string, string][]): string {
	return pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
}

const FORM = 'application/x-www-form-urlencoded';

/** Attempts for one form; `withUpload` adds an upload larger than the server accepts. */
export function badInputs(form: FoundForm, { withUpload = true } = {}): Attempt[] {
	const textFields = form.fields.filter((f) => f.type !== 'file');
	const attempts: Attempt[] = [];
	const add = (label: string, make: (token: string) => Omit<Attempt, 'label' | 'token'>) => {
		const token = newToken();
		attempts.push({ label, token, ...make(token) });
	};

	add('an empty body', () => ({ body: '', contentType: FORM }));
	add('every field blank', () => ({ body: urlencoded(textFields.map((f) => [f.name, ''])), contentType: FORM }));
	// huge fields, the whole body under the server's limit (that limit has its own attempt)
	const huge = Math.min(150_000, Math.floor(6_000_000 / 6 / Math.max(1, textFields.length)));
	add('every field huge', (t) => ({ body: urlencoded(textFields.map((f) => [f.name, `${t} ${'Ż'.repeat(huge)}`])), contentType: FORM }));
	add('wrong types', (t) => ({ body: urlencoded(textFields.map((f) => [f.name, wrongValue(f.type, t)])), contentType: FORM }));
	add('every field sent 40 times', (t) => ({
		body: urlencoded(textFields.flatMap((f) => Array.from({ length: 40 }, (_, i): [string, string] => [f.name, `${t}-${i}`]))),
		contentType: FORM
	}));
	add('script and SQL fragments', (t) => ({
		body: urlencoded(textFields.map((f, i) => [f.name, `${HOSTILE[i % HOSTILE.length]} ${t}`])),
		contentType: FORM
	}));
	add('invalid UTF-8', (t) => ({
		body: textFields.map((f) => `${encodeURIComponent(f.name)}=%C3%28%FF%FE%ED%A0%80${t}`).join('&') || `x=%C3%28${t}`,
		contentType: FORM
	}));
	add('deeply nested names', (t) => ({
		body: urlencoded([[`a${'[0]'.repeat(2000)}`, t], ...textFields.map((f): [string, string] => [`${f.name}[x][y][z]`, t])]),
		contentType: FORM
	}));
	add('a deeply nested JSON body', (t) => ({ body: `${'['.repeat(20_000)}"${t}"${']'.repeat(20_000)}`, contentType: 'application/json' }));
	add('a body that is not a form', (t) => ({ body: `\u0000\u0001 ${t} --boundary-without-header`, contentType: 'multipart/form-data' }));
	if (form.multipart && withUpload) {
		add('an oversized upload', (t) => {
			const data = new FormData();
			for (const f of textFields) data.append(f.name, t);
			const fileField = form.fields.find((f) => f.type === 'file')?.name ?? 'file';
			data.append(fileField, new Blob([new Uint8Array(13 * 1024 * 1024)], { type: 'application/pdf' }), `${t}.pdf`);
			return { body: data, oversized: true };
		});
		add('an upload that lies about its type', (t) => {
			const data = new FormData();
			for (const f of textFields) data.append(f.name, t);
			const fileField = form.fields.find((f) => f.type === 'file')?.name ?? 'file';
			data.append(fileField, new Blob(['MZ\u0090\u0000 not a picture'], { type: 'image/png' }), `${t}.png`);
			return { body: data };
		});
	}
	return attempts;
}
