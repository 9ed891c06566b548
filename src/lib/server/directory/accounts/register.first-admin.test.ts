import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { resolveSession } from '../../platform/auth';
import { registerPerson } from './register.service';

// Its own file: it needs a database with nobody in it.
const t = useTestDatabase();

describe('the first account', () => {
	it('becomes admin on an empty database; the next one is a plain person', async () => {
		const input = { password: 'first admin password', locale: 'en' };
		const first = await registerPerson(null, { ...input, name: 'Magda', email: 'magda@example.org' }, t.deps);
		const second = await registerPerson(null, { ...input, name: 'Ewa', email: 'ewa@example.org' }, t.deps);
		expect((await resolveSession(t.db, first.session.token))?.role).toBe('admin');
		expect((await resolveSession(t.db, second.session.token))?.role).toBe('person');
	});
});
