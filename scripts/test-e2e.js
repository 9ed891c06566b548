// `npm run test:e2e`: the browser journeys against a real build.
// Starts a mail catcher, then the server the way `npm start` does (scripts/start.js: it builds
// when the sources changed, then serves build/index.js) on 127.0.0.1 with a fresh data folder
// and the demo network; runs tests/e2e/**/*.e2e.ts in Debian's Chromium; stops what it started.
// Exit code: 0 only when every test passed and at least one ran.
//
// Environment: E2E_PORT / E2E_SMTP_PORT (else the first free ports from 3205), CHROMIUM_PATH
// (/usr/bin/chromium), E2E_KEEP=1 keeps the temporary folder (data, mail, server log).
// Extra arguments go to vitest, e.g. `npm run test:e2e -- bad-input`.
// `--hardening` (npm run test:hardening) runs tests/hardening/ instead: the same server, no browser.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSmtpCapture } from '../tests/e2e/support/smtp-capture.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const hardening = process.argv.includes('--hardening');
const suite = hardening
	? { name: 'hardening', config: 'tests/hardening/vitest.config.ts', counted: 'hardening checks' }
	: { name: 'e2e', config: 'tests/e2e/vitest.config.ts', counted: 'journeys' };
const vitestArgs = process.argv.slice(2).filter((arg) => arg !== '--hardening');
const startedAt = Date.now();
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const say = (line) => console.log(`[${suite.name} ${((Date.now() - startedAt) / 1000).toFixed(1).padStart(5)}s] ${line}`);

if (!hardening && !fs.existsSync(chromium)) {
	console.error(`test:e2e needs Chromium at ${chromium} (Debian: apt-get install chromium), or set CHROMIUM_PATH.`);
	process.exit(1);
}

// --- ports and folders ------------------------------------------------------------------------
function isFree(port) {
	return new Promise((resolve) => {
		const probe = net.createServer();
		probe.once('error', () => resolve(false));
		probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
	});
}
async function freePort(wanted, taken) {
	if (wanted) return Number(wanted);
	for (let port = 3205; port <= 3215; port++) if (!taken.includes(port) && (await isFree(port))) return port;
	throw new Error('test:e2e: no free port in 3205–3215 (set E2E_PORT and E2E_SMTP_PORT)');
}
const appPort = await freePort(process.env.E2E_PORT, []);
const smtpPort = await freePort(process.env.E2E_SMTP_PORT, [appPort]);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hf-e2e-'));
const dataDir = path.join(work, 'data');
const mailDir = path.join(work, 'mail');
const serverLog = path.join(work, 'server.log');
const reportFile = path.join(work, 'report.json');
const baseUrl = `http://127.0.0.1:${appPort}`;

/** @type {import('node:child_process').ChildProcess | undefined} */
let server;
/** @type {{ close: () => Promise<void> } | undefined} */
let smtp;
let cleaning;

async function stopServer() {
	if (!server || server.exitCode !== null || server.signalCode !== null) return;
	const exited = new Promise((resolve) => server.once('exit', resolve));
	server.kill('SIGTERM');
	const timer = setTimeout(() => server.kill('SIGKILL'), 10_000);
	await exited;
	clearTimeout(timer);
}

function cleanup() {
	cleaning ??= (async () => {
		await stopServer();
		await smtp?.close();
		if (process.env.E2E_KEEP) say(`kept ${work}`);
		else fs.rmSync(work, { recursive: true, force: true });
	})();
	return cleaning;
}

function tailOfLog(lines = 60) {
	const text = fs.existsSync(serverLog) ? fs.readFileSync(serverLog, 'utf8') : '';
	return text.split('\n').slice(-lines).join('\n');
}

async function finish(code, why) {
	if (why) console.error(`\ntest:e2e: ${why}`);
	if (code !== 0) console.error(`\n--- last lines of the server log ---\n${tailOfLog()}\n---`);
	await cleanup();
	say(code === 0 ? 'done' : 'FAILED');
	process.exit(code);
}

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => finish(130, `interrupted by ${signal}`));

// --- mail catcher and server ------------------------------------------------------------------
smtp = await startSmtpCapture({ port: smtpPort, dir: mailDir });
say(`mail capture on smtp://127.0.0.1:${smtpPort} → ${mailDir}`);

const logStream = fs.openSync(serverLog, 'a');
server = spawn(process.execPath, [path.join(root, 'scripts', 'start.js')], {
	cwd: root,
	stdio: ['ignore', logStream, logStream],
	env: {
		...process.env,
		NODE_ENV: 'production',
		PORT: String(appPort),
		HOST: '127.0.0.1',
		ORIGIN: baseUrl,
		DATA_DIR: dataDir,
		DATABASE_URL: '',
		SEED: 'demo',
		SMTP_URL: `smtp://127.0.0.1:${smtpPort}/?ignoreTLS=true`,
		MAIL_FROM: 'Headframe <no-reply@headframe.test>',
		SHUTDOWN_TIMEOUT: '3'
	}
});
say(`server pid ${server.pid} on ${baseUrl}, building first if the sources changed (log ${serverLog})`);
server.once('exit', (code, signal) => {
	if (!cleaning) finish(1, `the server stopped unexpectedly (code ${code}, signal ${signal})`);
});

async function waitForHealth(timeoutMs) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		try {
			const response = await fetch(`${baseUrl}/health`);
			if (response.status === 200) return true;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	return false;
}
if (!(await waitForHealth(300_000))) await finish(1, 'the server did not answer GET /health with 200 within 300 s');
say(`server healthy; running the ${suite.counted}`);

// --- the tests --------------------------------------------------------------------------------
const vitest = spawn(
	process.execPath,
	[
		path.join(root, 'node_modules', 'vitest', 'vitest.mjs'),
		'run',
		'--config',
		suite.config,
		'--reporter=default',
		'--reporter=json',
		`--outputFile.json=${reportFile}`,
		...vitestArgs
	],
	{
		cwd: root,
		stdio: 'inherit',
		env: { ...process.env, E2E_BASE_URL: baseUrl, E2E_MAIL_DIR: mailDir, CHROMIUM_PATH: chromium }
	}
);
const vitestCode = await new Promise((resolve) => vitest.once('exit', (code) => resolve(code ?? 1)));

let report;
try {
	report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
} catch {
	await finish(1, 'vitest wrote no report (did it crash before running tests?)');
}
const { numTotalTests = 0, numPassedTests = 0, numFailedTests = 0, numPendingTests = 0 } = report;
// A plain closing line that CI and people can read: 'N passed, N failed, N skipped'.
console.log(`\n${suite.counted}: ${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests} skipped`);
if (numTotalTests === 0) await finish(1, 'no test ran: that is a failure, not a pass');
if (vitestCode !== 0 || numFailedTests > 0) await finish(vitestCode || 1, `some ${suite.counted} failed (see above)`);
if (numPassedTests === 0) await finish(1, 'no test passed (all skipped): that is a failure, not a pass');
await finish(0);
