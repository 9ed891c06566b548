/**
 * The layering rules of DESIGN.md as a test, so they cannot quietly erode:
 * only *.queries.ts (and db/, seeds and scripts) touch the database; routes and components
 * never import server internals that talk to it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../../..');

function files(dir: string, out: string[] = []): string[] {
	for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) {
			if (entry.name !== 'paraglide') files(full, out);
		} else if (/\.(ts|svelte)$/.test(entry.name)) out.push(full);
	}
	return out;
}

const DB_IMPORT = /from\s+['"](kysely|pg|@electric-sql\/pglite[^'"]*|[^'"]*\/db\/database)['"]/;
const TYPE_ONLY = /import\s+type\s/;

function offending(list: string[], allowed: (file: string) => boolean) {
	return list
		.filter((file) => !allowed(file))
		.filter((file) =>
			fs
				.readFileSync(file, 'utf8')
				.split('\n')
				.some((line) => DB_IMPORT.test(line) && !TYPE_ONLY.test(line))
		)
		.map((file) => path.relative(root, file));
}

describe('layers', () => {
	it('lets only queries, db, seeds and tests use the database driver', () => {
		const allowed = (file: string) =>
			/\.queries\.ts$|\.test\.ts$|\.seed\.ts$/.test(file) ||
			file.includes(`${path.sep}db${path.sep}`) ||
			file.includes(`${path.sep}seed${path.sep}`) ||
			/server\/app\.ts$|server\/deps\.ts$/.test(file);
		expect(offending(files(path.join(root, 'src/lib/server')), allowed)).toEqual([]);
	});

	it('keeps routes and components away from the database', () => {
		const list = [...files(path.join(root, 'src/routes')), ...files(path.join(root, 'src/lib/components'))];
		const bad = list.filter((file) => {
			const text = fs.readFileSync(file, 'utf8');
			return /from\s+['"](kysely|pg)['"]|\.queries['"]|\/db\/database['"]/.test(text);
		});
		expect(bad.map((file) => path.relative(root, file))).toEqual([]);
	});
});
