/**
 * The HTTP part's own options of `npm run bench -- [options]`. They are taken out of the
 * command line before bench/lib/args.ts reads the rest, so the two lists stay separate files.
 */
export interface HttpOptions {
	/** Run the HTTP scenarios after the in-process search benchmark (--no-http to skip). */
	http: boolean;
	/** Seconds each scenario is timed. */
	duration: number;
	/** Seconds of unmeasured load before each scenario (JIT, caches, connection pools). */
	warmup: number;
	connections: number;
	/** Only these scenarios (names as in the report); null: all. */
	scenarios: string[] | null;
	/** Page weight and Lighthouse after the load scenarios (--no-weight, --no-lighthouse). */
	weight: boolean;
	lighthouse: boolean;
	/** The 10-minute mixed read+write soak instead of the scenarios (not in CI). */
	soak: boolean;
	soakMinutes: number;
}

export const HTTP_HELP = `HTTP load (bench/http/, after the search benchmark; the production build is started on the bench database):
  --no-http              skip the HTTP part (startup, scenarios, page weight, Lighthouse)
  --duration S           seconds per scenario (default 10), after --warmup S (default 2) unmeasured
  --connections N        concurrent connections (default 20)
  --scenarios a,b        only these scenarios (ceiling always runs: the ratios need it)
  --no-weight            skip page weight; --no-lighthouse skip Lighthouse (needs CHROME_PATH or /usr/bin/chromium)
  --soak                 instead of the scenarios: mixed reads and writes at saturation, RSS every 5 s,
                         bench/results/<db>-soak.{md,json}; with --reuse on a loaded database
  --soak-minutes N       soak length (default 10)`;

export function splitHttpArgs(argv: string[]): { http: HttpOptions; rest: string[] } {
	const http: HttpOptions = {
		http: true,
		duration: 10,
		warmup: 2,
		connections: 20,
		scenarios: null,
		weight: true,
		lighthouse: true,
		soak: false,
		soakMinutes: 10
	};
	const rest: string[] = [];
	const number = (flag: string, value: string | undefined, min: number) => {
		const parsed = Number(value);
		if (!Number.isInteger(parsed) || parsed < min) throw new Error(`${flag} needs a whole number ≥ ${min}`);
		return parsed;
	};
	for (let i = 0; i < argv.length; i++) {
		const flag = argv[i];
		switch (flag) {
			case '--no-http':
				http.http = false;
				break;
			case '--duration':
				http.duration = number(flag, argv[++i], 1);
				break;
			case '--warmup':
				http.warmup = number(flag, argv[++i], 0);
				break;
			case '--connections':
				http.connections = number(flag, argv[++i], 1);
				break;
			case '--scenarios': {
				const names = (argv[++i] ?? '')
					.split(',')
					.map((s) => s.trim())
					.filter(Boolean);
				if (!names.length || names.some((name) => name.startsWith('--')))
					throw new Error('--scenarios needs names: --scenarios home,thread');
				http.scenarios = names;
				break;
			}
			case '--no-weight':
				http.weight = false;
				break;
			case '--no-lighthouse':
				http.lighthouse = false;
				break;
			case '--soak':
				http.soak = true;
				break;
			case '--soak-minutes':
				http.soakMinutes = number(flag, argv[++i], 1);
				break;
			case '--help':
				console.log(`${HTTP_HELP}\n`);
				rest.push(flag);
				break;
			default:
				rest.push(flag);
		}
	}
	return { http, rest };
}
