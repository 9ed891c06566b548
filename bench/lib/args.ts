import { defaultThreads, maxReplies } from '../generate/discussions';

/** Command-line options of `npm run bench -- [options]`. */
export interface BenchOptions {
	db: 'pglite' | 'postgres';
	seed: number;
	cities: number;
	organisations: number;
	people: number;
	practices: number;
	/** Discussion replies (posts after each thread's opening post). */
	replies: number;
	/** Discussion threads; null: about one per 50 replies. */
	threads: number | null;
	events: number;
	/** PGlite data folder; must not exist unless --reuse. */
	dataDir: string | null;
	/** PostgreSQL: admin URL used to create (and drop) the throwaway database. */
	databaseUrl: string | null;
	/** Use an existing loaded database (data folder or --pg-database) instead of generating. */
	reuse: boolean;
	pgDatabase: string | null;
	/** Keep the PostgreSQL database after the run (PGlite folders are always kept). */
	keep: boolean;
	index: boolean;
	/** With --reuse: rebuild the search index too. */
	reindex: boolean;
	queries: number;
	/** A query category whose warm-up takes longer is reported once and not repeated. */
	slowMs: number;
	search: boolean;
	/** Where result files go. */
	out: string;
}

const HELP = `npm run bench -- [options]
  --db pglite|postgres   database (postgres needs DATABASE_URL, an admin URL; default pglite)
  --practices N          practices to generate (default 100000); --cities, --organisations, --people likewise
  --replies N            discussion replies (default 200000), one thread with exactly 1,000
  --threads N            discussion threads (default: replies / 50)
  --events N             events (default 10000)
  --seed N               generator seed (default 2026)
  --data-dir DIR         new PGlite folder (default /tmp/hf-bench-<seed>-<practices>)
  --reuse                skip generation: benchmark an already loaded folder (or --pg-database NAME)
  --keep                 keep the throwaway PostgreSQL database
  --no-index             load only, do not build the search index
  --reindex              with --reuse: rebuild the search index of the loaded database
  --queries N            search queries to time (default 200); --no-search to skip
  --slow-ms N            a query kind whose first query takes longer is timed once, not repeated (default 10000)
  --out DIR              results folder (default bench/results)`;

export function parseArgs(argv: string[]): BenchOptions {
	const options: BenchOptions = {
		db: 'pglite',
		seed: 2026,
		cities: 2000,
		organisations: 20_000,
		people: 50_000,
		practices: 100_000,
		replies: 200_000,
		threads: null,
		events: 10_000,
		dataDir: null,
		databaseUrl: process.env.DATABASE_URL ?? null,
		reuse: false,
		pgDatabase: null,
		keep: false,
		index: true,
		reindex: false,
		queries: 200,
		slowMs: 10_000,
		search: true,
		out: 'bench/results'
	};
	const number = (flag: string, value: string | undefined) => {
		const parsed = Number(value);
		if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`${flag} needs a whole number`);
		return parsed;
	};
	for (let i = 0; i < argv.length; i++) {
		const flag = argv[i];
		const value = () => argv[++i];
		switch (flag) {
			case '--db': {
				const db = value();
				if (db !== 'pglite' && db !== 'postgres') throw new Error('--db is pglite or postgres');
				options.db = db;
				break;
			}
			case '--seed':
				options.seed = number(flag, value());
				break;
			case '--cities':
				options.cities = number(flag, value());
				break;
			case '--organisations':
				options.organisations = number(flag, value());
				break;
			case '--people':
				options.people = number(flag, value());
				break;
			case '--practices':
				options.practices = number(flag, value());
				break;
			case '--replies':
				options.replies = number(flag, value());
				break;
			case '--threads':
				options.threads = number(flag, value());
				break;
			case '--events':
				options.events = number(flag, value());
				break;
			case '--data-dir':
				options.dataDir = value();
				break;
			case '--pg-database':
				options.pgDatabase = value();
				break;
			case '--reuse':
				options.reuse = true;
				break;
			case '--keep':
				options.keep = true;
				break;
			case '--no-index':
				options.index = false;
				break;
			case '--reindex':
				options.reindex = true;
				break;
			case '--queries':
				options.queries = number(flag, value());
				break;
			case '--no-search':
				options.search = false;
				break;
			case '--slow-ms':
				options.slowMs = number(flag, value());
				break;
			case '--out':
				options.out = value();
				break;
			case '--help':
				console.log(HELP);
				process.exit(0);
				break;
			default:
				throw new Error(`Unknown option ${flag}\n${HELP}`);
		}
	}
	if (options.db === 'postgres' && !options.databaseUrl)
		throw new Error('--db postgres needs DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test)');
	if (options.cities < 1 || options.organisations < 1 || options.people < 1)
		throw new Error('cities, organisations and people must be at least 1');
	if (options.threads !== null && options.threads < 2)
		throw new Error('--threads must be at least 2 (the 1,000-reply thread and the one to post to)');
	const threads = options.threads ?? defaultThreads(options.replies);
	if (options.replies > maxReplies(threads))
		throw new Error(`--replies ${options.replies} does not fit in ${threads} threads (at most ${maxReplies(threads)}): raise --threads`);
	return options;
}
