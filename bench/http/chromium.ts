/**
 * The Chromium the page-weight and Lighthouse measurements drive: Debian's build
 * (`npx playwright install` cannot work here), as DESIGN.md says, with `CHROME_PATH` to use another.
 */
export const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * Flags that let Chromium run headless as root in this container (no sandbox, no GPU, /dev/shm is
 * small) and keep it from talking to Google while it is measured, so the network log holds only
 * what the page itself loads.
 */
export const QUIET_FLAGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

/** For chrome-launcher, which starts Chromium itself (playwright adds its own headless flag). */
export const HEADLESS_FLAGS = ['--headless=new', ...QUIET_FLAGS];
