/** The people of the authorisation matrix, all from the demo network (password headframe-demo-2026). */
import { DEMO_PASSWORD, demo } from '../../e2e/support/env';
import { Client } from './client';

export interface Role {
	name: 'visitor' | 'registered' | 'member' | 'organisation admin' | 'coordinator' | 'admin';
	email: string | null;
	/** Sees members-only content. */
	member: boolean;
	/** Runs the network: coordination pages. */
	coordinates: boolean;
}

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

export async function clientFor(role: Role): Promise<Client> {
	const client = new Client(role.name);
	if (role.email) await client.logIn(role.email, DEMO_PASSWORD);
	return client;
}
