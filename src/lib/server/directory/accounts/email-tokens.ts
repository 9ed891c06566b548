import type { Kysely } from 'kysely';
import type { DB, EmailTokenPurpose } from '../../platform/db';
import { hashToken, newToken } from '../../platform/auth';
import { AppError } from '../../platform/core';
import { tokenSchema } from './accounts.schemas';
import * as q from './accounts.queries';

const HOUR = 60 * 60;

/** How long a mailed link works. */
export const TOKEN_TTL_SECONDS: Record<EmailTokenPurpose, number> = {
	verify_email: 48 * HOUR,
	reset_password: 1 * HOUR,
	change_email: 48 * HOUR
};

/**
 * Creates a single-use link token; only its hash is stored. `address` is where the link goes:
 * a verification link then only verifies that address, even if the person changed it since.
 */
export async function issueEmailToken(db: Kysely<DB>, personId: number, purpose: EmailTokenPurpose, address: string): Promise<string> {
	const token = newToken();
	await q.insertEmailToken(db, {
		tokenHash: hashToken(token),
		personId,
		purpose,
		newEmail: address,
		ttlSeconds: TOKEN_TTL_SECONDS[purpose]
	});
	return token;
}

/** The token from a link's query string; a missing or mangled one is an invalid link. */
export function tokenFrom(input: unknown): string {
	const parsed = tokenSchema.safeParse(input);
	if (!parsed.success) throw linkError('auth_link_invalid');
	return parsed.data.token;
}

const linkError = (key: 'auth_link_invalid' | 'auth_link_used' | 'auth_link_expired') => new AppError('validation_failed', key);

/** The token's row if it can still be used for one of `purposes`; else a clear reason why not. */
export async function usableEmailToken(db: Kysely<DB>, token: string, purposes: EmailTokenPurpose[]) {
	const row = await q.findEmailToken(db, hashToken(token));
	if (!row || !purposes.includes(row.purpose)) throw linkError('auth_link_invalid');
	if (row.used) throw linkError('auth_link_used');
	if (row.expired) throw linkError('auth_link_expired');
	return row;
}

/** Uses the token up inside the caller's transaction; a second use at the same moment fails. */
export async function consumeEmailToken(db: Kysely<DB>, token: string) {
	const row = await q.consumeEmailToken(db, hashToken(token));
	if (!row) throw linkError('auth_link_used');
	return row;
}
