/**
 * Chromium for the journeys, and a session (context + page) that watches what the page does:
 * every request must stay on the app's origin (no third-party fonts, maps or scripts), the
 * Content Security Policy must not have to block anything, and no script may throw.
 */
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { baseUrl, chromiumPath } from './env';
import { noScriptPages } from './a11y';

const LAUNCH_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath: chromiumPath, headless: true, args: LAUNCH_ARGS });
}

/** One Chromium for the test file: call at the top level, use `.browser` inside tests. */
export function useBrowser(): { browser: Browser } {
	const handle = {} as { browser: Browser };
	beforeAll(async () => {
		handle.browser = await launchBrowser();
	});
	afterAll(async () => {
		await handle.browser?.close();
	});
	return handle;
}

export interface Session {
	context: BrowserContext;
	page: Page;
	/** Problems seen so far: foreign requests, CSP violations, uncaught page errors, dialogs. */
	problems: string[];
	/** Fails the test if the page did anything it must not; call at the end of a journey. */
	assertClean(): void;
	close(): Promise<void>;
}

const appOrigin = new URL(baseUrl).origin;
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

export async function newSession(browser: Browser, options: BrowserContextOptions = {}): Promise<Session> {
	const context = await browser.newContext({ baseURL: baseUrl, locale: 'en-GB', ...options });
	context.setDefaultTimeout(15_000);
	context.setDefaultNavigationTimeout(30_000);
	const problems: string[] = [];
	context.on('request', (request) => {
		const url = new URL(request.url());
		if (!LOCAL_SCHEMES.has(url.protocol) && url.origin !== appOrigin) {
			problems.push(`request to another origin: ${request.method()} ${request.url()}`);
		}
	});
	context.on('weberror', (error) => problems.push(`uncaught error in the page: ${error.error().message}`));
	context.on('console', (message) => {
		if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
			problems.push(`CSP violation on ${message.page()?.url()}: ${message.text()}`);
		}
	});
	const page = await context.newPage();
	// An alert() can only come from a script someone smuggled in through their input.
	page.on('dialog', (dialog) => {
		problems.push(`a dialog opened on ${page.url()}: ${dialog.type()} "${dialog.message()}"`);
		void dialog.dismiss();
	});
	if (options.javaScriptEnabled === false) noScriptPages.add(page);
	return {
		context,
		page,
		problems,
		assertClean() {
			if (problems.length) throw new Error(`The pages did what they must not:\n- ${problems.join('\n- ')}`);
		},
		close: () => context.close()
	};
}
