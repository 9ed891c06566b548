/**
 * A person's walk through the site in one language. Every page reached, by address, link or
 * form, goes through checkPage (axe + house rules) before the journey goes on.
 */
import type { Locator, Page, Response } from 'playwright-core';
import { checkPage } from './a11y';
import { baseUrl, type Locale } from './env';
import { msg } from './messages';
import type { Session } from './browser';

export class Journey {
	constructor(
		readonly session: Session,
		public locale: Locale
	) {}

	get page(): Page {
		return this.session.page;
	}

	/** msg() in the journey's current language. */
	t(key: string, params?: Record<string, string | number>): string {
		return msg(this.locale, key, params);
	}

	/** Opens a path and checks the page; fails unless the answer has the expected status. */
	async go(path: string, { status = 200 }: { status?: number } = {}): Promise<Response> {
		const response = await this.page.goto(path);
		if (!response) throw new Error(`No response for ${path}`);
		if (response.status() !== status) {
			throw new Error(`GET ${path} answered ${response.status()}, expected ${status}`);
		}
		await this.check();
		return response;
	}

	/**
	 * Follows a link or a GET form's button and checks the page it leads to. With JavaScript the
	 * app may navigate client-side, so give the address to wait for (path and query), or the
	 * check may run on the page being left.
	 */
	async follow(link: Locator, expected?: RegExp): Promise<void> {
		await link.first().click();
		if (expected) await this.page.waitForURL((url) => expected.test(`${url.pathname}${url.search}`));
		await this.page.waitForLoadState('load');
		await this.check();
	}

	/**
	 * Submits a form with its button and checks the page that comes back. Returns the status of
	 * the POST's answer (303 for success-then-redirect, 4xx for refused input). With JavaScript,
	 * an enhanced form answers JSON whose `status` is the one the page would have had.
	 */
	async submit(button: Locator): Promise<number> {
		const answered = this.page.waitForResponse((r) => r.request().method() === 'POST' && r.url().startsWith(baseUrl), { timeout: 30_000 });
		await button.click();
		const response = await answered;
		let status = response.status();
		if ((response.headers()['content-type'] ?? '').includes('json')) {
			const body = (await response.json().catch(() => ({}))) as { status?: number };
			status = body.status ?? status;
		}
		await this.page.waitForLoadState('load');
		await this.check();
		return status;
	}

	/**
	 * A form field by its whole label (an error summary that names the field is labelled by
	 * text containing the label too), whether or not the label ends with the required mark.
	 */
	field(label: string, within?: Locator): Locator {
		return (within ?? this.page).getByLabel(wholeLabel(label));
	}

	check(): Promise<void> {
		return checkPage(this.page, this.locale);
	}

	/** The page's one h1, once it reads as expected. */
	async expectHeading(text: string | RegExp): Promise<void> {
		const h1 = this.page.getByRole('heading', { level: 1 });
		await this.waitFor(h1, 'the page heading', text);
	}

	/** Waits until the locator is visible and, when given, has the text. */
	async waitFor(locator: Locator, what: string, text?: string | RegExp): Promise<void> {
		try {
			await locator.first().waitFor({ state: 'visible', timeout: 10_000 });
			if (text !== undefined) {
				const deadline = Date.now() + 10_000;
				for (;;) {
					const actual = (await locator.first().innerText()).trim();
					if (typeof text === 'string' ? actual.includes(text) : text.test(actual)) return;
					if (Date.now() > deadline) throw new Error(`${what} reads "${actual}", expected ${text}`);
					await this.page.waitForTimeout(100);
				}
			}
		} catch (error) {
			throw new Error(`On ${this.page.url()}: ${what} ${text ? `(${text}) ` : ''}did not appear: ${(error as Error).message}`, {
				cause: error
			});
		}
	}

	/** Clicks the other language in the header's language switch and returns to checking. */
	async switchLanguage(to: Locale): Promise<void> {
		const switcher = this.page.getByRole('navigation', { name: this.t('nav_language_label') });
		const name = to === 'pl' ? 'Polski' : 'English';
		this.locale = to;
		await this.follow(switcher.getByRole('link', { name, exact: true }), new RegExp(`^/${to}(/|$)`));
	}

	/** Logs in through the login page; lands wherever the app sends a person after login. */
	async logIn(email: string, password: string): Promise<void> {
		await this.go(`/${this.locale}/login`);
		await this.field(this.t('auth_field_email')).fill(email);
		await this.field(this.t('auth_field_password')).fill(password);
		const status = await this.submit(this.page.getByRole('button', { name: this.t('auth_login_submit') }));
		if (status >= 400) throw new Error(`Login of ${email} was refused (${status}) on ${this.page.url()}`);
	}

	/** Logs out with the header's button. */
	async logOut(): Promise<void> {
		await this.submit(this.page.getByRole('banner').getByRole('button', { name: this.t('nav_logout') }));
		await this.waitFor(this.page.getByRole('banner').getByRole('link', { name: this.t('nav_login') }), 'the login link');
	}
}

/** Matches a label's text exactly, allowing the " *" that marks a required field. */
export function wholeLabel(label: string): RegExp {
	return new RegExp(`^\\s*${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s*\\*)?\\s*$`);
}
