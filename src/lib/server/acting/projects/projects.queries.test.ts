import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { makeArea, makeOrganisation, makePerson } from '../../platform/db/testing/factories';
import { insertProject } from './projects.queries';

const t = useTestDatabase();

describe('insertProject', () => {
	it('inserts the project, its partners and areas under a free readable slug', async () => {
		const lead = await makeOrganisation(t.db, { approved: true });
		const partner = await makeOrganisation(t.db, { approved: true });
		const area = await makeArea(t.db);
		const person = await makePerson(t.db);
		const input = {
			title: 'Zielone hałdy',
			summary: 'Tereny *pogórnicze*.',
			status: 'forming' as const,
			callId: null,
			areaIds: [area.id, area.id],
			partners: [
				{ organisationId: lead.id, role: 'lead' as const },
				{ organisationId: partner.id, role: 'associated' as const }
			],
			createdBy: person.id,
			visibility: 'public' as const,
			budgetEur: 120000,
			startsOn: '2027-01-01',
			endsOn: '2028-12-31'
		};
		const first = await t.db.transaction().execute((trx) => insertProject(trx, input));
		const second = await t.db.transaction().execute((trx) => insertProject(trx, input));
		expect(first.slug).toMatch(/^zielone-haldy/);
		expect(second.slug).not.toBe(first.slug);
		const row = await t.db.selectFrom('projects').selectAll().where('id', '=', first.id).executeTakeFirstOrThrow();
		expect(row).toMatchObject({ status: 'forming', visibility: 'public', created_by: person.id });
		expect(Number(row.budget_eur)).toBe(120000);
		const partners = await t.db
			.selectFrom('project_partners')
			.select(['organisation_id', 'role'])
			.where('project_id', '=', first.id)
			.orderBy('role')
			.execute();
		expect(partners).toEqual([
			{ organisation_id: partner.id, role: 'associated' },
			{ organisation_id: lead.id, role: 'lead' }
		]);
		const areas = await t.db.selectFrom('project_areas').select('area_id').where('project_id', '=', first.id).execute();
		expect(areas).toEqual([{ area_id: area.id }]);
	});
});
