import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { getProject, listProjects } from '../../acting/projects';
import { demoActor as demoActorOf, seedWholeDemo } from './seed.testing';

const t = useTestDatabase();

beforeAll(() => seedWholeDemo(t.deps), 120_000);

const demoActor = (email: string) => demoActorOf(t.db, email);

describe('demo projects', () => {
	it('has a public running project with updates for members and for partners, and a submitted one for members linked to a call', async () => {
		const forVisitor = await listProjects(null, new URLSearchParams(), t.deps, 'en');
		expect(forVisitor.items.map((p) => p.status)).toEqual(['running']);
		const ewa = await demoActor('ewa@headframe.example');
		const forEwa = await listProjects(ewa, new URLSearchParams(), t.deps, 'en');
		expect(forEwa.items.map((p) => p.status)).toEqual(['running', 'submitted']);
		const [running, submitted] = forEwa.items;
		expect(new Set(running.cities.map((c) => c.countryCode))).toEqual(new Set(['PL', 'BE', 'GB']));

		// Ewa's city hall is an associated partner of the running project: she reads both updates
		const asEwa = await getProject(ewa, { slug: running.slug, locale: 'en' }, t.deps);
		expect(asEwa.isPartner).toBe(true);
		expect(asEwa.updates.map((u) => u.audience).sort()).toEqual(['members', 'partners']);
		const thomas = await demoActor('thomas.becker@headframe.example');
		expect((await getProject(thomas, { slug: running.slug, locale: 'en' }, t.deps)).updates.map((u) => u.audience)).toEqual(['members']);

		const details = await getProject(ewa, { slug: submitted.slug, locale: 'en' }, t.deps);
		expect(details.call?.slug).toBe('urban-innovative-actions-just-transition-demo');
		expect(details.partners.filter((p) => p.role === 'lead')).toHaveLength(1);
	});
});
