/**
 * `npm run admin -- --email someone@example.org [--role coordinator|admin]`
 *
 * Gives an existing account the admin (default) or coordinator role. Opens the database the way
 * the server does (DATABASE_URL, or PGlite in DATA_DIR), so with PGlite the server must be
 * stopped first: one process per data folder.
 */
import { parseArgs } from 'node:util';
import { config } from '../src/lib/server/platform/core/config';
import { databaseLocation, openDatabaseForScript } from './lib/open-database';
import { AppError } from '../src/lib/server/platform/core/errors';
import { assignRoleFromConsole } from '../src/lib/server/directory/accounts/roles.service';

const USAGE = 'Usage: npm run admin -- --email someone@example.org [--role coordinator|admin]';

function fail(message: string, code = 1): never {
	console.error(message);
	process.exit(code);
}

let args;
try {
	args = parseArgs({ options: { email: { type: 'string' }, role: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }).values;
} catch (error) {
	fail(`${(error as Error).message}\n${USAGE}`);
}
if (args.help) {
	console.log(USAGE);
	process.exit(0);
}
if (!args.email) fail(`Missing --email.\n${USAGE}`);
const role = args.role ?? 'admin';
if (role !== 'admin' && role !== 'coordinator') fail(`Unknown role "${role}": use coordinator or admin.\n${USAGE}`);

const database = await openDatabaseForScript('change roles');

let exitCode = 0;
try {
	const result = await assignRoleFromConsole({ email: args.email, role }, { db: database.db, origin: config.origin });
	const where = databaseLocation();
	console.log(
		result.previousRole === result.role
			? `${result.name} <${result.email}> already has the role ${result.role} (${where}).`
			: `${result.name} <${result.email}> is now ${result.role} (was ${result.previousRole}) in ${where}.`
	);
} catch (error) {
	if (error instanceof AppError && error.code === 'not_found') {
		console.error(`No account with the e-mail address ${args.email}. The person must register first.`);
	} else if (error instanceof AppError && error.code === 'validation_failed') {
		console.error(`Not a valid e-mail address: ${args.email}\n${USAGE}`);
	} else {
		console.error(error);
	}
	exitCode = 1;
} finally {
	await database.close();
}
process.exit(exitCode);
