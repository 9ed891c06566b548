/**
 * A second server of the same build, started and killed by a test itself: for faults that
 * the suite's own server must not suffer (kill -9, lost database connections).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');

async function freePort(): Promise<number> {
	const server = net.createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as net.AddressInfo;
	await new Promise((resolve) => server.close(resolve));
	return port;
}

export interface TestServer {
	base: string;
	/** Everything the server printed, for failure messages. */
	log: () => string;
	/** kill -9: no shutdown hook, no flush, whatever was in flight is cut. */
	crash: () => Promise<void>;
	stop: () => Promise<void>;
}

/** Starts `build/index.js` on a free port with this data folder or database; resolves once healthy. */
export async function startServer({ dataDir, databaseUrl = '' }: { dataDir: string; databaseUrl?: string }): Promise<TestServer> {
	if (!fs.existsSync(path.join(root, 'build', 'index.js')))
		throw new Error('build/index.js is missing: run the suite through npm run test:hardening');
	const port = await freePort();
	const base = `http://127.0.0.1:${port}`;
	let output = '';
	const child: ChildProcess = spawn(process.execPath, [path.join(root, 'build', 'index.js')], {
		cwd: root,
		stdio: ['ignore', 'pipe', 'pipe'],
		env: {
			...process.env,
			NODE_ENV: 'production',
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: base,
			DATA_DIR: dataDir,
			DATABASE_URL: databaseUrl,
			SEED: 'demo',
			SMTP_URL: '',
			SHUTDOWN_TIMEOUT: '2',
			BODY_SIZE_LIMIT: '12M'
		}
	});
	child.stdout!.on('data', (chunk) => (output += chunk));
	child.stderr!.on('data', (chunk) => (output += chunk));
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const deadline = Date.now() + 120_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`the server exited early:\n${output}`);
		try {
			if ((await fetch(`${base}/health`)).status === 200) break;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) throw new Error(`the server did not become healthy:\n${output}`);
		await new Promise((r) => setTimeout(r, 200));
	}
	return {
		base,
		log: () => output,
		crash: async () => {
			child.kill('SIGKILL');
			await exited;
		},
		stop: async () => {
			if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
			await exited;
		}
	};
}
