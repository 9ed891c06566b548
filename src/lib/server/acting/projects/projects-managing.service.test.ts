/** Starting a project, changing its status and fields, and its partners with their one lead. */
import { describe, expect, it } from 'vitest';
import { TEST_ORIGIN, useTestDatabase } from '../../platform/db/testing/test-db';
import { findMailTo } from '../../platform/mail/outbox.testing';
import { actorOf, addToOrganisation, makeArea, makeMember, makeOrganisation, makePerson } from '../../platform/db/testing/factories';
import { listAuditFor } from '../../platform/audit';
import { AppError } from '../../platform/core';
import { searchSite } from '../../knowledge/search';
import {
	addPartner,
	changePartnerRole,
	changeProjectStatus,
	createProject,
	removePartner,
	updateProject
} from './projects-managing.service';
import { getProject } from './projects-read.service';
import { codeOf, makeProject, projectWorlds } from './projects.testing';

const t = useTestDatabase();
const { viewers } = projectWorlds(t);

const partners = (projectId: number) =>
	t.db
		.selectFrom('project_partners')
		.select(['organisation_id', 'role'])
		.where('project_id', '=', projectId)
		.orderBy('organisation_id')
		.execute();

describe('createProject', () => {
	const values = (organisationId: number, more: Record<string, unknown> = {}) => ({
		organisation_id: String(organisationId),
		title: 'Zielone hałdy',
		summary: 'Hałdy jako parki.',
		status: 'forming',
		visibility: 'public',
		call_id: '',
		area_ids: [],
		budget_eur: '120 000',
		starts_on: '2027-01-01',
		ends_on: '2028-06-30',
		...more
	});

	it('makes the chosen organisation of the member the only lead', async () => {
		const { person, organisation } = await makeMember(t.db);
		const area = await makeArea(t.db);
		const created = await createProject(
			actorOf(person, true),
			{ values: values(organisation.id, { area_ids: [String(area.id)] }) },
			t.deps
		);
		expect(created.slug).toMatch(/^zielone-haldy/);
		expect(await partners(created.id)).toEqual([{ organisation_id: organisation.id, role: 'lead' }]);
		const project = await getProject(actorOf(person, true), { slug: created.slug, locale: 'pl' }, t.deps);
		expect(project).toMatchObject({
			status: 'forming',
			budgetEur: 120000,
			startsOn: '2027-01-01',
			endsOn: '2028-06-30',
			areas: [{ id: area.id }]
		});
	});

	it('is found in search by its title and, once added, by a partner’s name', async () => {
		const { person, organisation } = await makeMember(t.db);
		const word = `hałdowisko${Date.now().toString(36)}`;
		const created = await createProject(
			actorOf(person, true),
			{ values: values(organisation.id, { title: `Zielone ${word}`, visibility: 'public' }) },
			t.deps
		);
		const found = async (q: string) =>
			(await searchSite(null, { query: new URLSearchParams({ q }), locale: 'pl' }, t.deps)).hits.map((h) => h.href);
		expect(await found(word)).toEqual([`/pl/projects/${created.slug}`]);
		const partnerName = `Fundacja ${Date.now().toString(36)}x`;
		const partner = await makeOrganisation(t.db, { approved: true, name: partnerName });
		await addPartner(
			actorOf(person, true),
			{ slug: created.slug, values: { organisation_id: String(partner.id), role: 'partner' } },
			t.deps
		);
		expect(await found(partnerName)).toContain(`/pl/projects/${created.slug}`);
	});

	it('refuses visitors, non-members and organisations the member is not in', async () => {
		const other = await makeOrganisation(t.db, { approved: true });
		const { person } = await makeMember(t.db);
		const registered = await makePerson(t.db);
		expect(await codeOf(createProject(null, { values: values(other.id) }, t.deps))).toBe('unauthenticated');
		expect(await codeOf(createProject(actorOf(registered), { values: values(other.id) }, t.deps))).toBe('forbidden');
		const error = await createProject(actorOf(person, true), { values: values(other.id) }, t.deps).catch((e) => e);
		expect(error.fieldErrors).toEqual({ organisation_id: { key: 'projects_error_not_your_organisation' } });
	});

	it('names every wrong field at once', async () => {
		const { person, organisation } = await makeMember(t.db);
		const error = await createProject(
			actorOf(person, true),
			{
				values: values(organisation.id, {
					title: '',
					status: 'dreaming',
					budget_eur: 'lots',
					starts_on: '2027-05-01',
					ends_on: '2027-04-01',
					call_id: '999999'
				})
			},
			t.deps
		).catch((e) => e);
		expect(error).toBeInstanceOf(AppError);
		expect(error.fieldErrors).toMatchObject({
			title: { key: 'error_required' },
			status: { key: 'error_invalid_choice' },
			budget_eur: { key: 'error_invalid_number' },
			ends_on: { key: 'projects_error_period' }
		});
		const badCall = await createProject(actorOf(person, true), { values: values(organisation.id, { call_id: '999999' }) }, t.deps).catch(
			(e) => e
		);
		expect(badCall.fieldErrors).toEqual({ call_id: { key: 'error_invalid_choice' } });
	});
});

