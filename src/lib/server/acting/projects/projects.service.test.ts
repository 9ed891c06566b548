/** Who sees a project, its updates and documents; posting updates; the lists of an organisation's and a city's projects. */
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, addToOrganisation, makeArea, makeCity, makeMember, makePerson } from '../../platform/db/testing/factories';
import type { MaybeActor } from '../../platform/auth';
import { documentsFor } from '../../together/documents';
import { getProject, listProjects, projectsOfCity, projectsOfOrganisation } from './projects-read.service';
import { postProjectUpdate } from './project-updates.service';
import { addUpdate, codeOf, makeProject, projectWorlds } from './projects.testing';

const t = useTestDatabase();
const { viewers } = projectWorlds(t);

describe('who sees a project and its updates', () => {
	it('shows partners-only updates to partners and coordinators only, members updates to members, none to visitors', async () => {
		const world = await makeProject(t.db, { visibility: 'public' });
		await addUpdate(t.db, world.project.id, 'Secret budget talk', 'partners');
		await addUpdate(t.db, world.project.id, 'Kick-off went well', 'members');
		const who = await viewers(world.partnerActor);
		const seen: Record<string, string[]> = {};
		for (const [kind, actor] of Object.entries(who)) {
			const project = await getProject(actor, { slug: world.project.slug, locale: 'en' }, t.deps);
			seen[kind] = project.updates.map((u) => u.html.replace(/<[^>]+>/g, '').trim()).sort();
		}
		expect(seen).toEqual({
			visitor: [],
			registered: [],
			member: ['Kick-off went well'],
			partner: ['Kick-off went well', 'Secret budget talk'],
			coordinator: ['Kick-off went well', 'Secret budget talk']
		});
		// people of the lead organisation are partners too
		const asLead = await getProject(world.leadActor, { slug: world.project.slug, locale: 'en' }, t.deps);
		expect(asLead.updates).toHaveLength(2);
	});

	it('hides a members-only project from visitors and registered non-members (404), shows it to members', async () => {
		const world = await makeProject(t.db, { visibility: 'members' });
		const who = await viewers(world.partnerActor);
		const codes = Object.fromEntries(
			await Promise.all(
				Object.entries(who).map(async ([kind, actor]) => [
					kind,
					await codeOf(getProject(actor, { slug: world.project.slug, locale: 'en' }, t.deps))
				])
			)
		);
		expect(codes).toEqual({ visitor: 'not_found', registered: 'not_found', member: 'ok', partner: 'ok', coordinator: 'ok' });
		const listed = async (actor: MaybeActor) =>
			(await listProjects(actor, new URLSearchParams({ organisation: world.lead.slug }), t.deps, 'en')).items.map((p) => p.slug);
		expect(await listed(null)).toEqual([]);
		expect(await listed(who.registered)).toEqual([]);
		expect(await listed(who.member)).toEqual([world.project.slug]);
	});

	it('lists partners-only documents only to partners and coordinators (through the documents service)', async () => {
		const world = await makeProject(t.db, { visibility: 'public' });
		for (const [title, audience] of [
			['Budget draft', 'partners'],
			['Leaflet', 'members']
		] as const)
			await t.db
				.insertInto('documents')
				.values({
					owner_type: 'project',
					owner_id: world.project.id,
					title,
					file_name: `${title}.pdf`,
					content_type: 'application/pdf',
					size_bytes: 10,
					storage_key: `test-${world.project.id}-${title}`,
					audience
				})
				.execute();
		const who = await viewers(world.partnerActor);
		const titles: Record<string, string[]> = {};
		for (const [kind, actor] of Object.entries(who))
			titles[kind] = (await documentsFor(actor, 'project', world.project.id, t.deps)).map((d) => d.title).sort();
		expect(titles).toEqual({
			visitor: [],
			registered: [],
			member: ['Leaflet'],
			partner: ['Budget draft', 'Leaflet'],
			coordinator: ['Budget draft', 'Leaflet']
		});
	});

	it('gives the edit right to the lead organisation and coordinators, updates to every partner', async () => {
		const world = await makeProject(t.db);
		const who = await viewers(world.partnerActor);
		const rights = async (actor: MaybeActor) => (await getProject(actor, { slug: world.project.slug, locale: 'en' }, t.deps)).can;
		expect(await rights(world.leadActor)).toEqual({ edit: true, contribute: true });
		expect(await rights(who.partner)).toEqual({ edit: false, contribute: true });
		expect(await rights(who.coordinator)).toEqual({ edit: true, contribute: true });
		expect(await rights(who.member)).toEqual({ edit: false, contribute: false });
		expect(await rights(who.visitor)).toEqual({ edit: false, contribute: false });
	});
});

