/**
 * Saving a new version of a practice: the one path every change takes (edit, publish,
 * translate, restore), so each writes a revision, bumps the number and updates the index.
 */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db';
import { reindexPractice } from '../search';
import { TEXT_FIELD_NAMES } from './practice-fields';
import { insertRevision, updatePracticeRow, writePracticeParts } from './practices.queries';
import type { PracticeSnapshot } from './practices.schemas';
import { findPracticeBySlug, loadSnapshot, lockPractice } from './practice-read.queries';
import { findRevision } from './revisions.queries';

type Db = Kysely<DB> | Transaction<DB>;

/** Snapshot keys → the field names the history shows (and translates). */
const FIELD_NAMES: Record<Exclude<keyof PracticeSnapshot, 'texts'>, string> = {
	cityId: 'city',
	status: 'status',
	visibility: 'visibility',
	originalLanguage: 'original_language',
	periodStart: 'period',
	periodEnd: 'period',
	funding: 'funding',
	outcomes: 'outcomes',
	links: 'links',
	areaIds: 'areas',
	organisations: 'organisations',
	contactIds: 'contacts',
	published: 'published'
};

/** JSON with object keys sorted: jsonb hands back keys in its own order. */
function canonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (value && typeof value === 'object') {
		return `{${Object.keys(value)
			.sort()
			.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
			.join(',')}}`;
	}
	return JSON.stringify(value ?? null);
}
const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);
const sortedSame = (a: number[], b: number[]) =>
	same(
		[...a].sort((x, y) => x - y),
		[...b].sort((x, y) => x - y)
	);

/** What differs between two versions: e.g. ["status", "texts.en.title"]. */
export function changedFields(before: PracticeSnapshot, after: PracticeSnapshot): string[] {
	const changed = new Set<string>();
	for (const [key, name] of Object.entries(FIELD_NAMES) as [Exclude<keyof PracticeSnapshot, 'texts'>, string][]) {
		const a = before[key];
		const b = after[key];
		const equal = key === 'areaIds' || key === 'contactIds' ? sortedSame(a as number[], b as number[]) : same(a, b);
		if (!equal) changed.add(name);
	}
	const languages = new Set([...Object.keys(before.texts), ...Object.keys(after.texts)]);
	for (const language of [...languages].sort()) {
		for (const field of TEXT_FIELD_NAMES) {
			if ((before.texts[language]?.[field] ?? '') !== (after.texts[language]?.[field] ?? '')) changed.add(`texts.${language}.${field}`);
		}
	}
	return [...changed];
}

/**
 * Locks the practice for this transaction and reads it as it is now, so two saves at once
 * get consecutive revision numbers and the second sees the first's changes.
 */
export async function lockForWrite(trx: Db, practice: { id: number; slug: string }) {
	const { revision } = await lockPractice(trx, practice.id);
	const row = await findPracticeBySlug(trx, practice.slug, null);
	if (!row) throw new Error(`practice ${practice.id} vanished under its lock`);
	return { revision, row, current: await loadSnapshot(trx, row) };
}

/**
 * Writes `next` as the practice's new version, inside the caller's transaction after
 * lockForWrite. Returns the new revision number, or null when nothing changed (no empty
 * revisions in the history).
 */
export async function saveVersion(
	trx: Db,
	locked: { row: { id: number }; revision: number; current: PracticeSnapshot },
	next: PracticeSnapshot,
	authorId: number | null
): Promise<number | null> {
	const { current, revision } = locked;
	const practiceId = locked.row.id;
	const changed = changedFields(current, next);
	if (!changed.length) return null;
	const number = revision + 1;
	await updatePracticeRow(trx, practiceId, next, number, authorId, next.published && !current.published);
	await writePracticeParts(trx, practiceId, next, authorId);
	await insertRevision(trx, { practiceId, number, authorId, changed, snapshot: next });
	await reindexPractice(trx, practiceId);
	return number;
}

/** The practice as it was at revision `number` (null if there is none), to tell what changed since a form was opened. */
export async function snapshotAt(trx: Db, practiceId: number, number: number): Promise<PracticeSnapshot | null> {
	return (await findRevision(trx, practiceId, number))?.snapshot ?? null;
}
