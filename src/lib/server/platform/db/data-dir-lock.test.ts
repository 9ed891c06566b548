import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from './data-dir-lock';

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'hf-lock-'));

describe('the data folder lock', () => {
	it('refuses a second opener while the first holds it, and frees on release', () => {
		const dir = tempDir();
		const first = lockDataDir(dir);
		// a live pid that is not ours: our parent
		fs.writeFileSync(path.join(dir, 'headframe.lock'), String(process.ppid));
		expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
		fs.writeFileSync(path.join(dir, 'headframe.lock'), String(process.pid));
		first.release();
		expect(fs.existsSync(path.join(dir, 'headframe.lock'))).toBe(false);
		lockDataDir(dir).release();
	});

	it('takes over a lock left by a process that died', () => {
		const dir = tempDir();
		fs.writeFileSync(path.join(dir, 'headframe.lock'), '999999999');
		const lock = lockDataDir(dir);
		expect(fs.readFileSync(path.join(dir, 'headframe.lock'), 'utf8')).toBe(String(process.pid));
		lock.release();
	});
});
