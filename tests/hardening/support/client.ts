/**
 * A plain HTTP client with a cookie jar: the hardening suite talks to the server the way a
 * script would, without a browser, so it can send what no browser sends.
 */
import http from 'node:http';
import { baseUrl } from '../../e2e/support/env';

export interface Answer {
	status: number;
	headers: Headers;
	text: string;
	location: string | null;
}

export class Client {
	private readonly cookies = new Map<string, string>();

	/** `base`: the server to talk to; the suite's own unless a test starts another. */
	constructor(
		readonly label: string,
		readonly base: string = baseUrl
	) {}

	private remember(headers: Headers): void {
		for (const line of headers.getSetCookie()) {
			const [pair, ...attributes] = line.split(';');
			const eq = pair.indexOf('=');
			const name = pair.slice(0, eq).trim();
			const value = pair.slice(eq + 1).trim();
			const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === '';
			if (expired) this.cookies.delete(name);
			else this.cookies.set(name, value);
		}
	}

	/** One request, redirects not followed. Bodies of files and calendars are not read as text. */
	async request(path: string, init: { method?: string; body?: BodyInit; headers?: Record<string, string> } = {}): Promise<Answer> {
		// as a browser navigating: SvelteKit answers form actions asked for JSON differently
		const headers: Record<string, string> = { accept: 'text/html,*/*;q=0.8', ...init.headers };
		if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
		if (init.method && init.method !== 'GET') headers.origin ??= this.base;
		const send = () => fetch(new URL(path, this.base), { method: init.method ?? 'GET', body: init.body, headers, redirect: 'manual' });
		// A server that answers before reading a refused body closes that keep-alive connection;
		// a request racing onto it is reset. Browsers retry such a request once; so do we.
		const response = await send().catch((error: Error & { cause?: { code?: string } }) => {
			if (error.cause?.code === 'ECONNRESET' || error.cause?.code === 'UND_ERR_SOCKET') return send();
			throw error;
		});
		this.remember(response.headers);
		const type = response.headers.get('content-type') ?? '';
		const text = /text|json|xml|javascript/.test(type) ? await response.text() : (await response.arrayBuffer(), '');
		return { status: response.status, headers: response.headers, text, location: response.headers.get('location') };
	}

	/**
	 * Sends a body bigger than the server accepts. The server answers 413 and closes the
	 * connection while the body is still being sent; fetch reports only the broken pipe, so
	 * this listens for the answer itself.
	 */
	async postOversized(path: string, body: FormData): Promise<Answer> {
		const encoded = new Response(body);
		const bytes = Buffer.from(await encoded.arrayBuffer());
		const headers: Record<string, string> = {
			accept: 'text/html',
			origin: this.base,
			'content-type': encoded.headers.get('content-type')!,
			'content-length': String(bytes.length)
		};
		if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
		return new Promise((resolve, reject) => {
			const request = http.request(new URL(path, this.base), { method: 'POST', headers }, (response) => {
				const chunks: Buffer[] = [];
				response.on('data', (c: Buffer) => chunks.push(c));
				response.on('end', () =>
					resolve({
						status: response.statusCode ?? 0,
						headers: new Headers(
							Object.entries(response.headers).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)] as [string, string]]))
						),
						text: Buffer.concat(chunks).toString('utf8'),
						location: response.headers.location ?? null
					})
				);
			});
			// the server may close before the whole body is written: the answer still comes
			request.on('error', (error) => setTimeout(() => reject(error), 2000));
			request.end(bytes);
		});
	}

	get(path: string): Promise<Answer> {
		return this.request(path);
	}

	post(path: string, body: BodyInit, contentType?: string): Promise<Answer> {
		return this.request(path, { method: 'POST', body, headers: contentType ? { 'content-type': contentType } : {} });
	}

	/** Signs in through the login form; fails loudly when the demo account does not work. */
	async logIn(email: string, password: string): Promise<void> {
		const answer = await this.post('/en/login', new URLSearchParams({ email, password }));
		if (answer.status !== 303) throw new Error(`${this.label}: login as ${email} answered ${answer.status}`);
	}
}
