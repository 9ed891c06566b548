import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, makeMember, makePerson } from '../../platform/db/testing/factories';
import { AppError } from '../../platform/core';
import { listAuditFor } from '../../platform/audit';
import { listAreas } from './areas.sql';
import { createArea, listAreasForEditing, moveArea, renameArea } from './areas.service';

const t = useTestDatabase();

async function failure(promise: Promise<unknown>): Promise<AppError> {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(AppError);
	return error as AppError;
}

describe('thematic areas', () => {
	it('lets coordinators add, translate and reorder areas, all audited', async () => {
		const magda = actorOf(await makePerson(t.db, { role: 'coordinator' }));
		await createArea(magda, { key: 'Spoil-Heaps', name_pl: 'Hałdy', name_en: 'Spoil heaps' }, t.deps);
		await createArea(magda, { key: 'mine-water', name_pl: 'Wody kopalniane', name_en: 'Mine water' }, t.deps);
		const taken = await failure(createArea(magda, { key: 'spoil-heaps', name_pl: 'X', name_en: 'X' }, t.deps));
		expect(taken.fieldErrors.key?.key).toBe('admin_area_key_taken');

		let areas = await listAreasForEditing(magda, t.deps);
		const heaps = areas.find((a) => a.key === 'spoil-heaps')!;
		const water = areas.find((a) => a.key === 'mine-water')!;
		expect(areas.indexOf(heaps)).toBe(areas.indexOf(water) - 1);

		await renameArea(magda, { area_id: heaps.id, name_pl: 'Hałdy i zwałowiska', name_en: 'Spoil tips' }, t.deps);
		await moveArea(magda, { area_id: water.id, direction: 'up' }, t.deps);
		areas = await listAreasForEditing(magda, t.deps);
		expect(areas.map((a) => a.key).slice(-2)).toEqual(['mine-water', 'spoil-heaps']);
		expect((await listAreas(t.db, 'pl')).find((a) => a.key === 'spoil-heaps')?.name).toBe('Hałdy i zwałowiska');
		// Moving the last one down changes nothing.
		await moveArea(magda, { area_id: heaps.id, direction: 'down' }, t.deps);
		expect((await listAreasForEditing(magda, t.deps)).at(-1)?.key).toBe('spoil-heaps');

		const audit = await listAuditFor(t.db, 'area', heaps.id);
		expect(audit.map((a) => a.action)).toEqual(['area.rename', 'area.create']);
		expect((await listAuditFor(t.db, 'area', water.id)).map((a) => a.action)).toEqual(['area.move', 'area.create']);
	});

	it('is not there for anyone else', async () => {
		const { person } = await makeMember(t.db, { orgRole: 'admin' });
		for (const who of [null, actorOf(await makePerson(t.db)), actorOf(person, true)]) {
			expect((await failure(listAreasForEditing(who, t.deps))).code).toBe('not_found');
			expect((await failure(createArea(who, { key: 'sneaky', name_pl: 'X', name_en: 'X' }, t.deps))).code).toBe('not_found');
			expect((await failure(moveArea(who, { area_id: 1, direction: 'up' }, t.deps))).code).toBe('not_found');
			expect((await failure(renameArea(who, { area_id: 1, name_pl: 'X', name_en: 'X' }, t.deps))).code).toBe('not_found');
		}
		expect((await listAreas(t.db, 'en')).some((a) => a.key === 'sneaky')).toBe(false);
	});

	it('validates keys and names', async () => {
		const magda = actorOf(await makePerson(t.db, { role: 'admin' }));
		const bad = await failure(createArea(magda, { key: 'no spaces!', name_pl: '', name_en: 'x'.repeat(121) }, t.deps));
		expect(bad.fieldErrors).toMatchObject({
			key: { key: 'admin_area_key_invalid' },
			name_pl: { key: 'error_required' },
			name_en: { key: 'error_too_long' }
		});
		expect((await failure(renameArea(magda, { area_id: 999_999, name_pl: 'A', name_en: 'B' }, t.deps))).code).toBe('not_found');
	});
});