describe('status and fields', () => {
	it('lets the lead and coordinators change the status, records it, refuses partners and others', async () => {
		const world = await makeProject(t.db, { status: 'submitted' });
		const who = await viewers(world.partnerActor);
		const slug = world.project.slug;
		expect(await codeOf(changeProjectStatus(who.partner, { slug, values: { status: 'funded' } }, t.deps))).toBe('forbidden');
		expect(await codeOf(changeProjectStatus(who.member, { slug, values: { status: 'funded' } }, t.deps))).toBe('forbidden');
		expect(await codeOf(changeProjectStatus(null, { slug, values: { status: 'funded' } }, t.deps))).toBe('unauthenticated');
		expect(await codeOf(changeProjectStatus(world.leadActor, { slug, values: { status: 'nonsense' } }, t.deps))).toBe('validation_failed');
		await changeProjectStatus(world.leadActor, { slug, values: { status: 'funded' } }, t.deps);
		await changeProjectStatus(who.coordinator, { slug, values: { status: 'running' } }, t.deps);
		expect((await getProject(null, { slug, locale: 'en' }, t.deps)).status).toBe('running');
		const audit = await listAuditFor(t.db, 'project', world.project.id);
		expect(audit.map((a) => [a.action, a.details])).toEqual([
			['project.status', { from: 'funded', to: 'running' }],
			['project.status', { from: 'submitted', to: 'funded' }]
		]);
	});

	it('saves the edited fields and areas', async () => {
		const world = await makeProject(t.db);
		const area = await makeArea(t.db);
		await updateProject(
			world.leadActor,
			{
				slug: world.project.slug,
				values: {
					title: 'Renamed',
					summary: 'New',
					status: 'completed',
					visibility: 'members',
					area_ids: String(area.id),
					budget_eur: '',
					starts_on: '',
					ends_on: ''
				}
			},
			t.deps
		);
		const project = await getProject(world.leadActor, { slug: world.project.slug, locale: 'en' }, t.deps);
		expect(project).toMatchObject({
			title: 'Renamed',
			status: 'completed',
			visibility: 'members',
			budgetEur: null,
			startsOn: null,
			endsOn: null,
			areas: [{ id: area.id }]
		});
		expect(
			await codeOf(
				updateProject(
					world.partnerActor,
					{ slug: world.project.slug, values: { title: 'X', status: 'idea', visibility: 'public' } },
					t.deps
				)
			)
		).toBe('forbidden');
	});
});

