/** The people of the authorisation matrix, all from the demo network (password headframe-demo-2026). */
import { DEMO_PASSWORD, demo } from '../../e2e/support/env';
import { Client } from './client';

export interface Role {
	name: 'visitor' | 'registered' | 'member' | 'organisation admin' | 'group member' | 'coordinator' | 'admin';
	email: string | null;
	/** Sees members-only content. */
	member: boolean;
	/** Runs the network: coordination pages. */
	coordinates: boolean;
}

/** The six people site.hardening.ts walks the site as. */
export const ROLES: Role[] = [
	{ name: 'visitor', email: null, member: false, coordinates: false },
	// applied as an individual; the application waits for the coordinator
	{ name: 'registered', email: 'elena.costa@headframe.example', member: false, coordinates: false },
	// member of the Wałbrzych city hall, not its admin
	{ name: 'member', email: 'krzysztof.nowicki@headframe.example', member: true, coordinates: false },
	{ name: 'organisation admin', email: demo.member, member: true, coordinates: false },
	{ name: 'coordinator', email: demo.coordinator, member: true, coordinates: true },
	{ name: 'admin', email: demo.admin, member: true, coordinates: true }
];

/**
 * A member of the closed founding working group who coordinates no group: Giulia (admin of a
 * Turin association). She is in no other group, hosts nothing the matrix looks at, and is not
 * in the secret group. Kept out of ROLES so that the site walk stays as it is.
 */
export const GROUP_MEMBER: Role = { name: 'group member', email: 'giulia.rossi@headframe.example', member: true, coordinates: false };

/** Everyone the authorisation matrix checks, in the order of its columns. */
export const MATRIX_ROLES: Role[] = [...ROLES.slice(0, 4), GROUP_MEMBER, ...ROLES.slice(4)];

/** `base`: the server to talk to; the suite's own unless a test starts another. */
export async function clientFor(role: Role, base?: string): Promise<Client> {
	const client = new Client(role.name, base);
	if (role.email) await client.logIn(role.email, DEMO_PASSWORD);
	return client;
}
