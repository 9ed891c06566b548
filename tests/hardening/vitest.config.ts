import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The hardening checks, run by `npm run test:hardening` (scripts/test-e2e.js --hardening starts
// the server). Plain HTTP, no browser; one file at a time against the one server.
export default defineConfig({
	root: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..'),
	test: {
		include: ['tests/hardening/**/*.hardening.ts'],
		testTimeout: 300_000,
		hookTimeout: 600_000,
		fileParallelism: false,
		maxWorkers: 1,
		pool: 'forks'
	}
});
