import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { makeCity, makeOrganisation, makePerson } from '../../platform/db/testing/factories';
import { insertPracticeGraph } from '../practices';
import { reindexCity, reindexOrganisation, reindexPerson, reindexPractice, removeFromIndex } from './search.indexer';

const t = useTestDatabase();

async function docOf(type: string, id: number) {
	return t.db
		.selectFrom('search_documents')
		.selectAll()
		.where('type', '=', type as never)
		.where('source_id', '=', id)
		.executeTakeFirst();
}

describe('search indexer', () => {
	it('indexes a published practice with Polish lemmas and removes a draft', async () => {
		const city = await makeCity(t.db, { name: 'Wałbrzych' });
		const practice = await insertPracticeGraph(t.db, {
			cityId: city.id,
			status: 'ongoing',
			visibility: 'public',
			originalLanguage: 'pl',
			texts: { pl: { title: 'Park na hałdzie', summary: 'Program rewitalizacji terenów poprzemysłowych w Wałbrzychu.' } },
			published: true,
			createdBy: null
		});
		await reindexPractice(t.db, practice.id);
		const doc = await docOf('practice', practice.id);
		expect(doc?.title).toBe('Park na hałdzie');
		const tsv = String(doc?.tsv);
		for (const lexeme of ['rewitalizacja', 'teren', 'poprzemyslowy', 'walbrzych', 'walbrzychu']) expect(tsv).toContain(`'${lexeme}'`);
		const found = await sql<{
			n: number;
		}>`select count(*)::int as n from search_documents where tsv @@ 'rewitalizacja & walbrzych'::tsquery and source_id = ${practice.id}`.execute(
			t.db
		);
		expect(found.rows[0].n).toBe(1);

		await t.db.updateTable('practices').set({ published_at: null }).where('id', '=', practice.id).execute();
		await reindexPractice(t.db, practice.id);
		expect(await docOf('practice', practice.id)).toBeUndefined();
	});

	it('indexes cities, approved organisations and visible people', async () => {
		const city = await makeCity(t.db, { name: 'Bytom', story: 'Miasto kopalni.' });
		await reindexCity(t.db, city.id);
		expect((await docOf('city', city.id))?.title).toBe('Bytom');
		const organisation = await makeOrganisation(t.db, { approved: false, cityId: city.id });
		await reindexOrganisation(t.db, organisation.id);
		expect(await docOf('organisation', organisation.id)).toBeUndefined();
		const hidden = await makePerson(t.db, { visibility: { profile: 'nobody' } });
		await reindexPerson(t.db, hidden.id);
		expect(await docOf('person', hidden.id)).toBeUndefined();
		const shown = await makePerson(t.db, { visibility: { profile: 'public', bio: 'public' }, bio: 'Regenerating brownfields' });
		await reindexPerson(t.db, shown.id);
		expect((await docOf('person', shown.id))?.visibility).toBe('public');
		expect(String((await docOf('person', shown.id))?.tsv)).toContain("'regener'");
		await removeFromIndex(t.db, 'person', shown.id);
		expect(await docOf('person', shown.id)).toBeUndefined();
	});
});
