import { describe, expect, it } from 'vitest';
import pg from 'pg';
import net from 'node:net';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { isDatabaseUnavailable } from './unavailable';

/** A port nothing listens on: taken from the OS, then released. */
async function closedPort(): Promise<number> {
	const server = net.createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as net.AddressInfo;
	await new Promise((resolve) => server.close(resolve));
	return port;
}

describe('database unavailable', () => {
	it('recognises a server that does not answer, as the pool reports it', async () => {
		const pool = new pg.Pool({ connectionString: `postgres://nobody@127.0.0.1:${await closedPort()}/none`, connectionTimeoutMillis: 2000 });
		const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool }) });
		const error = await sql`select 1`.execute(db).then(
			() => null,
			(e: unknown) => e
		);
		await db.destroy();
		expect(error).not.toBeNull();
		expect(isDatabaseUnavailable(error)).toBe(true);
	});

	it('recognises restarts and dropped connections, not bugs', () => {
		expect(isDatabaseUnavailable(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))).toBe(
			true
		);
		expect(isDatabaseUnavailable(Object.assign(new Error('the database system is starting up'), { code: '57P03' }))).toBe(true);
		expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
		expect(isDatabaseUnavailable(new AggregateError([Object.assign(new Error('x'), { code: 'ECONNREFUSED' })]))).toBe(true);
		expect(isDatabaseUnavailable(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBe(false);
		expect(isDatabaseUnavailable(new TypeError('x is undefined'))).toBe(false);
		expect(isDatabaseUnavailable(null)).toBe(false);
	});
});
