/** Set by scripts/test-e2e.js; running vitest on tests/e2e directly has no server to talk to. */
function required(name: string): string {
	const value = process.env[name];
	if (!value) throw new Error(`${name} is not set: run the journeys with \`npm run test:e2e\``);
	return value;
}

export const baseUrl = required('E2E_BASE_URL');
export const mailDir = required('E2E_MAIL_DIR');
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const locales = ['pl', 'en'] as const;
export type Locale = (typeof locales)[number];

/** The demo network's accounts (seeded with SEED=demo). */
export const DEMO_PASSWORD = 'headframe-demo-2026';
export const demo = {
	coordinator: 'koordynator@headframe.example',
	member: 'ewa@headframe.example',
	admin: 'admin@headframe.example'
} as const;

/** A unique suffix for addresses and names created by one run of a test. */
export function unique(): string {
	return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}
