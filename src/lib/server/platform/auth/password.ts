import { hash, verify, type Algorithm } from '@node-rs/argon2';

/**
 * Password hashing with argon2id. `Algorithm` is a const enum that does not exist at run time
 * (isolatedModules), so its value is written out: 2 is Argon2id.
 */
const ARGON2ID = 2 as Algorithm.Argon2id;

// The library's defaults (m=19456 KiB, t=2, p=1) are OWASP's minimum for argon2id; named here
// so that a library upgrade cannot weaken them silently.
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 200;

export function hashPassword(password: string): Promise<string> {
	return hash(password, OPTIONS);
}

/** False for a wrong password and for a hash this library cannot read. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password);
	} catch {
		return false;
	}
}

// A hash of a random password, computed once: checking against it when the e-mail is unknown
// makes a failed login take as long whether or not the account exists.
let decoy: Promise<string> | undefined;

export async function verifyAgainstDecoy(password: string): Promise<false> {
	decoy ??= hashPassword(crypto.randomUUID());
	await verifyPassword(await decoy, password);
	return false;
}
