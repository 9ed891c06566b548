/**
 * The checks the journeys rely on must be able to fail: axe must report a missing label, the
 * origin guard a request to another site, also in a page without JavaScript.
 */
import { describe, expect, it } from 'vitest';
import { newSession, useBrowser } from './support/browser';
import { checkA11y } from './support/a11y';
import { baseUrl } from './support/env';

const chromium = useBrowser();

const BAD_PAGE = `<!doctype html><html lang="en"><head><title>Bad · Headframe</title></head>
<body><main><h1>Bad</h1><form><input id="nameless" name="x"></form>
<img src="https://example.invalid/tracker.png" alt="tracker"></main></body></html>`;

describe('the journeys’ own checks', () => {
	for (const javaScriptEnabled of [true, false]) {
		it(`report an unlabelled field and a foreign request (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
			const session = await newSession(chromium.browser, { javaScriptEnabled });
			try {
				// Served at the app's address so the copy made for no-JS pages sees the same page.
				await session.page.route(`${baseUrl}/__harness`, (route) =>
					route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: BAD_PAGE })
				);
				await session.page.goto('/__harness');
				await expect(checkA11y(session.page)).rejects.toThrow(/label.*\n.*#nameless/);
				expect(() => session.assertClean()).toThrow(/another origin: GET https:\/\/example\.invalid\/tracker\.png/);
			} finally {
				await session.close();
			}
		});
	}
});
