/** For tests of the demo content: the whole demo network as `npm start` seeds it, and its people. */
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db';
import type { Deps } from '../../platform/core';
import type { Actor } from '../../platform/auth';
import { seedIfEmpty } from './seed';

/** Seeds an empty test database exactly as a first start does (every seed, then the index). */
export async function seedWholeDemo(deps: Deps): Promise<void> {
	if (!(await seedIfEmpty(deps, 'demo'))) throw new Error('seedWholeDemo needs an empty database');
}

/** A demo person, as a member signed in with Polish. */
export async function demoActor(db: Kysely<DB>, email: string): Promise<Actor> {
	const p = await db.selectFrom('people').selectAll().where('email', '=', email).executeTakeFirstOrThrow();
	return { id: p.id, handle: p.handle, name: p.name, email: p.email, role: p.role, locale: 'pl', emailVerified: true, isMember: true };
}
