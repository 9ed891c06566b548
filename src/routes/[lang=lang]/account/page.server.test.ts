import { describe, expect, it } from 'vitest';
import { isRedirect } from '@sveltejs/kit';
import { useTestDatabase } from '$lib/server/platform/db/testing/test-db';
import { actorOf, makePerson } from '$lib/server/platform/db/testing/factories';
import type { Actor } from '$lib/server/platform/auth';
import { load } from './+page.server';

const t = useTestDatabase();

// Only what this load reads from the request event.
const event = (actor: Actor | null, path = '/en/account') =>
	({ locals: { actor, locale: 'en', deps: t.deps }, url: new URL(`http://localhost${path}`) }) as unknown as Parameters<typeof load>[0];

describe('the account page', () => {
	it('sends visitors to log in, coming back afterwards', async () => {
		const refused = await Promise.resolve()
			.then(() => load(event(null)))
			.catch((error: unknown) => error);
		expect(isRedirect(refused) && refused).toMatchObject({ status: 303, location: '/en/login?next=%2Fen%2Faccount' });
	});

	it('shows a signed-in person their own account', async () => {
		const person = await makePerson(t.db, { name: 'Thomas Berger' });
		const data = (await load(event(actorOf(person), '/en/account?welcome'))) as Record<string, unknown>;
		expect(data).toMatchObject({ account: { name: 'Thomas Berger', email: person.email }, welcome: true });
		expect(data.spokenLanguages).toEqual(expect.arrayContaining(['pl', 'en', 'de', 'cs', 'uk', 'hu']));
	});
});
