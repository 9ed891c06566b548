import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Browser journeys, run by scripts/test-e2e.js (which starts the server and the mail catcher).
// One file at a time: one server, one Chromium, two shared cores.
export default defineConfig({
	root: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..'),
	test: {
		include: ['tests/e2e/**/*.e2e.ts'],
		setupFiles: ['tests/e2e/support/setup.ts'],
		testTimeout: 120_000,
		hookTimeout: 60_000,
		fileParallelism: false,
		maxWorkers: 1,
		pool: 'forks'
	}
});
