/**
 * Uploaded files on the local disk, under DATA_DIR/uploads/<random key>. The folder is local
 * even when the database is PostgreSQL (DATABASE_URL): several app processes need a shared
 * folder (or, later, object storage behind this same small interface).
 *
 * A file is written under a temporary name and renamed into place, so a crash mid-write never
 * leaves a half file under a real key; the caller removes it again if its transaction fails.
 */
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { config } from '../core';

const KEY = /^[a-f0-9]{32}$/;

export const defaultUploadsDir = () => path.join(config.dataDir, 'uploads');

export function uploadPath(dir: string, key: string): string {
	// Keys come from our own rows, but a path is built from them: never let one climb out.
	if (!KEY.test(key)) throw new Error(`Not a storage key: ${key}`);
	return path.join(dir, key);
}

export interface PendingUpload {
	key: string;
	/** Moves the written file to its final name (call inside the transaction, last). */
	commit(): Promise<void>;
	/** Removes whatever was written, under either name; never throws. */
	discard(): Promise<void>;
}

/** Writes the bytes under a temporary name in `dir`; nothing is visible under the key yet. */
export async function writeUpload(dir: string, bytes: Uint8Array): Promise<PendingUpload> {
	await fsp.mkdir(dir, { recursive: true });
	const key = randomBytes(16).toString('hex');
	const temp = path.join(dir, `.tmp-${key}`);
	const final = uploadPath(dir, key);
	const handle = await fsp.open(temp, 'wx', 0o640);
	try {
		await handle.writeFile(bytes);
		await handle.sync();
	} catch (error) {
		await handle.close();
		await fsp.rm(temp, { force: true });
		throw error;
	}
	await handle.close();
	return {
		key,
		commit: () => fsp.rename(temp, final),
		async discard() {
			await Promise.all([fsp.rm(temp, { force: true }), fsp.rm(final, { force: true })]).catch((error) =>
				console.error(`Could not remove upload ${key}:`, error)
			);
		}
	};
}

/** Removes a stored file after its row is gone; a missing file is not an error. */
export async function removeUpload(dir: string, key: string): Promise<void> {
	try {
		await fsp.rm(uploadPath(dir, key), { force: true });
	} catch (error) {
		// The row is already deleted; an orphan file is harmless and logged for the operator.
		console.error(`Could not remove stored file ${key}:`, error);
	}
}

/** A stream of a stored file, or null when it is not on disk. */
export async function readUpload(dir: string, key: string): Promise<{ body: ReadableStream<Uint8Array>; size: number } | null> {
	const file = uploadPath(dir, key);
	let size: number;
	try {
		size = (await fsp.stat(file)).size;
	} catch {
		return null;
	}
	const body = Readable.toWeb(fs.createReadStream(file)) as ReadableStream<Uint8Array>;
	return { body, size };
}

/** Files in the uploads folder older than `olderThanMs`: stored keys and temporary leftovers. */
export async function listOldUploads(dir: string, olderThanMs: number): Promise<{ keys: string[]; temporary: string[] }> {
	let names: string[];
	try {
		names = await fsp.readdir(dir);
	} catch {
		return { keys: [], temporary: [] };
	}
	const cutoff = Date.now() - olderThanMs;
	const keys: string[] = [];
	const temporary: string[] = [];
	for (const name of names) {
		const stat = await fsp.stat(path.join(dir, name)).catch(() => null);
		if (!stat?.isFile() || stat.mtimeMs > cutoff) continue;
		if (KEY.test(name)) keys.push(name);
		else if (/^\.tmp-[a-f0-9]{32}$/.test(name)) temporary.push(name);
	}
	return { keys, temporary };
}

export async function removeUploadFile(dir: string, name: string): Promise<void> {
	await fsp.rm(path.join(dir, path.basename(name)), { force: true });
}
