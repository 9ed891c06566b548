import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../db/testing/test-db';
import { makeMember, makePerson } from '../db/testing/factories';
import { endOtherSessions, endSession, resolveSession, startSession } from './sessions.service';

const t = useTestDatabase();

describe('sessions', () => {
	it('resolves a token to its person, and not after logout', async () => {
		const person = await makePerson(t.db, { name: 'Ewa Nowak' });
		const { token } = await startSession(t.db, person.id);
		const actor = await resolveSession(t.db, token);
		expect(actor).toMatchObject({ id: person.id, name: 'Ewa Nowak', isMember: false });
		await endSession(t.db, token);
		expect(await resolveSession(t.db, token)).toBeNull();
	});

	it('knows a person in an approved organisation is a member', async () => {
		const { person } = await makeMember(t.db);
		const { token } = await startSession(t.db, person.id);
		expect((await resolveSession(t.db, token))?.isMember).toBe(true);
	});

	it('ends all other sessions, keeping the current one', async () => {
		const person = await makePerson(t.db);
		const a = await startSession(t.db, person.id);
		const b = await startSession(t.db, person.id);
		await endOtherSessions(t.db, person.id, a.token);
		expect(await resolveSession(t.db, a.token)).not.toBeNull();
		expect(await resolveSession(t.db, b.token)).toBeNull();
	});

	it('ignores unknown and missing tokens', async () => {
		expect(await resolveSession(t.db, 'nonsense')).toBeNull();
		expect(await resolveSession(t.db, undefined)).toBeNull();
	});
});

describe('sliding expiry', () => {
	it('extends a session older than a day and tells the caller, so the cookie follows', async () => {
		const person = await makePerson(t.db);
		const { token } = await startSession(t.db, person.id);
		const extended: Date[] = [];
		await resolveSession(t.db, token, (at) => extended.push(at));
		expect(extended).toEqual([]);
		await t.db
			.updateTable('sessions')
			.set({ expires_at: new Date(Date.now() + 2 * 24 * 3600 * 1000) })
			.where('person_id', '=', person.id)
			.execute();
		await resolveSession(t.db, token, (at) => extended.push(at));
		expect(extended).toHaveLength(1);
		expect(extended[0].getTime()).toBeGreaterThan(Date.now() + 29 * 24 * 3600 * 1000);
	});
});
