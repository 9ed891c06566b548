/**
 * Configuration from the environment, read once. Documented in the README.
 * Plain process.env (not $env) so that scripts run by tsx can share the server code.
 */
import path from 'node:path';

export type SeedMode = 'demo' | 'none';

export interface Config {
	port: number;
	origin: string;
	dataDir: string;
	databaseUrl: string | undefined;
	smtpUrl: string | undefined;
	mailFrom: string;
	seed: SeedMode;
	/** True when the site is served over https: cookies get Secure, HSTS is sent. */
	secure: boolean;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
	const port = Number(env.PORT || 3000);
	const origin = (env.ORIGIN || `http://localhost:${port}`).replace(/\/$/, '');
	const seed = env.SEED === 'none' ? 'none' : 'demo';
	return {
		port,
		origin,
		dataDir: path.resolve(env.DATA_DIR || './data'),
		databaseUrl: env.DATABASE_URL || undefined,
		smtpUrl: env.SMTP_URL || undefined,
		mailFrom: env.MAIL_FROM || 'Headframe <no-reply@localhost>',
		seed,
		secure: origin.startsWith('https://')
	};
}

export const config: Config = readConfig();
