/**
 * Runs once before all test files: builds a migrated database to copy from, so each test file
 * gets a fresh database in about a second. PGlite: a dumped data folder; PostgreSQL
 * (TEST_DATABASE_URL): a template database.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase, migrate } from '../database';

declare module 'vitest' {
	export interface ProvidedContext {
		pgliteSnapshotPath: string;
		pgTemplate: string;
	}
}

export default async function setup(project: TestProject) {
	const url = process.env.TEST_DATABASE_URL;
	if (url) {
		const template = `hf_template_${process.pid}`;
		const admin = new pg.Client({ connectionString: url });
		await admin.connect();
		await admin.query(`drop database if exists ${template}`);
		await admin.query(`create database ${template}`);
		const database = await openDatabase({ databaseUrl: withDatabase(url, template), poolSize: 1 });
		await migrate(database.db);
		await database.close();
		project.provide('pgTemplate', template);
		project.provide('pgliteSnapshotPath', '');
		return async () => {
			await admin.query(`drop database if exists ${template} with (force)`);
			await admin.end();
		};
	}
	const database = await openDatabase({});
	await migrate(database.db);
	const dump = await database.pglite!.dumpDataDir('none');
	await database.close();
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'headframe-test-'));
	const snapshotPath = path.join(dir, 'migrated.tar');
	fs.writeFileSync(snapshotPath, Buffer.from(await dump.arrayBuffer()));
	project.provide('pgliteSnapshotPath', snapshotPath);
	project.provide('pgTemplate', '');
	return () => fs.rmSync(dir, { recursive: true, force: true });
}

export function withDatabase(url: string, name: string): string {
	const parsed = new URL(url);
	parsed.pathname = `/${name}`;
	return parsed.toString();
}
