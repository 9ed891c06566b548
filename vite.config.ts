import adapter from '@sveltejs/adapter-node';
import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			// The server sets the locale per request (hooks.server.ts); the browser reads it from
			// the URL, where both languages carry a prefix: /pl/... and /en/...
			strategy: ['url', 'baseLocale'],
			urlPatterns: [
				{
					pattern: ':protocol://:domain(.*)::port?/:path(.*)?',
					localized: [
						['pl', ':protocol://:domain(.*)::port?/pl/:path(.*)?'],
						['en', ':protocol://:domain(.*)::port?/en/:path(.*)?']
					]
				}
			]
		}),
		sveltekit({
			compilerOptions: {
				runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
			},
			adapter: adapter({ out: 'build', precompress: true }),
			// The cross-site form check runs in hooks.server.ts instead, which lets mail clients
			// POST the one-click unsubscribe link (RFC 8058); see src/lib/server/platform/http/csrf.ts.
			csrf: { trustedOrigins: ['*'] },
			csp: {
				mode: 'auto',
				directives: {
					'default-src': ['self'],
					'script-src': ['self'],
					'style-src': ['self', 'unsafe-inline'],
					'img-src': ['self', 'data:'],
					'font-src': ['self'],
					'connect-src': ['self'],
					'form-action': ['self'],
					'frame-ancestors': ['none'],
					'base-uri': ['self'],
					'object-src': ['none']
				}
			}
		})
	],
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		globalSetup: ['./src/lib/server/platform/db/testing/global-setup.ts'],
		testTimeout: 30_000,
		hookTimeout: 60_000,
		// PGlite is single-threaded and memory-hungry: two workers fit this 2-core machine.
		maxWorkers: 2
	}
});
