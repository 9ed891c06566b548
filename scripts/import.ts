/**
 * `npm run import -- FILE [--skip-invalid] [--as EMAIL] [--lang pl|en]`
 *
 * Imports practices from a CSV or JSON file (docs/import-format.md) as a coordinator: the one
 * with e-mail EMAIL, or else the first admin. Opens the database the way the server does
 * (DATABASE_URL, or PGlite in DATA_DIR), so with PGlite the server must be stopped first.
 * Exit codes: 0 imported, 1 nothing imported (bad rows, bad file, unknown coordinator),
 * 2 the database is in use by a running server.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { ImportReport } from '../src/lib/server/knowledge/importer/importer.schemas';
import type { Locale } from '../src/lib/paraglide/runtime';

// Messages are compiled by the build; a fresh clone that was never built compiles them here.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
if (!fs.existsSync(path.join(root, 'src/lib/paraglide/messages.js'))) {
	const cli = path.join(root, 'node_modules/@inlang/paraglide-js/bin/run.js');
	const args = ['compile', '--project', './project.inlang', '--outdir', './src/lib/paraglide'];
	const compiled = spawnSync(process.execPath, [cli, ...args], { cwd: root, stdio: 'ignore' });
	if (compiled.status !== 0) throw new Error('Could not compile the message catalogues (npx paraglide-js compile).');
}
const { config } = await import('../src/lib/server/platform/core/config');
const { databaseLocation, openDatabaseForScript } = await import('./lib/open-database');
const { AppError } = await import('../src/lib/server/platform/core/errors');
const { translate } = await import('../src/lib/server/platform/i18n/translate');
const { importPracticesFromConsole } = await import('../src/lib/server/knowledge/importer/importer.service');
const { MAX_IMPORT_BYTES, MAX_IMPORT_MB } = await import('../src/lib/server/knowledge/importer/importer.schemas');

const USAGE = 'Usage: npm run import -- FILE [--skip-invalid] [--as coordinator@example.org] [--lang pl|en]';

function fail(message: string, code = 1): never {
	console.error(message);
	process.exit(code);
}

let parsed;
try {
	parsed = parseArgs({
		allowPositionals: true,
		options: {
			'skip-invalid': { type: 'boolean' },
			as: { type: 'string' },
			lang: { type: 'string' },
			help: { type: 'boolean', short: 'h' }
		}
	});
} catch (error) {
	fail(`${(error as Error).message}\n${USAGE}`);
}
const { values: args, positionals } = parsed;
if (args.help) {
	console.log(USAGE);
	process.exit(0);
}
if (positionals.length !== 1) fail(`Give exactly one file to import.\n${USAGE}`);
const locale: Locale = args.lang === 'pl' ? 'pl' : 'en';
if (args.lang && args.lang !== 'pl' && args.lang !== 'en') fail(`Unknown language "${args.lang}": use pl or en.\n${USAGE}`);
const file = path.resolve(positionals[0]);
let bytes: Buffer;
try {
	if (fs.statSync(file).size > MAX_IMPORT_BYTES) fail(translate({ key: 'import_file_too_large', params: { max: MAX_IMPORT_MB } }, locale));
	bytes = fs.readFileSync(file);
} catch (error) {
	fail(`Cannot read ${file}: ${(error as Error).message}`);
}

// The message says which process holds the folder: stop the server or use DATABASE_URL.
const database = await openDatabaseForScript('import');

function print(report: ImportReport, where: string): number {
	const positionLabel = report.format === 'json' ? translate('import_col_item', locale) : translate('import_col_line', locale);
	if (report.errors.length) {
		console.log(`\n${translate('import_errors_title', locale)}:`);
		const rows = report.errors.map((e) => [
			e.position ? `${positionLabel} ${e.position}` : translate('import_whole_file', locale),
			e.field || '-',
			translate(e.message, locale)
		]);
		const width = [0, 1].map((i) => Math.max(...rows.map((r) => r[i].length)));
		for (const row of rows) console.log(`  ${row[0].padEnd(width[0])}  ${row[1].padEnd(width[1])}  ${row[2]}`);
	}
	if (report.imported.length) {
		console.log(
			`\n${translate(report.invalidRows ? { key: 'import_done_partly', params: { count: report.imported.length, invalid: report.invalidRows } } : { key: 'import_done', params: { count: report.imported.length } }, locale)}`
		);
		for (const p of report.imported)
			console.log(`  ${positionLabel} ${p.position}: ${p.title}  →  ${config.origin}/${locale}/practices/${p.slug}`);
		console.log(`(${where})`);
		return 0;
	}
	const fileLevel = report.errors.some((e) => e.position === 0) || report.invalidRows === 0;
	console.log(
		`\n${translate(fileLevel ? 'import_nothing_file' : { key: 'import_nothing', params: { invalid: report.invalidRows, total: report.total } }, locale)}`
	);
	return 1;
}

let exitCode = 0;
try {
	const where = databaseLocation();
	const { report, importer } = await importPracticesFromConsole(
		{ bytes, skipInvalid: args['skip-invalid'] === true, asEmail: args.as },
		{ db: database.db, origin: config.origin }
	);
	console.log(
		`${path.basename(file)} (${report.format?.toUpperCase() ?? '?'}, ${report.total} rows), imported as ${importer.name} <${importer.email}>`
	);
	exitCode = print(report, where);
} catch (error) {
	if (error instanceof AppError && error.code === 'not_found') {
		console.error(
			args.as
				? `${translate('import_cli_as_not_coordinator', locale)} (${args.as})`
				: 'No admin account yet: register one and run `npm run admin -- --email …`, or pass --as EMAIL of a coordinator.'
		);
	} else {
		console.error(error);
	}
	exitCode = 1;
} finally {
	await database.close();
}
process.exit(exitCode);
