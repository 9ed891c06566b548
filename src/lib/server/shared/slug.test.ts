import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { newSlugCandidates, SLUG_SUFFIX_LENGTH, slugCandidates, slugify } from './slug';

const take = (candidates: Iterator<string>, n: number) => Array.from({ length: n }, () => candidates.next().value as string);

describe('slugify and slugCandidates', () => {
	it('makes readable ASCII from a name, Polish letters spelled out', () => {
		expect(slugify('Urząd Miasta Łódź')).toBe('urzad-miasta-lodz');
		expect(slugify('!!!', 'group')).toBe('group');
	});

	it('counts up from a fixed base (for the demo seed and explicit slugs only)', () => {
		expect(take(slugCandidates('walbrzych-haldy'), 3)).toEqual(['walbrzych-haldy', 'walbrzych-haldy-2', 'walbrzych-haldy-3']);
		expect(take(slugCandidates('new'), 1)).toEqual(['new-2']);
	});
});

describe('newSlugCandidates', () => {
	it('gives the title’s words and a short random suffix, never the bare base nor a reserved word', () => {
		const [first] = take(newSlugCandidates('Rewitalizacja szybu Julia', 'practice'), 1);
		expect(first).toMatch(new RegExp(`^rewitalizacja-szybu-julia-[a-hjkmnp-z][23456789a-hjkmnp-z]{${SLUG_SUFFIX_LENGTH - 1}}$`));
		expect(take(newSlugCandidates('New', 'group'), 1)[0]).toMatch(/^new-[a-z0-9]{5}$/);
		expect(take(newSlugCandidates('???', 'group'), 1)[0]).toMatch(/^group-[a-z0-9]{5}$/);
	});

	// The address of a new group, thread or organisation must not depend on which others exist:
	// "budget-2" told its creator that a secret group "Budget" existed. A random suffix tells nothing.
	it('draws a fresh suffix for every candidate and every call, not a count of namesakes', () => {
		const drawn = [
			...take(newSlugCandidates('Budget', 'group'), 50),
			...Array.from({ length: 50 }, () => take(newSlugCandidates('Budget', 'group'), 1)[0])
		];
		expect(new Set(drawn).size).toBe(drawn.length);
		for (const slug of drawn) expect(slug).not.toMatch(/^budget(-\d+)?$/);
	});
});

/** Every place that makes a new address from what a member typed uses newSlugCandidates. */
describe('where slugs are made', () => {
	const root = path.resolve(__dirname, '..');
	const files = (dir: string): string[] =>
		fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
			const full = path.join(dir, entry.name);
			if (entry.isDirectory()) return files(full);
			return entry.name.endsWith('.ts') && !/\.(test|testing)\.ts$/.test(entry.name) ? [full] : [];
		});
	// the demo seed names its own addresses; elsewhere only an explicit `x.slug` (the seed's) may count up
	const FIXED_NAMES = [/^site\/seed\//, /^shared\/slug\.ts$/];
	const COUNTING = /\bslugCandidates\((?![\w.]*\.slug\))/;

	it('counts up from a base (slugCandidates) only for fixed names', () => {
		const offenders = files(root)
			.map((file) => path.relative(root, file).split(path.sep).join('/'))
			.filter((file) => !FIXED_NAMES.some((allowed) => allowed.test(file)))
			.filter((file) => COUNTING.test(fs.readFileSync(path.join(root, file), 'utf8')));
		expect(offenders).toEqual([]);
	});
});
