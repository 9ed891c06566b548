import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../db/testing/test-db';
import { actorOf, addToOrganisation, makeCity, makeMember, makePerson } from '../db/testing/factories';
import { AppError } from '../core';
import { listAuditFor } from '../audit';
import { insertPracticeGraph } from '../../knowledge/practices';
import {
	deleteAttachment,
	listAttachments,
	removeCoverImage,
	setCoverImage,
	sweepUploads,
	uploadAttachment,
	type FilesDeps
} from './files.service';
import { openAttachment } from './download.service';
import { MAX_FILE_BYTES } from './files.schemas';
import * as s from './testing/samples';

const t = useTestDatabase();
let deps: FilesDeps;
let dir: string;

beforeAll(() => {
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hf-uploads-'));
	deps = { ...t.deps, uploadsDir: dir };
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function failure(promise: Promise<unknown>): Promise<AppError> {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(AppError);
	return error as AppError;
}

const file = (bytes: Uint8Array, name: string) => new File([new Uint8Array(bytes)], name);
const storedFiles = () => fs.readdirSync(dir);

/** A practice written by a member of an organisation, with that organisation involved. */
async function world(options: { visibility?: 'public' | 'members'; published?: boolean } = {}) {
	const { person, organisation } = await makeMember(t.db);
	const city = await makeCity(t.db, { name: 'Wałbrzych' });
	const practice = await insertPracticeGraph(t.db, {
		cityId: city.id,
		status: 'ongoing',
		visibility: options.visibility ?? 'public',
		originalLanguage: 'pl',
		texts: { pl: { title: `Stara Kopalnia ${Math.random()}` } },
		organisations: [{ organisationId: organisation.id }],
		published: options.published ?? true,
		createdBy: person.id
	});
	const colleague = await makePerson(t.db);
	await addToOrganisation(t.db, organisation.id, colleague.id);
	return { author: actorOf(person, true), colleague: actorOf(colleague, true), practice };
}

async function readAll(body: ReadableStream<Uint8Array>): Promise<Buffer> {
	return Buffer.from(await new Response(body).arrayBuffer());
}

describe('attachments', () => {
	it('lets editors upload, describe, make a cover, and delete, all audited', async () => {
		const { author, colleague, practice } = await world();
		const before = storedFiles().length;
		const pdf = await uploadAttachment(
			author,
			{ slug: practice.slug, file: file(s.samplePdf(), 'Raport – Wałbrzych.pdf'), values: { description: 'Raport końcowy' } },
			deps
		);
		const photo = await uploadAttachment(
			colleague,
			{ slug: practice.slug, file: file(s.samplePng(), 'szyb.png'), values: { alt_text: 'Wieża szybowa nocą' } },
			deps
		);
		expect(pdf.name).toBe('Raport – Wałbrzych.pdf');

		await setCoverImage(author, { slug: practice.slug, values: { attachment_id: photo.id } }, deps);
		const notImage = await failure(setCoverImage(author, { slug: practice.slug, values: { attachment_id: pdf.id } }, deps));
		expect(notImage.messageKey).toBe('attachment_cover_not_image');

		let page = await listAttachments(author, practice.slug, 'pl', deps);
		expect(page.practice.title).toMatch(/^Stara Kopalnia/);
		expect(page.attachments.map((a) => [a.name, a.kind, a.isCover, a.altText, a.description])).toEqual([
			['Raport – Wałbrzych.pdf', 'document', false, null, 'Raport końcowy'],
			['szyb.png', 'image', true, 'Wieża szybowa nocą', '']
		]);
		expect(page.attachments[0].url).toBe(`/files/${pdf.id}/Raport%20%E2%80%93%20Wa%C5%82brzych.pdf`);
		expect(storedFiles()).toHaveLength(before + 2);

		await removeCoverImage(author, { slug: practice.slug }, deps);
		await setCoverImage(author, { slug: practice.slug, values: { attachment_id: photo.id } }, deps);
		await deleteAttachment(colleague, { slug: practice.slug, values: { attachment_id: photo.id, confirm: 'yes' } }, deps);
		page = await listAttachments(author, practice.slug, 'en', deps);
		expect(page.attachments.map((a) => a.name)).toEqual(['Raport – Wałbrzych.pdf']);
		expect(storedFiles()).toHaveLength(before + 1);

		const audit = await listAuditFor(t.db, 'practice', practice.id);
		expect(audit.map((a) => a.action)).toEqual([
			'attachment.delete',
			'attachment.cover',
			'attachment.uncover',
			'attachment.cover',
			'attachment.upload',
			'attachment.upload'
		]);
		const unconfirmed = await failure(deleteAttachment(author, { slug: practice.slug, values: { attachment_id: pdf.id } }, deps));
		expect(unconfirmed.fieldErrors.confirm?.key).toBe('attachment_delete_confirm_required');
		await deleteAttachment(author, { slug: practice.slug, values: { attachment_id: pdf.id, confirm: 'yes' } }, deps);
		expect(storedFiles()).toHaveLength(before);
	});

	it('refuses by content: HTML renamed to .pdf, empty, too large, no file, image without alt text', async () => {
		const { author, practice } = await world();
		const before = storedFiles().length;
		const cases: [File | null, Record<string, string>, string, string][] = [
			[file(s.sampleHtml(), 'report.pdf'), {}, 'file', 'attachment_file_type'],
			[file(s.sampleSvg(), 'logo.svg'), { alt_text: 'Logo' }, 'file', 'attachment_file_type'],
			[file(new Uint8Array(0), 'empty.pdf'), {}, 'file', 'attachment_file_empty'],
			[file(new Uint8Array(0), ''), {}, 'file', 'attachment_file_required'],
			[null, {}, 'file', 'attachment_file_required'],
			[file(Buffer.concat([s.samplePdf(), Buffer.alloc(MAX_FILE_BYTES)]), 'big.pdf'), {}, 'file', 'attachment_file_too_large'],
			[file(s.sampleJpeg(), 'photo.jpg'), { alt_text: '   ' }, 'alt_text', 'attachment_alt_required']
		];
		for (const [sent, values, field, key] of cases) {
			const error = await failure(uploadAttachment(author, { slug: practice.slug, file: sent, values }, deps));
			expect(error.code).toBe('validation_failed');
			expect(error.fieldErrors[field]?.key).toBe(key);
		}
		expect(storedFiles()).toHaveLength(before);
		expect((await listAttachments(author, practice.slug, 'en', deps)).attachments).toEqual([]);
	});

	it('is not there for other members, visitors, or another practice', async () => {
		const { author, practice } = await world();
		const other = await world();
		const { person } = await makeMember(t.db);
		const stranger = actorOf(person, true);
		for (const [who, code] of [
			[null, 'unauthenticated'],
			[stranger, 'not_found']
		] as const) {
			expect((await failure(listAttachments(who, practice.slug, 'en', deps))).code).toBe(code);
			const error = await failure(uploadAttachment(who, { slug: practice.slug, file: file(s.samplePdf(), 'a.pdf'), values: {} }, deps));
			expect(error.code).toBe(code);
		}
		const mine = await uploadAttachment(author, { slug: practice.slug, file: file(s.samplePdf(), 'a.pdf'), values: {} }, deps);
		// An id of this practice sent to the other practice's page is missing there.
		const crossed = await failure(
			deleteAttachment(other.author, { slug: other.practice.slug, values: { attachment_id: mine.id, confirm: 'yes' } }, deps)
		);
		expect(crossed.code).toBe('not_found');
		expect(
			(await failure(deleteAttachment(stranger, { slug: practice.slug, values: { attachment_id: mine.id, confirm: 'yes' } }, deps))).code
		).toBe('not_found');
		// A coordinator may edit every practice.
		const magda = actorOf(await makePerson(t.db, { role: 'coordinator' }));
		expect((await listAttachments(magda, practice.slug, 'en', deps)).attachments).toHaveLength(1);
	});

	it('leaves no file behind when the transaction fails, even at commit after the file was moved into place', async () => {
		const { author, practice } = await world();
		const before = storedFiles();
		await sql`create or replace function hf_refuse_attachment() returns trigger language plpgsql as $$
			begin raise exception 'refused by test'; end $$`.execute(t.db);
		const triggers = [
			// fails at the insert, before the file is renamed
			sql`create trigger hf_refuse before insert on practice_attachments for each row execute function hf_refuse_attachment()`,
			// fails at commit, after the rename
			sql`create constraint trigger hf_refuse after insert on practice_attachments deferrable initially deferred
				for each row execute function hf_refuse_attachment()`
		];
		for (const trigger of triggers) {
			await trigger.execute(t.db);
			try {
				const upload = uploadAttachment(author, { slug: practice.slug, file: file(s.samplePdf(), 'a.pdf'), values: {} }, deps);
				await expect(upload).rejects.toThrow(/refused by test/);
			} finally {
				await sql`drop trigger hf_refuse on practice_attachments`.execute(t.db);
			}
			expect(storedFiles()).toEqual(before);
		}
		expect((await listAttachments(author, practice.slug, 'en', deps)).attachments).toEqual([]);
	});
});

describe('sweeping the uploads folder', () => {
	it('removes old leftovers of crashes and keeps every stored attachment and recent file', async () => {
		const { author, practice } = await world();
		const kept = await uploadAttachment(author, { slug: practice.slug, file: file(s.samplePdf(), 'a.pdf'), values: {} }, deps);
		const orphan = 'a'.repeat(32);
		const temp = `.tmp-${'b'.repeat(32)}`;
		const fresh = `.tmp-${'c'.repeat(32)}`;
		for (const name of [orphan, temp, fresh]) fs.writeFileSync(path.join(dir, name), 'x');
		const old = new Date(Date.now() - 2 * 60 * 60 * 1000);
		for (const name of [...storedFiles(), orphan, temp].filter((n) => n !== fresh)) fs.utimesSync(path.join(dir, name), old, old);
		const before = storedFiles().length;
		expect(await sweepUploads(deps)).toEqual({ removed: 2 });
		expect(storedFiles()).toHaveLength(before - 2);
		expect(storedFiles()).toContain(fresh);
		expect(storedFiles()).not.toContain(orphan);
		const download = await openAttachment(author, kept.id, deps);
		await readAll(download.body);
		fs.rmSync(path.join(dir, fresh));
	});
});

describe('downloads', () => {
	it('serve the detected type with headers that keep browsers from running anything', async () => {
		const { author, practice } = await world();
		const pdf = await uploadAttachment(author, { slug: practice.slug, file: file(s.samplePdf(), 'Plan Łódź.html'), values: {} }, deps);
		expect(pdf.name).toBe('Plan Łódź.pdf');
		const photo = await uploadAttachment(
			author,
			{ slug: practice.slug, file: file(s.sampleJpeg(), 'x.jpg'), values: { alt_text: 'Hałda' } },
			deps
		);

		const download = await openAttachment(null, pdf.id, deps);
		expect(download.headers).toMatchObject({
			'Content-Type': 'application/pdf',
			'X-Content-Type-Options': 'nosniff',
			'Content-Security-Policy': "default-src 'none'; sandbox",
			'Cache-Control': 'public, max-age=3600'
		});
		expect(download.headers['Content-Disposition']).toBe(
			`attachment; filename="Plan Lodz.pdf"; filename*=UTF-8''Plan%20%C5%81%C3%B3d%C5%BA.pdf`
		);
		expect(await readAll(download.body)).toEqual(s.samplePdf());

		const image = await openAttachment(null, photo.id, deps);
		expect(image.headers['Content-Type']).toBe('image/jpeg');
		expect(image.headers['Content-Disposition']).toMatch(/^inline;/);
		await readAll(image.body);
	});

	it('never serve a stored type outside the list, such as text/html', async () => {
		const { author, practice } = await world();
		const up = await uploadAttachment(author, { slug: practice.slug, file: file(s.samplePdf(), 'a.pdf'), values: {} }, deps);
		await t.db.updateTable('practice_attachments').set({ content_type: 'text/html' }).where('id', '=', up.id).execute();
		const download = await openAttachment(null, up.id, deps);
		expect(download.headers['Content-Type']).toBe('application/octet-stream');
		expect(download.headers['Content-Disposition']).toMatch(/^attachment;/);
		await readAll(download.body);
	});

	it('follow the practice: members-only for members, drafts for editors, else 404', async () => {
		const members = await world({ visibility: 'members' });
		const draft = await world({ published: false });
		const inMembers = await uploadAttachment(
			members.author,
			{ slug: members.practice.slug, file: file(s.samplePdf(), 'a.pdf'), values: {} },
			deps
		);
		const inDraft = await uploadAttachment(
			draft.author,
			{ slug: draft.practice.slug, file: file(s.samplePdf(), 'b.pdf'), values: {} },
			deps
		);
		const { person } = await makeMember(t.db);
		const member = actorOf(person, true);
		const registered = actorOf(await makePerson(t.db));

		for (const who of [null, registered]) expect((await failure(openAttachment(who, inMembers.id, deps))).code).toBe('not_found');
		const forMember = await openAttachment(member, inMembers.id, deps);
		expect(forMember.headers['Cache-Control']).toBe('private, no-cache');
		await readAll(forMember.body);

		for (const who of [null, member]) expect((await failure(openAttachment(who, inDraft.id, deps))).code).toBe('not_found');
		const forAuthor = await openAttachment(draft.author, inDraft.id, deps);
		expect(forAuthor.headers['Cache-Control']).toBe('private, no-cache');
		await readAll(forAuthor.body);
		expect((await failure(openAttachment(null, 'nope', deps))).code).toBe('not_found');
		expect((await failure(openAttachment(null, 999_999, deps))).code).toBe('not_found');
	});
});
