/**
 * Importing practices from a spreadsheet (CSV) or JSON file, by a coordinator, from the upload
 * form or the command line. Every row is checked first and every problem reported with its
 * line (or item) and field; then, in one transaction, cities are looked up (and added from
 * GeoNames), areas and member organisations matched, practices inserted as published and
 * indexed for search. With problems, nothing is imported unless the caller asked to skip the
 * invalid rows.
 */
import { invalid, type Deps, type FieldErrors } from '../../platform/core';
import { authorize, toActor, type Actor, type MaybeActor } from '../../platform/auth';
import { membershipPolicy } from '../../directory/membership';
import { insertAudit } from '../../platform/audit';
import { resolveCity } from '../../directory/cities';
import { insertPracticeGraph, type NewPracticeGraph } from '../practices';
import { reindexCity, reindexPractice } from '../search';
import type { UploadedFile } from '../../platform/files';
import * as q from './importer.queries';
import { readImportFile } from './read-file';
import {
	MAX_IMPORT_BYTES,
	MAX_IMPORT_MB,
	parseImportRow,
	type ImportIssue,
	type ImportReport,
	type ImportRow,
	type RowLookup
} from './importer.schemas';

/** What the import page shows before a file is sent: the size limit and the area keys to use. */
export async function importPage(actor: MaybeActor, deps: Deps): Promise<{ maxFileMb: number; areaKeys: string[] }> {
	authorize(actor, membershipPolicy, 'coordinate');
	return { maxFileMb: MAX_IMPORT_MB, areaKeys: [...(await q.areaIdsByKey(deps.db)).keys()] };
}

/** A coordinator imports a file sent through the form. See the module comment for the rules. */
export async function importPractices(
	actor: MaybeActor,
	input: { file: UploadedFile | null; skipInvalid: boolean },
	deps: Deps
): Promise<ImportReport> {
	authorize(actor, membershipPolicy, 'coordinate');
	const file = input.file;
	if (!file || (file.size === 0 && !file.name)) throw invalid({ file: { key: 'import_file_required' } });
	if (file.size > MAX_IMPORT_BYTES) throw invalid({ file: { key: 'import_file_too_large', params: { max: MAX_IMPORT_MB } } });
	const bytes = new Uint8Array(await file.arrayBuffer());
	return runImport(actor, bytes, input.skipInvalid, deps);
}

/**
 * The command line's import (`npm run import`): as the coordinator with e-mail `asEmail`, or
 * else as the platform's first admin. Throws not_found when there is no such coordinator.
 */
export async function importPracticesFromConsole(
	input: { bytes: Uint8Array; skipInvalid: boolean; asEmail?: string },
	deps: Deps
): Promise<{ report: ImportReport; importer: Actor }> {
	const person = input.asEmail ? await q.findPersonByEmail(deps.db, input.asEmail) : await q.findFirstAdmin(deps.db);
	const importer = person ? toActor(person) : null;
	authorize(importer, membershipPolicy, 'coordinate');
	return { report: await runImport(importer, input.bytes, input.skipInvalid, deps), importer };
}

/** Thrown inside the transaction to undo it (cities added for rows that will not be imported). */
class NothingImported extends Error {}

interface Checked {
	position: number;
	row: ImportRow | null;
	lookup: RowLookup;
}

async function runImport(actor: Actor, bytes: Uint8Array, skipInvalid: boolean, deps: Deps): Promise<ImportReport> {
	const read = readImportFile(bytes);
	const errors: ImportIssue[] = [...read.fileErrors, ...read.rowErrors];
	const report: ImportReport = {
		format: read.format,
		total: read.records.length + read.rowErrors.length,
		imported: [],
		errors,
		invalidRows: 0
	};
	const bad = new Set<number>(read.rowErrors.map((e) => e.position));
	const addErrors = (position: number, fieldErrors: FieldErrors) => {
		for (const [field, message] of Object.entries(fieldErrors)) errors.push({ position, field, message });
		if (Object.keys(fieldErrors).length) bad.add(position);
	};
	const finish = () => {
		report.invalidRows = bad.size;
		errors.sort((a, b) => a.position - b.position || a.field.localeCompare(b.field));
		return report;
	};
	if (read.fileErrors.length || !read.format) return finish();

	const checked: Checked[] = [];
	for (const record of read.records) {
		const { row, errors: rowErrors, lookup } = parseImportRow(record.values, read.format);
		addErrors(record.position, rowErrors);
		checked.push({ position: record.position, row, lookup });
	}

	// Towns and areas are checked even for rows that already have problems, so that one run
	// reports every problem; the transaction is then rolled back (towns added included).
	try {
		await deps.db.transaction().execute(async (trx) => {
			const areas = await q.areaIdsByKey(trx);
			const organisations = await q.memberOrganisationsNamed(trx, [...new Set(checked.flatMap((c) => c.row?.organisations ?? []))]);
			const cities = new Map<string, number | null>();
			const ready: { position: number; graph: NewPracticeGraph }[] = [];
			for (const { position, row, lookup } of checked) {
				const rowErrors: FieldErrors = {};
				const unknownAreas = lookup.areaKeys.filter((key) => !areas.has(key));
				if (unknownAreas.length) rowErrors.areas = { key: 'import_area_unknown', params: { keys: unknownAreas.join(', ') } };
				let cityId: number | null = null;
				if (lookup.city) {
					const cityKey = `${lookup.country}\u0000${lookup.city.toLowerCase()}`;
					if (!cities.has(cityKey)) cities.set(cityKey, await resolveCity(trx, { name: lookup.city, countryCode: lookup.country }));
					cityId = cities.get(cityKey) ?? null;
					if (cityId === null) rowErrors.city = { key: 'import_city_unknown', params: { city: lookup.city, country: lookup.country } };
				}
				addErrors(position, rowErrors);
				if (!row || cityId === null || unknownAreas.length) continue;
				ready.push({ position, graph: graphOf(row, cityId, areas, organisations, actor.id) });
			}
			if ((bad.size && !skipInvalid) || !ready.length) throw new NothingImported();
			for (const cityId of new Set(ready.map((r) => r.graph.cityId))) await reindexCity(trx, cityId, { cascade: false });
			for (const { position, graph } of ready) {
				const { id, slug } = await insertPracticeGraph(trx, graph);
				await reindexPractice(trx, id);
				await insertAudit(trx, {
					actorId: actor.id,
					action: 'practice.import',
					subjectType: 'practice',
					subjectId: id,
					details: { format: read.format, position }
				});
				report.imported.push({ position, id, slug, title: graph.texts[graph.originalLanguage].title });
			}
		});
	} catch (error) {
		if (!(error instanceof NothingImported)) throw error;
		report.imported = [];
	}
	return finish();
}

function graphOf(
	row: ImportRow,
	cityId: number,
	areas: Map<string, number>,
	organisations: Map<string, number>,
	actorId: number
): NewPracticeGraph {
	return {
		cityId,
		status: row.status,
		visibility: row.visibility,
		originalLanguage: row.language,
		periodStart: row.periodStart,
		periodEnd: row.periodEnd,
		funding: row.funding,
		outcomes: row.outcomes,
		links: row.links,
		areaIds: row.areaKeys.map((key) => areas.get(key)!),
		organisations: row.organisations.map((name) => (organisations.has(name) ? { organisationId: organisations.get(name)! } : { name })),
		texts: { [row.language]: row.texts, ...row.translations },
		published: true,
		createdBy: actorId
	};
}
