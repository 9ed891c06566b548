/**
 * Accessibility checks run on every page a journey visits: axe-core with the WCAG 2.1 A/AA
 * rules, plus the house rules axe does not check (one h1, a "… · Headframe" title, the page's
 * language on <html>).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { Locale } from './env';

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	helpUrl: string;
	nodes: { target: string[]; failureSummary?: string }[];
}

/** Every page checked in this process, for the summary line. */
export const checkedPages: string[] = [];

/** Pages opened with JavaScript disabled (see browser.ts): axe cannot run inside them. */
export const noScriptPages = new WeakSet<Page>();

/**
 * Runs axe on the page as it is now. page.evaluate is not subject to the page's CSP, so the
 * app's strict script-src stays on while axe runs. axe needs timers, which do not fire in a
 * page without JavaScript: such a page is checked through a copy of its HTML (scripts removed)
 * served at the same address in a scripted tab, with the same styles.
 */
export async function checkA11y(page: Page): Promise<void> {
	const violations = noScriptPages.has(page) ? await axeOnCopy(page) : await runAxe(page);
	checkedPages.push(page.url());
	if (violations.length) {
		const lines = violations.map(
			(v) =>
				`  ${v.id} (${v.impact}): ${v.help}\n` +
				v.nodes
					.slice(0, 5)
					.map(
						(n) => `      at ${n.target.join(' ')}${n.failureSummary ? `\n        ${n.failureSummary.split('\n').join('\n        ')}` : ''}`
					)
					.join('\n') +
				(v.nodes.length > 5 ? `\n      …and ${v.nodes.length - 5} more` : '')
		);
		throw new Error(`axe found ${violations.length} WCAG 2.1 A/AA violation(s) on ${page.url()}:\n${lines.join('\n')}`);
	}
}

async function runAxe(page: Page): Promise<AxeViolation[]> {
	const hasAxe = await page.evaluate(() => 'axe' in window);
	if (!hasAxe) await page.evaluate(axeSource);
	return (await page.evaluate(
		async (tags) =>
			(
				await (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: unknown[] }> } }).axe.run(document, {
					runOnly: { type: 'tag', values: tags },
					resultTypes: ['violations']
				})
			).violations,
		WCAG_TAGS
	)) as AxeViolation[];
}

async function axeOnCopy(page: Page): Promise<AxeViolation[]> {
	const browser = page.context().browser();
	if (!browser) throw new Error('checkA11y: the page has no browser to make a copy in');
	const html = (await page.content()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
	const address = page.url();
	const withoutHash = address.replace(/#.*$/, '');
	const context = await browser.newContext({ viewport: page.viewportSize() });
	try {
		const copy = await context.newPage();
		await copy.route(
			(url) => url.href === withoutHash,
			(route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
		);
		await copy.goto(address);
		return await runAxe(copy);
	} finally {
		await context.close();
	}
}

/** axe plus the house rules; call after every navigation or form submission. */
export async function checkPage(page: Page, locale?: Locale): Promise<void> {
	const facts = await page.evaluate(() => ({
		h1: document.querySelectorAll('h1').length,
		title: document.title,
		lang: document.documentElement.lang
	}));
	const where = page.url();
	if (facts.h1 !== 1) throw new Error(`${where} has ${facts.h1} <h1> elements; a page has exactly one`);
	if (!/Headframe$/.test(facts.title)) throw new Error(`${where} has the title "${facts.title}"; expected "… · Headframe"`);
	if (locale && facts.lang !== locale) throw new Error(`${where} has <html lang="${facts.lang}">; expected "${locale}"`);
	await checkA11y(page);
}
