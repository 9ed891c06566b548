/**
 * The mail the app sent, as caught by the SMTP capture server (support/smtp-capture.js) started
 * by scripts/test-e2e.js: one decoded JSON file per message in E2E_MAIL_DIR.
 */
import fs from 'node:fs';
import path from 'node:path';
import { baseUrl, mailDir } from './env';

export interface Mail {
	file: string;
	receivedAt: string;
	envelopeTo: string[];
	from: string;
	to: string;
	subject: string;
	text: string;
	html: string;
}

export function allMail(): Mail[] {
	if (!fs.existsSync(mailDir)) return [];
	return fs
		.readdirSync(mailDir)
		.filter((name) => name.endsWith('.json') && !name.startsWith('.'))
		.sort()
		.map((name) => ({ file: name, ...JSON.parse(fs.readFileSync(path.join(mailDir, name), 'utf8')) }));
}

export function mailTo(address: string): Mail[] {
	const wanted = address.toLowerCase();
	return allMail().filter((mail) => mail.envelopeTo.includes(wanted));
}

interface WaitOptions {
	/** Only mail whose subject or text matches. */
	matching?: RegExp;
	/** Skip mail already seen (e.g. the count of mailTo(address) before the action). */
	skip?: number;
	timeoutMs?: number;
}

/** Waits for a message to the address (the app's mail worker sends every two seconds or so). */
export async function waitForMail(address: string, { matching, skip = 0, timeoutMs = 20_000 }: WaitOptions = {}): Promise<Mail> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const found = mailTo(address)
			.slice(skip)
			.find((mail) => !matching || matching.test(mail.subject) || matching.test(mail.text));
		if (found) return found;
		if (Date.now() > deadline) {
			const seen = allMail().map((m) => `  to ${m.envelopeTo.join(', ')}: ${m.subject}`);
			throw new Error(
				`No mail to ${address}${matching ? ` matching ${matching}` : ''} within ${timeoutMs} ms.\n` +
					`Mail caught so far:\n${seen.join('\n') || '  (none)'}`
			);
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
}

/** The first link to the app in the mail's text whose path matches, as a path+query. */
export function linkIn(mail: Mail, pathPattern: RegExp): string {
	const links = mail.text.match(/https?:\/\/[^\s<>"')\]]+/g) ?? [];
	for (const link of links) {
		const url = new URL(link);
		if (url.origin === new URL(baseUrl).origin && pathPattern.test(url.pathname)) return `${url.pathname}${url.search}`;
	}
	throw new Error(`No link to ${baseUrl} matching ${pathPattern} in the mail "${mail.subject}":\n${mail.text}`);
}
