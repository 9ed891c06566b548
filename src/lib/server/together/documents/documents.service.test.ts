import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, addToOrganisation, makeMember, makeOrganisation, makePerson } from '../../platform/db/testing/factories';
import { AppError } from '../../platform/core';
import type { FilesDeps } from '../../platform/files';
import * as s from '../../platform/files/testing/samples';
import { makeEvent } from '../../acting/events/events.testing';
import { deleteDocument, documentsFor, openDocument, uploadDocument } from './documents.service';

const t = useTestDatabase();
let deps: FilesDeps;
let dir: string;

beforeAll(() => {
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hf-documents-'));
	deps = { ...t.deps, uploadsDir: dir };
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const file = (bytes: Uint8Array, name: string) => new File([new Uint8Array(bytes)], name);

const codeOf = (promise: Promise<unknown>) =>
	promise.then(
		() => 'ok',
		(e: unknown) => (e instanceof AppError ? e.code : `unexpected: ${String(e)}`)
	);

async function fieldError(promise: Promise<unknown>) {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(AppError);
	return (error as AppError).fieldErrors;
}

async function member() {
	const { person, organisation } = await makeMember(t.db);
	return { person, organisation, actor: actorOf(person, true) };
}

/** A project with one partner organisation (and its member), plus an outsider member. */
async function projectWorld(visibility: 'public' | 'members' = 'public') {
	const partner = await member();
	const project = await t.db
		.insertInto('projects')
		.values({ slug: `p-${Math.random().toString(36).slice(2)}`, title: 'Szyb Julia', visibility, updated_at: new Date() })
		.returning('id')
		.executeTakeFirstOrThrow();
	await t.db
		.insertInto('project_partners')
		.values({ project_id: project.id, organisation_id: partner.organisation.id, role: 'lead' })
		.execute();
	return { project, partner, outsider: await member() };
}

const readAll = async (body: ReadableStream<Uint8Array>) => Buffer.from(await new Response(body).arrayBuffer());

describe('project documents', () => {
	it('shows partners-only documents to partners and staff, members documents to every member, nothing to visitors', async () => {
		const { project, partner, outsider } = await projectWorld();
		const budget = await uploadDocument(
			partner.actor,
			{ ownerType: 'project', ownerId: project.id, title: 'Budżet', audience: 'partners', file: file(s.sampleCsv(), 'budzet.csv') },
			deps
		);
		const summary = await uploadDocument(
			partner.actor,
			{ ownerType: 'project', ownerId: project.id, title: '', audience: 'members', file: file(s.samplePdf(), 'Streszczenie projektu.pdf') },
			deps
		);
		expect(summary.title).toBe('Streszczenie projektu');

		const titles = async (actor: Parameters<typeof documentsFor>[0]) =>
			(await documentsFor(actor, 'project', project.id, deps)).map((g) => g.title).sort();
		expect(await titles(partner.actor)).toEqual(['Budżet', 'Streszczenie projektu']);
		expect(await titles(outsider.actor)).toEqual(['Streszczenie projektu']);
		expect(await titles(null)).toEqual([]);
		const coordinator = actorOf(await makePerson(t.db, { role: 'coordinator' }));
		expect(await titles(coordinator)).toEqual(['Budżet', 'Streszczenie projektu']);
		// A signed-in person outside the network sees neither.
		expect(await titles(actorOf(await makePerson(t.db)))).toEqual([]);

		// Downloads follow the same rules; refused ones are a plain 404.
		expect(await codeOf(openDocument(outsider.actor, budget.id, deps))).toBe('not_found');
		expect(await codeOf(openDocument(null, summary.id, deps))).toBe('not_found');
		const download = await openDocument(partner.actor, budget.id, deps);
		expect(download.headers['Content-Type']).toBe('text/csv; charset=utf-8');
		expect(download.headers['Cache-Control']).toBe('private, no-cache');
		expect(download.headers['Content-Disposition']).toContain('attachment');
		expect((await readAll(download.body)).toString()).toContain('Wałbrzych');
		expect(await codeOf(openDocument(outsider.actor, summary.id, deps).then((d) => readAll(d.body)))).toBe('ok');
	});

	it('lets a partner organisation member who is not a network member read partners documents of a members-only project', async () => {
		const { project, partner } = await projectWorld('members');
		const pending = await makeOrganisation(t.db, { approved: false });
		const newcomer = await makePerson(t.db);
		await addToOrganisation(t.db, pending.id, newcomer.id);
		await t.db.insertInto('project_partners').values({ project_id: project.id, organisation_id: pending.id }).execute();
		const doc = await uploadDocument(
			partner.actor,
			{
				ownerType: 'project',
				ownerId: project.id,
				title: 'Umowa partnerska',
				audience: 'partners',
				file: file(s.samplePdf(), 'umowa.pdf')
			},
			deps
		);
		expect(await codeOf(openDocument(actorOf(newcomer), doc.id, deps).then((d) => readAll(d.body)))).toBe('ok');
	});
});

describe('versions', () => {
	it('makes a new upload under the same title (any case) the next version, older ones listed after it', async () => {
		const { project, partner } = await projectWorld();
		const up = (title: string, name: string) =>
			uploadDocument(
				partner.actor,
				{ ownerType: 'project', ownerId: project.id, title, audience: 'members', file: file(s.samplePdf(), name) },
				deps
			);
		const first = await up('Wniosek', 'wniosek-v1.pdf');
		const second = await up('wniosek', 'wniosek-v2.pdf');
		const third = await up('  Wniosek ', 'wniosek-v3.pdf');
		await up('Harmonogram', 'harmonogram.pdf');
		expect([first.version, second.version, third.version]).toEqual([1, 2, 3]);
		expect(second.title).toBe('Wniosek');

		const groups = await documentsFor(partner.actor, 'project', project.id, deps);
		expect(groups.map((g) => g.title)).toEqual(['Harmonogram', 'Wniosek']);
		const wniosek = groups[1];
		expect(wniosek.current).toMatchObject({ version: 3, fileName: 'wniosek-v3.pdf', url: `/documents/${third.id}/wniosek-v3.pdf` });
		expect(wniosek.older.map((v) => v.version)).toEqual([2, 1]);
		expect(wniosek.current.uploadedBy).toBe(partner.person.name);
	});

	it('gives concurrent uploads of one title distinct versions', async () => {
		const { project, partner } = await projectWorld();
		const results = await Promise.all(
			[1, 2, 3].map((n) =>
				uploadDocument(
					partner.actor,
					{ ownerType: 'project', ownerId: project.id, title: 'Raport', audience: 'members', file: file(s.samplePdf(), `raport-${n}.pdf`) },
					deps
				)
			)
		);
		expect(results.map((r) => r.version).sort()).toEqual([1, 2, 3]);
	});

	it('deletes one version with a ticked confirmation, and its file', async () => {
		const { project, partner, outsider } = await projectWorld();
		const up = (name: string) =>
			uploadDocument(partner.actor, { ownerType: 'project', ownerId: project.id, title: 'Plan', file: file(s.samplePdf(), name) }, deps);
		const v1 = await up('plan-1.pdf');
		const v2 = await up('plan-2.pdf');
		const before = fs.readdirSync(dir).length;
		const owner = { ownerType: 'project' as const, ownerId: project.id };
		expect(await fieldError(deleteDocument(partner.actor, { ...owner, values: { document_id: String(v2.id) } }, deps))).toHaveProperty(
			'confirm'
		);
		expect(await codeOf(deleteDocument(outsider.actor, { ...owner, values: { document_id: String(v2.id), confirm: 'yes' } }, deps))).toBe(
			'not_found'
		);
		// An id of another owner's document is missing here.
		const other = await projectWorld();
		expect(
			await codeOf(
				deleteDocument(
					partner.actor,
					{ ownerType: 'project', ownerId: other.project.id, values: { document_id: String(v2.id), confirm: 'yes' } },
					deps
				)
			)
		).toBe('not_found');
		await deleteDocument(partner.actor, { ...owner, values: { document_id: String(v2.id), confirm: 'yes' } }, deps);
		expect(fs.readdirSync(dir).length).toBe(before - 1);
		const [plan] = await documentsFor(partner.actor, 'project', project.id, deps);
		expect(plan.current.id).toBe(v1.id);
		expect(await codeOf(openDocument(partner.actor, v2.id, deps))).toBe('not_found');
	});
});

describe('uploads', () => {
	it('refuses bad files with a message on the field and stores nothing', async () => {
		const { project, partner } = await projectWorld();
		const before = fs.readdirSync(dir).length;
		const up = (f: File | null, extra: Record<string, unknown> = {}) =>
			fieldError(uploadDocument(partner.actor, { ownerType: 'project', ownerId: project.id, file: f, ...extra }, deps));
		expect((await up(null)).file.key).toBe('attachment_file_required');
		expect((await up(file(new Uint8Array(), 'empty.pdf'))).file.key).toBe('attachment_file_empty');
		expect((await up(file(s.sampleHtml(), 'report.pdf'))).file.key).toBe('attachment_file_type');
		expect((await up(file(s.samplePdf(), 'a.pdf'), { audience: 'everyone' })).audience.key).toBe('error_invalid_choice');
		expect((await up(file(s.samplePdf(), 'a.pdf'), { title: 'x'.repeat(201) })).title.key).toBe('error_too_long');
		expect(fs.readdirSync(dir).length).toBe(before);
	});

	it('needs a signed-in manager and an existing owner', async () => {
		const { project, partner, outsider } = await projectWorld();
		const input = { ownerType: 'project' as const, ownerId: project.id, title: 'X', file: file(s.samplePdf(), 'x.pdf') };
		expect(await codeOf(uploadDocument(null, input, deps))).toBe('unauthenticated');
		expect(await codeOf(uploadDocument(outsider.actor, input, deps))).toBe('not_found');
		expect(await codeOf(uploadDocument(partner.actor, { ...input, ownerId: 999_999 }, deps))).toBe('not_found');
	});
});

describe('event materials', () => {
	it('follow the event: members-only materials for members, public ones for everyone and cacheable', async () => {
		const organiser = await member();
		const closed = await makeEvent(t.db, { visibility: 'members', host_organisation_id: organiser.organisation.id });
		const open = await makeEvent(t.db, { visibility: 'public', host_organisation_id: organiser.organisation.id });
		const up = (eventId: number) =>
			uploadDocument(
				organiser.actor,
				{ ownerType: 'event', ownerId: eventId, title: 'Program', audience: 'partners', file: file(s.samplePdf(), 'program.pdf') },
				deps
			);
		const inClosed = await up(closed.id);
		const inOpen = await up(open.id);
		// a member who does not organise the event adds and deletes nothing
		const guest = await member();
		const material = { ownerType: 'event' as const, ownerId: open.id };
		expect(await codeOf(uploadDocument(guest.actor, { ...material, title: 'Inny', file: file(s.samplePdf(), 'inny.pdf') }, deps))).toBe(
			'not_found'
		);
		expect(
			await codeOf(deleteDocument(guest.actor, { ...material, values: { document_id: String(inOpen.id), confirm: 'yes' } }, deps))
		).toBe('not_found');

		const outsider = actorOf(await makePerson(t.db));
		expect(await codeOf(openDocument(null, inClosed.id, deps))).toBe('not_found');
		expect(await codeOf(openDocument(outsider, inClosed.id, deps))).toBe('not_found');
		expect(await documentsFor(null, 'event', closed.id, deps)).toEqual([]);
		const forMember = await openDocument(organiser.actor, inClosed.id, deps);
		expect(forMember.headers['Cache-Control']).toBe('private, no-cache');
		await readAll(forMember.body);

		const forVisitor = await openDocument(null, inOpen.id, deps);
		expect(forVisitor.headers['Cache-Control']).toBe('public, max-age=3600');
		await readAll(forVisitor.body);
		const [group] = await documentsFor(null, 'event', open.id, deps);
		// Event materials ignore the audience asked for: they follow the event.
		expect(group.current.audience).toBe('members');
	});

	it('name the uploader only to readers who may see their profile (not visitors, not once the moderators hid it)', async () => {
		const organiser = await member();
		const open = await makeEvent(t.db, { visibility: 'public', host_organisation_id: organiser.organisation.id });
		const material = { ownerType: 'event' as const, ownerId: open.id, title: 'Program', file: file(s.samplePdf(), 'program.pdf') };
		await uploadDocument(organiser.actor, material, deps);
		const uploaderFor = async (actor: Parameters<typeof documentsFor>[0]) =>
			(await documentsFor(actor, 'event', open.id, deps))[0].current.uploadedBy;
		const reader = (await member()).actor;
		// the factory's profile is for members (the default)
		expect(await uploaderFor(null)).toBeNull();
		expect(await uploaderFor(reader)).toBe(organiser.person.name);
		await t.db.updateTable('people').set({ hidden_at: new Date() }).where('id', '=', organiser.person.id).execute();
		expect(await uploaderFor(reader)).toBeNull();
		expect(await uploaderFor(organiser.actor)).toBe(organiser.person.name);
	});
});
