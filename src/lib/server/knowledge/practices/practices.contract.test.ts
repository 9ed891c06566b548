import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, makeArea, makeCity, makeMember, makePerson } from '../../platform/db/testing/factories';
import { insertPracticeGraph } from './practices.sql';
import type { NewPracticeGraph } from './practices.schemas';
import { canEditPractice, canViewPractice, visiblePracticesFilter } from './practices.policy';
import type { MaybeActor } from '../../platform/auth';

const t = useTestDatabase();

async function graph(overrides: Partial<NewPracticeGraph> = {}): Promise<NewPracticeGraph> {
	const city = await makeCity(t.db);
	return {
		cityId: city.id,
		status: 'ongoing',
		visibility: 'public',
		originalLanguage: 'pl',
		texts: { pl: { title: 'Rewitalizacja szybu Julia', summary: 'Krótko' } },
		published: true,
		createdBy: null,
		...overrides
	};
}

async function visibleSlugs(viewer: MaybeActor, includeDrafts = false) {
	const rows = await t.db.selectFrom('practices as p').select('p.slug').where(visiblePracticesFilter(viewer, { includeDrafts })).execute();
	return rows.map((r) => r.slug);
}

describe('insertPracticeGraph', () => {
	it('writes the practice, its parts and revision 1 under a unique slug', async () => {
		const area = await makeArea(t.db);
		const { person, organisation } = await makeMember(t.db);
		const g = await graph({
			areaIds: [area.id],
			organisations: [{ organisationId: organisation.id }, { name: 'Stowarzyszenie Sztygar' }],
			contactIds: [person.id],
			funding: [{ source: 'eu', amount_minor: 125_000_050, currency: 'EUR', note: '' }],
			texts: { pl: { title: 'Rewitalizacja szybu Julia' }, en: { title: 'Regenerating the Julia shaft' } },
			periodStart: '2019-03-01',
			createdBy: person.id
		});
		const a = await t.db.transaction().execute((trx) => insertPracticeGraph(trx, g));
		const b = await t.db.transaction().execute((trx) => insertPracticeGraph(trx, g));
		expect(a.slug).toMatch(/^rewitalizacja-szybu-julia-[a-z0-9]{5}$/);
		expect(b.slug).toMatch(/^rewitalizacja-szybu-julia-[a-z0-9]{5}$/);
		expect(b.slug).not.toBe(a.slug);
		// an explicit slug (the demo seed's) is kept, and counts up when taken
		const fixed = await t.db.transaction().execute((trx) => insertPracticeGraph(trx, { ...g, slug: `julia-${a.id}` }));
		const again = await t.db.transaction().execute((trx) => insertPracticeGraph(trx, { ...g, slug: `julia-${a.id}` }));
		expect([fixed.slug, again.slug]).toEqual([`julia-${a.id}`, `julia-${a.id}-2`]);
		const texts = await t.db.selectFrom('practice_texts').selectAll().where('practice_id', '=', a.id).orderBy('language').execute();
		expect(texts.map((x) => [x.language, x.is_original])).toEqual([
			['en', false],
			['pl', true]
		]);
		const orgs = await t.db.selectFrom('practice_organisations').selectAll().where('practice_id', '=', a.id).execute();
		expect(orgs).toHaveLength(2);
		const rev = await t.db.selectFrom('practice_revisions').selectAll().where('practice_id', '=', a.id).execute();
		expect(rev.map((r) => r.number)).toEqual([1]);
		const practice = await t.db.selectFrom('practices').selectAll().where('id', '=', a.id).executeTakeFirstOrThrow();
		expect(practice.revision).toBe(1);
		expect(practice.funding[0].amount_minor).toBe(125_000_050);
		expect(practice.published_at).not.toBeNull();
	});
});

describe('practice visibility', () => {
	it('follows the rules for viewing and editing', async () => {
		const author = await makeMember(t.db);
		const colleague = await makePerson(t.db);
		const other = await makeMember(t.db);
		const coordinator = await makePerson(t.db, { role: 'coordinator' });
		const base = { publishedAt: null, visibility: 'members' as const, createdBy: author.person.id, viewerInOrganisation: false };
		expect(canEditPractice(actorOf(author.person, true), base)).toBe(true);
		expect(canEditPractice(actorOf(colleague, true), { ...base, viewerInOrganisation: true })).toBe(true);
		expect(canEditPractice(actorOf(other.person, true), base)).toBe(false);
		expect(canEditPractice(actorOf(coordinator), base)).toBe(true);
		expect(canViewPractice(actorOf(other.person, true), base)).toBe(false);
		expect(canViewPractice(actorOf(other.person, true), { ...base, publishedAt: new Date() })).toBe(true);
		expect(canViewPractice(null, { ...base, publishedAt: new Date() })).toBe(false);
		expect(canViewPractice(null, { ...base, publishedAt: new Date(), visibility: 'public' })).toBe(true);
	});

	it('filters lists the same way', async () => {
		const author = await makeMember(t.db);
		const other = await makeMember(t.db);
		const make = async (title: string, o: Partial<NewPracticeGraph>) => {
			// built before the transaction: PGlite has one connection
			const g = await graph({ texts: { pl: { title } }, createdBy: author.person.id, ...o });
			return (await t.db.transaction().execute((trx) => insertPracticeGraph(trx, g))).slug;
		};
		const pub = await make('Publiczna filtr', {});
		const mem = await make('Dla członków filtr', { visibility: 'members' });
		const draft = await make('Szkic filtr', { published: false, organisations: [{ organisationId: author.organisation.id }] });
		const mine = [pub, mem, draft];
		const seen = async (viewer: MaybeActor, drafts = false) => (await visibleSlugs(viewer, drafts)).filter((s) => mine.includes(s));
		expect(await seen(null)).toEqual([pub]);
		expect((await seen(actorOf(other.person, true))).sort()).toEqual([pub, mem].sort());
		expect((await seen(actorOf(other.person, true), true)).sort()).toEqual([pub, mem].sort());
		expect((await seen(actorOf(author.person, true), true)).sort()).toEqual(mine.sort());
		const colleague = await makePerson(t.db);
		await t.db.insertInto('organisation_members').values({ organisation_id: author.organisation.id, person_id: colleague.id }).execute();
		expect(await seen(actorOf(colleague, true), true)).toContain(draft);
		expect(await seen(actorOf(colleague, true), false)).not.toContain(draft);
	});
});
