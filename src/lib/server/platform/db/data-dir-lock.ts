import fs from 'node:fs';
import path from 'node:path';

/**
 * PGlite loses committed rows when two processes open one data folder, so the folder gets an
 * exclusive lock file holding the owner's pid. A lock left by a dead process is taken over.
 */
export class DataDirLockedError extends Error {
	constructor(
		readonly dataDir: string,
		readonly ownerPid: number
	) {
		super(
			`The data folder ${dataDir} is in use by another Headframe process (pid ${ownerPid}). ` +
				`Stop that process first, or give this one another DATA_DIR or a DATABASE_URL.`
		);
		this.name = 'DataDirLockedError';
	}
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: the process exists but belongs to someone else
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

export interface DataDirLock {
	release(): void;
}

export function lockDataDir(dataDir: string): DataDirLock {
	fs.mkdirSync(dataDir, { recursive: true });
	const lockPath = path.join(dataDir, 'headframe.lock');
	for (let attempt = 0; attempt < 3; attempt++) {
		try {
			const fd = fs.openSync(lockPath, 'wx');
			fs.writeSync(fd, String(process.pid));
			fs.closeSync(fd);
			let released = false;
			return {
				release() {
					if (released) return;
					released = true;
					try {
						if (fs.readFileSync(lockPath, 'utf8') === String(process.pid)) fs.unlinkSync(lockPath);
					} catch {
						// already gone
					}
				}
			};
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			const ownerPid = Number(fs.readFileSync(lockPath, 'utf8').trim());
			if (ownerPid && ownerPid !== process.pid && isAlive(ownerPid)) {
				throw new DataDirLockedError(dataDir, ownerPid);
			}
			fs.rmSync(lockPath, { force: true });
		}
	}
	throw new Error(`Could not lock the data folder ${dataDir}`);
}