describe('partners', () => {
	it('adds a partner once, with its role, and tells its admins by mail in their language', async () => {
		const world = await makeProject(t.db);
		const newcomer = await makeOrganisation(t.db, { approved: true });
		const admin = await makePerson(t.db, { locale: 'pl' });
		await addToOrganisation(t.db, newcomer.id, admin.id, 'admin');
		const plainMember = await makePerson(t.db);
		await addToOrganisation(t.db, newcomer.id, plainMember.id);
		const pending = await makeOrganisation(t.db);
		const slug = world.project.slug;
		await addPartner(world.leadActor, { slug, values: { organisation_id: String(newcomer.id), role: 'associated' } }, t.deps);
		expect(
			await codeOf(addPartner(world.leadActor, { slug, values: { organisation_id: String(newcomer.id), role: 'partner' } }, t.deps))
		).toBe('conflict');
		expect(
			await codeOf(addPartner(world.leadActor, { slug, values: { organisation_id: String(pending.id), role: 'partner' } }, t.deps))
		).toBe('validation_failed');
		expect(
			await codeOf(addPartner(world.partnerActor, { slug, values: { organisation_id: String(pending.id), role: 'partner' } }, t.deps))
		).toBe('forbidden');
		expect(await partners(world.project.id)).toEqual(
			[
				{ organisation_id: world.lead.id, role: 'lead' },
				{ organisation_id: world.partner.id, role: 'partner' },
				{ organisation_id: newcomer.id, role: 'associated' }
			].sort((a, b) => a.organisation_id - b.organisation_id)
		);
		const mail = await findMailTo(t.db, admin.email);
		expect(mail.map((m) => m.subject)).toEqual([expect.stringContaining('jest teraz partnerem projektu')]);
		expect(mail[0].text_body).toContain('w roli: Partner stowarzyszony');
		expect(mail[0].text_body).toContain(`${TEST_ORIGIN}/pl/projects/${slug}`);
		expect(await findMailTo(t.db, plainMember.email)).toEqual([]);
	});

	it('keeps exactly one lead: a new lead demotes the old one, the lead cannot be removed or demoted', async () => {
		const world = await makeProject(t.db);
		const slug = world.project.slug;
		const leadOf = async () => (await partners(world.project.id)).filter((p) => p.role === 'lead');
		const removeLead = await removePartner(world.leadActor, { slug, values: { organisation_id: String(world.lead.id) } }, t.deps).catch(
			(e) => e
		);
		expect(removeLead.messageKey).toBe('projects_error_lead_stays');
		expect(
			await codeOf(
				changePartnerRole(world.leadActor, { slug, values: { organisation_id: String(world.lead.id), role: 'partner' } }, t.deps)
			)
		).toBe('validation_failed');
		expect(await leadOf()).toEqual([{ organisation_id: world.lead.id, role: 'lead' }]);

		await changePartnerRole(world.leadActor, { slug, values: { organisation_id: String(world.partner.id), role: 'lead' } }, t.deps);
		expect(await leadOf()).toEqual([{ organisation_id: world.partner.id, role: 'lead' }]);
		// the old lead is an ordinary partner now, and may no longer edit
		expect(await codeOf(changeProjectStatus(world.leadActor, { slug, values: { status: 'completed' } }, t.deps))).toBe('forbidden');
		await removePartner(world.partnerActor, { slug, values: { organisation_id: String(world.lead.id) } }, t.deps);
		expect(await partners(world.project.id)).toEqual([{ organisation_id: world.partner.id, role: 'lead' }]);

		// adding an organisation as the lead hands the lead over as well
		const third = await makeOrganisation(t.db, { approved: true });
		await addPartner(world.partnerActor, { slug, values: { organisation_id: String(third.id), role: 'lead' } }, t.deps);
		expect(await leadOf()).toEqual([{ organisation_id: third.id, role: 'lead' }]);
		expect(await partners(world.project.id)).toHaveLength(2);
		const actions = (await listAuditFor(t.db, 'project', world.project.id)).map((a) => a.action);
		expect(actions).toEqual(['project.partner_add', 'project.partner_remove', 'project.partner_role']);
	});

	it('keeps one lead when two leads are named at the same time', async () => {
		const world = await makeProject(t.db);
		const others = await Promise.all([makeOrganisation(t.db, { approved: true }), makeOrganisation(t.db, { approved: true })]);
		await Promise.all(
			others.map((o) =>
				addPartner(world.leadActor, { slug: world.project.slug, values: { organisation_id: String(o.id), role: 'lead' } }, t.deps)
			)
		);
		const roles = await partners(world.project.id);
		expect(roles.filter((r) => r.role === 'lead')).toHaveLength(1);
		expect(roles).toHaveLength(4);
	});
});
