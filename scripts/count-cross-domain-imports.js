#!/usr/bin/env node
/**
 * Counts imports between server domains, to measure how well the borders hold:
 * `node scripts/count-cross-domain-imports.js [--list]`.
 *
 * A domain is a folder under src/lib/server/<neighbourhood>/ (or, in the flat layout before
 * neighbourhoods, a folder directly under src/lib/server/). An import crosses a border when a
 * file of one domain imports a file of another; it is "deep" when it names anything but the
 * other domain's index.ts. Test files and test factories are counted apart; they may also import
 * other domains' factories (*.testing.ts, testing/).
 */
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const server = path.join(root, 'src/lib/server');
const list = process.argv.includes('--list');

function files(dir, out = []) {
	for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) files(full, out);
		else if (/\.(ts|js|svelte)$/.test(entry.name)) out.push(full);
	}
	return out;
}

const isNeighbourhood = (dir) =>
	fs.statSync(dir).isDirectory() &&
	!fs.readdirSync(dir).some((name) => /\.(ts|js)$/.test(name)) &&
	fs.readdirSync(dir).some((name) => fs.statSync(path.join(dir, name)).isDirectory());

/** The domain folder (relative to src/lib/server) a path belongs to, or null. */
function domainOf(file) {
	const parts = path.relative(server, file).split(path.sep);
	if (parts[0].startsWith('..') || parts.length < 2) return null;
	if (isNeighbourhood(path.join(server, parts[0]))) return `${parts[0]}/${parts[1]}`;
	return parts[0];
}

const IMPORT = /(?:from\s+|import\s*\(\s*|import\s+|vi\.mock\(\s*)['"]([^'"]+)['"]/g;

function resolve(file, spec) {
	if (spec.startsWith('$lib/')) return path.join(root, 'src/lib', spec.slice(5));
	if (spec.startsWith('.')) return path.resolve(path.dirname(file), spec);
	return null;
}

const isTest = (file) => /\.test\.ts$|\.testing\.ts$|[/\\]testing[/\\]/.test(file);
const isFactory = (target) => /\.testing(\.ts)?$|[/\\]testing([/\\]|$)/.test(target);
const counts = { crossing: 0, deep: 0, testCrossing: 0, testDeep: 0, testFactories: 0 };
for (const file of files(server)) {
	const from = domainOf(file);
	// architecture/ holds the lint rules' test, whose fixtures are imports on purpose.
	if (!from || from === 'architecture') continue;
	const text = fs.readFileSync(file, 'utf8');
	for (const match of text.matchAll(IMPORT)) {
		const target = resolve(file, match[1]);
		if (!target) continue;
		const to = domainOf(target);
		if (!to || to === from) continue;
		const deep = path.relative(path.join(server, to), target).replace(/\.(ts|js)$/, '') !== 'index' && path.join(server, to) !== target;
		const test = isTest(file);
		counts[test ? 'testCrossing' : 'crossing']++;
		if (deep && test && isFactory(target)) counts.testFactories++;
		else if (deep) {
			counts[test ? 'testDeep' : 'deep']++;
			if (list) console.log(`${test ? 'test ' : ''}${path.relative(root, file)} -> ${match[1]}`);
		}
	}
}
console.log(`cross-domain imports in application code: ${counts.crossing}, of which past an index.ts: ${counts.deep}`);
console.log(
	`cross-domain imports in tests and factories: ${counts.testCrossing}, of which to other domains' test factories: ${counts.testFactories}, past an index.ts otherwise: ${counts.testDeep}`
);
