/**
 * The UI texts, read from the same catalogues the app is built from, so selectors follow the
 * real labels: msg('pl', 'auth_register_submit').
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locale } from './env';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const catalogues = new Map<Locale, Record<string, string>>();

function catalogue(locale: Locale): Record<string, string> {
	let all = catalogues.get(locale);
	if (!all) {
		all = {};
		const dir = path.join(root, 'messages');
		for (const domain of fs.readdirSync(dir)) {
			const file = path.join(dir, domain, `${locale}.json`);
			if (!fs.existsSync(file)) continue;
			const entries = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
			for (const [key, value] of Object.entries(entries)) if (typeof value === 'string' && key !== '$schema') all[key] = value;
		}
		catalogues.set(locale, all);
	}
	return all;
}

/** The text of a message, with {placeholders} filled in; throws when the key does not exist. */
export function msg(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
	const text = catalogue(locale)[key];
	if (text === undefined) throw new Error(`No message "${key}" in messages/*/${locale}.json`);
	return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Like msg, but as a pattern that matches the text with any value in its {placeholders}. */
export function msgPattern(locale: Locale, key: string): RegExp {
	const parts = msg(locale, key)
		.split(/\{\w+\}/)
		.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	return new RegExp(parts.join('.+?'));
}
