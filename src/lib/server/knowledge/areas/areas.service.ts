import { conflict, notFound, validate, type Deps } from '../../platform/core';
import { authorize, type MaybeActor } from '../../platform/auth';
import { insertAudit } from '../../platform/audit';
import { areaPolicy } from './areas.policy';
import * as q from './areas.queries';
import { createAreaSchema, moveAreaSchema, renameAreaSchema, type AreaRow } from './areas.schemas';

/** The thematic areas with both names, in order; coordinators only. */
export async function listAreasForEditing(actor: MaybeActor, deps: Deps): Promise<AreaRow[]> {
	authorize(actor, areaPolicy, 'edit');
	const rows = await q.listAreasWithNames(deps.db);
	return rows.map((r) => ({ id: r.id, key: r.key, namePl: r.name_pl ?? '', nameEn: r.name_en ?? '' }));
}

/** A coordinator adds an area (a stable key plus Polish and English names) at the end. */
export async function createArea(actor: MaybeActor, input: unknown, deps: Deps): Promise<{ key: string }> {
	authorize(actor, areaPolicy, 'edit');
	const data = validate(createAreaSchema, input);
	await deps.db.transaction().execute(async (trx) => {
		const id = await q.insertArea(trx, data.key, { pl: data.name_pl, en: data.name_en });
		if (id === undefined) throw conflict('admin_area_key_taken', { key: { key: 'admin_area_key_taken' } });
		await insertAudit(trx, {
			actorId: actor.id,
			action: 'area.create',
			subjectType: 'area',
			subjectId: id,
			details: { key: data.key, pl: data.name_pl, en: data.name_en }
		});
	});
	return { key: data.key };
}

/** A coordinator renames or translates an area; its key (used in links) stays. */
export async function renameArea(actor: MaybeActor, input: unknown, deps: Deps): Promise<void> {
	authorize(actor, areaPolicy, 'edit');
	const data = validate(renameAreaSchema, input);
	await deps.db.transaction().execute(async (trx) => {
		const areas = await q.lockAreaOrder(trx);
		if (!areas.some((a) => a.id === data.area_id)) throw notFound();
		await q.setAreaNames(trx, data.area_id, { pl: data.name_pl, en: data.name_en });
		await insertAudit(trx, {
			actorId: actor.id,
			action: 'area.rename',
			subjectType: 'area',
			subjectId: data.area_id,
			details: { pl: data.name_pl, en: data.name_en }
		});
	});
}

/** A coordinator moves an area one place up or down; positions are renumbered 0..n. */
export async function moveArea(actor: MaybeActor, input: unknown, deps: Deps): Promise<void> {
	authorize(actor, areaPolicy, 'edit');
	const data = validate(moveAreaSchema, input);
	await deps.db.transaction().execute(async (trx) => {
		const ids = (await q.lockAreaOrder(trx)).map((a) => a.id);
		const index = ids.indexOf(data.area_id);
		if (index === -1) throw notFound();
		const target = data.direction === 'up' ? index - 1 : index + 1;
		if (target < 0 || target >= ids.length) return;
		[ids[index], ids[target]] = [ids[target], ids[index]];
		await q.setAreaPositions(trx, ids);
		await insertAudit(trx, {
			actorId: actor.id,
			action: 'area.move',
			subjectType: 'area',
			subjectId: data.area_id,
			details: { direction: data.direction, position: target }
		});
	});
}