describe('postProjectUpdate', () => {
	it('lets a partner post with a chosen audience, refuses others', async () => {
		const world = await makeProject(t.db);
		const who = await viewers(world.partnerActor);
		const values = { body: 'Partner meeting in *Ostrava*', update_audience: 'partners' };
		expect(await codeOf(postProjectUpdate(who.partner, { slug: world.project.slug, values }, t.deps))).toBe('ok');
		expect(await codeOf(postProjectUpdate(who.member, { slug: world.project.slug, values }, t.deps))).toBe('forbidden');
		expect(await codeOf(postProjectUpdate(who.registered, { slug: world.project.slug, values }, t.deps))).toBe('forbidden');
		expect(await codeOf(postProjectUpdate(null, { slug: world.project.slug, values }, t.deps))).toBe('unauthenticated');
		const error = await postProjectUpdate(
			who.partner,
			{ slug: world.project.slug, values: { body: ' ', update_audience: 'world' } },
			t.deps
		).catch((e) => e);
		expect(error.fieldErrors).toMatchObject({ body: { key: 'error_required' }, update_audience: { key: 'error_invalid_choice' } });
		const rows = await t.db
			.selectFrom('project_updates')
			.select(['audience', 'author_id'])
			.where('project_id', '=', world.project.id)
			.execute();
		expect(rows).toEqual([{ audience: 'partners', author_id: who.partner.id }]);
		const memberView = await getProject(who.member, { slug: world.project.slug, locale: 'en' }, t.deps);
		expect(memberView.updates).toEqual([]);
	});
});

describe('projects of an organisation and of a city', () => {
	it('lists the projects an organisation or a city takes part in, as the viewer may see them', async () => {
		const city = await makeCity(t.db);
		const open = await makeProject(t.db, { visibility: 'public', cityId: city.id, title: 'Open project' });
		const closed = await makeProject(t.db, { visibility: 'members', cityId: city.id, title: 'Closed project' });
		// the open project's partner joins the closed one as an associated partner
		await addToOrganisation(t.db, closed.lead.id, (await makePerson(t.db)).id);
		await t.db
			.insertInto('project_partners')
			.values({ project_id: closed.project.id, organisation_id: open.partner.id, role: 'associated' })
			.execute();
		const { person } = await makeMember(t.db);
		const member = actorOf(person, true);

		const ofPartner = await projectsOfOrganisation(t.deps, member, open.partner.id, 'en');
		expect(ofPartner.map((p) => [p.title, p.role])).toEqual(
			expect.arrayContaining([
				['Open project', 'partner'],
				['Closed project', 'associated']
			])
		);
		expect((await projectsOfOrganisation(t.deps, null, open.partner.id, 'en')).map((p) => p.title)).toEqual(['Open project']);

		expect((await projectsOfCity(t.deps, member, city.id, 'en')).map((p) => p.title).sort()).toEqual(['Closed project', 'Open project']);
		const forVisitor = await projectsOfCity(t.deps, null, city.id, 'en');
		expect(forVisitor.map((p) => p.title)).toEqual(['Open project']);
		expect(forVisitor[0]).toMatchObject({
			status: 'running',
			lead: { slug: open.lead.slug },
			partnerCount: 2,
			startsOn: '2026-01-01',
			endsOn: '2027-12-31'
		});
		expect(forVisitor[0].cities.map((c) => c.slug)).toContain(city.slug);
	});

	it('filters the list by status, area, city and organisation', async () => {
		const area = await makeArea(t.db);
		const world = await makeProject(t.db, { status: 'submitted' });
		await t.db.insertInto('project_areas').values({ project_id: world.project.id, area_id: area.id }).execute();
		const slugs = async (params: Record<string, string>) =>
			(await listProjects(null, new URLSearchParams(params), t.deps, 'pl')).items.map((p) => p.slug);
		expect(await slugs({ area: area.key })).toEqual([world.project.slug]);
		expect(await slugs({ area: area.key, status: 'running' })).toEqual([]);
		expect(await slugs({ organisation: world.partner.slug, status: 'submitted' })).toEqual([world.project.slug]);
		const city = await t.db.selectFrom('cities').select('slug').where('id', '=', world.partner.city_id).executeTakeFirstOrThrow();
		expect(await slugs({ city: city.slug })).toEqual([world.project.slug]);
		// odd filters are ignored rather than refused
		expect((await listProjects(null, new URLSearchParams({ status: 'nope', page: '-4' }), t.deps, 'pl')).page).toBe(1);
	});
});
