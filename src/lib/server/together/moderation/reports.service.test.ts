import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, makeMember, makePerson } from '../../platform/db/testing/factories';
import { AppError } from '../../platform/core';
import { findMailTo } from '../../platform/mail/outbox.testing';
import { listAuditFor } from '../../platform/audit';
import { dismissReport, getReportTarget, hideContent, listReports, reportContent, restoreContent } from './reports.service';
import { addToGroup, makeAnswer, makeChallenge, makeGroup, makePost, makeThread } from './moderation.testing';

const t = useTestDatabase();

async function failure(promise: Promise<unknown>): Promise<AppError> {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(AppError);
	return error as AppError;
}

const member = async (overrides: Parameters<typeof makeMember>[1] = {}) => {
	const { person } = await makeMember(t.db, overrides);
	return { person, actor: actorOf(person, true) };
};
const coordinator = async () => actorOf(await makePerson(t.db, { role: 'coordinator' }));
const report = (actor: Parameters<typeof reportContent>[0], type: string, id: number, reason = 'spam', details = '') =>
	reportContent(actor, { type, id, values: { reason, details } }, t.deps);

/** A general discussion with a reply by `author`. */
async function replyBy(authorId: number, body = 'Buy cheap shoes') {
	const starter = await makePerson(t.db);
	const { thread } = await makeThread(t.db, starter.id);
	const post = await makePost(t.db, thread.id, authorId, body);
	return { thread, post };
}

describe('reporting', () => {
	it('files one open report per person and target, audited', async () => {
		const author = await member();
		const { post } = await replyBy(author.person.id);
		const reporter = actorOf(await makePerson(t.db)); // signed in, not a member: may still report
		const { reportId } = await report(reporter, 'post', post.id, 'spam', 'sells shoes');
		const stored = await t.db.selectFrom('reports').selectAll().where('id', '=', reportId).executeTakeFirstOrThrow();
		expect(stored).toMatchObject({
			reporter_id: reporter.id,
			target_type: 'post',
			target_id: post.id,
			status: 'open',
			reason: 'spam: sells shoes'
		});
		expect((await listAuditFor(t.db, 'post', post.id)).map((a) => a.action)).toEqual(['report.create']);

		const twice = await failure(report(reporter, 'post', post.id));
		expect(twice.code).toBe('conflict');
		expect(twice.messageKey).toBe('moderation_error_duplicate');
		expect((await getReportTarget(reporter, { values: { type: 'post', id: String(post.id) }, locale: 'en' }, t.deps)).alreadyReported).toBe(
			true
		);
		// another person may report it too
		await report(actorOf(await makePerson(t.db)), 'post', post.id, 'abuse');
	});

	it('asks for words when the reason is "other", and refuses visitors and own content', async () => {
		const author = await member();
		const { post } = await replyBy(author.person.id);
		const reporter = actorOf(await makePerson(t.db));
		const error = await failure(report(reporter, 'post', post.id, 'other', ''));
		expect(error.fieldErrors.details?.key).toBe('moderation_error_details_required');
		expect((await failure(report(reporter, 'post', post.id, 'nonsense'))).fieldErrors.reason).toBeDefined();
		expect((await failure(report(null, 'post', post.id))).code).toBe('unauthenticated');
		expect((await failure(report(author.actor, 'post', post.id))).messageKey).toBe('moderation_error_own');
		expect((await failure(report(reporter, 'post', 999_999))).code).toBe('not_found');
		expect((await failure(report(reporter, 'poem', post.id))).code).toBe('not_found');
	});

	it('lets only people who can read a group thread report it; secret groups stay unknown', async () => {
		const author = await member();
		const insider = await member();
		const outsider = await member();
		for (const kind of ['closed', 'secret'] as const) {
			const group = await makeGroup(t.db, kind);
			await addToGroup(t.db, group.id, author.person.id);
			await addToGroup(t.db, group.id, insider.person.id);
			const { thread, post } = await makeThread(t.db, author.person.id, { groupId: group.id });
			expect((await failure(report(outsider.actor, 'post', post.id))).code).toBe('not_found');
			expect((await failure(report(outsider.actor, 'thread', thread.id))).code).toBe('not_found');
			expect((await failure(report(await coordinator(), 'post', post.id))).code).toBe('not_found');
			await report(insider.actor, 'post', post.id);
		}
	});

	it('follows challenge visibility and profile visibility', async () => {
		const author = await member();
		const visitorLike = actorOf(await makePerson(t.db));
		const challenge = await makeChallenge(t.db, author.person.id, { visibility: 'members' });
		const answer = await makeAnswer(t.db, challenge.id, author.person.id);
		expect((await failure(report(visitorLike, 'challenge', challenge.id))).code).toBe('not_found');
		expect((await failure(report(visitorLike, 'answer', answer.id))).code).toBe('not_found');
		await report((await member()).actor, 'answer', answer.id);

		const shy = await makePerson(t.db, { visibility: { profile: 'members' } });
		expect((await failure(report(visitorLike, 'profile', shy.id))).code).toBe('not_found');
		const view = await getReportTarget((await member()).actor, { values: { type: 'profile', id: shy.id }, locale: 'pl' }, t.deps);
		expect(view).toMatchObject({ type: 'profile', authorName: shy.name, path: `/pl/people/${shy.handle}` });
	});
});

describe('moderating', () => {
	it('hides a post with a reason, mails the author in their language, audits; restores it', async () => {
		const author = await member({ locale: 'pl' });
		const { thread, post } = await replyBy(author.person.id);
		const reporters = [actorOf(await makePerson(t.db)), (await member()).actor];
		for (const r of reporters) await report(r, 'post', post.id);
		const moderator = await coordinator();

		const queue = await listReports(moderator, { locale: 'en' }, t.deps);
		const entry = queue.entries.find((e) => e.type === 'post' && e.id === post.id);
		expect(entry).toMatchObject({ openReports: 2, reporters: 2, excerpt: 'Buy cheap shoes', author: { handle: author.person.handle } });
		expect(entry?.path).toBe(`/en/discussions/${thread.slug}#reply-${post.number}`);
		expect(entry?.reasons.map((r) => r.reason)).toEqual(['spam', 'spam']);

		await hideContent(moderator, { type: 'post', id: post.id, values: { reason: 'Advertising' } }, t.deps);
		const hidden = await t.db
			.selectFrom('posts')
			.select(['hidden_at', 'hidden_reason'])
			.where('id', '=', post.id)
			.executeTakeFirstOrThrow();
		expect(hidden.hidden_at).not.toBeNull();
		expect(hidden.hidden_reason).toBe('Advertising');
		const statuses = await t.db
			.selectFrom('reports')
			.select('status')
			.where('target_id', '=', post.id)
			.where('target_type', '=', 'post')
			.execute();
		expect(statuses.map((s) => s.status)).toEqual(['hidden', 'hidden']);
		const [mail] = await findMailTo(t.db, author.person.email);
		expect(mail?.subject).toContain('Moderatorzy');
		expect(mail?.text_body).toContain('Advertising');
		expect(mail?.text_body).toContain(`/pl/discussions/${thread.slug}#reply-${post.number}`);
		expect((await failure(hideContent(moderator, { type: 'post', id: post.id, values: { reason: 'again' } }, t.deps))).messageKey).toBe(
			'moderation_error_already_hidden'
		);
		// a hidden post cannot be reported any more
		expect((await failure(report((await member()).actor, 'post', post.id))).code).toBe('not_found');

		await restoreContent(moderator, { type: 'post', id: post.id }, t.deps);
		const restored = await t.db
			.selectFrom('posts')
			.select(['hidden_at', 'hidden_reason'])
			.where('id', '=', post.id)
			.executeTakeFirstOrThrow();
		expect(restored).toEqual({ hidden_at: null, hidden_reason: null });
		const after = await t.db
			.selectFrom('reports')
			.select('status')
			.where('target_id', '=', post.id)
			.where('target_type', '=', 'post')
			.execute();
		expect(after.map((s) => s.status)).toEqual(['restored', 'restored']);
		const [restoredMail] = await findMailTo(t.db, author.person.email);
		expect(restoredMail.subject).toContain('znowu widoczna');
		expect((await listAuditFor(t.db, 'post', post.id)).map((a) => a.action)).toEqual([
			'moderation.restore',
			'moderation.hide',
			'report.create',
			'report.create'
		]);
		const hideAudit = (await listAuditFor(t.db, 'post', post.id)).find((a) => a.action === 'moderation.hide');
		expect(hideAudit).toMatchObject({ actor_id: moderator.id, details: { reason: 'Advertising', reports: 2 } });
		expect((await failure(restoreContent(moderator, { type: 'post', id: post.id }, t.deps))).messageKey).toBe(
			'moderation_error_not_hidden'
		);
	});

	it('requires a reason to hide, and a moderator to act', async () => {
		const author = await member();
		const { post } = await replyBy(author.person.id);
		await report(actorOf(await makePerson(t.db)), 'post', post.id);
		const moderator = await coordinator();
		expect(
			(await failure(hideContent(moderator, { type: 'post', id: post.id, values: { reason: ' ' } }, t.deps))).fieldErrors.reason?.key
		).toBe('error_required');
		const someone = (await member()).actor;
		expect((await failure(hideContent(someone, { type: 'post', id: post.id, values: { reason: 'x' } }, t.deps))).code).toBe('not_found');
		expect((await failure(listReports(someone, { locale: 'en' }, t.deps))).code).toBe('forbidden');
		expect((await failure(dismissReport(someone, { type: 'post', id: post.id }, t.deps))).code).toBe('not_found');
	});

	it('dismisses open reports without touching the content, audited', async () => {
		const author = await member();
		const challenge = await makeChallenge(t.db, author.person.id);
		await report((await member()).actor, 'challenge', challenge.id, 'off_topic');
		const moderator = await coordinator();
		await dismissReport(moderator, { type: 'challenge', id: challenge.id, values: { note: 'Fine as it is' } }, t.deps);
		const row = await t.db
			.selectFrom('reports')
			.selectAll()
			.where('target_type', '=', 'challenge')
			.where('target_id', '=', challenge.id)
			.executeTakeFirstOrThrow();
		expect(row).toMatchObject({ status: 'dismissed', decided_by: moderator.id, decision_note: 'Fine as it is' });
		expect(
			(await t.db.selectFrom('challenges').select('hidden_at').where('id', '=', challenge.id).executeTakeFirstOrThrow()).hidden_at
		).toBeNull();
		expect((await listAuditFor(t.db, 'challenge', challenge.id))[0]).toMatchObject({
			action: 'moderation.dismiss',
			details: { reports: 1 }
		});
		expect((await failure(dismissReport(moderator, { type: 'challenge', id: challenge.id }, t.deps))).messageKey).toBe(
			'moderation_error_nothing_open'
		);
		const open = await listReports(moderator, { locale: 'en' }, t.deps);
		expect(open.entries.some((e) => e.type === 'challenge' && e.id === challenge.id)).toBe(false);
		const decided = await listReports(moderator, { show: 'decided', locale: 'en' }, t.deps);
		expect(decided.entries.find((e) => e.type === 'challenge' && e.id === challenge.id)?.reasons[0]).toMatchObject({
			reason: 'off_topic',
			status: 'dismissed'
		});
	});

	it('keeps secret group reports out of the network queue; the group’s coordinators moderate them', async () => {
		const group = await makeGroup(t.db, 'secret');
		const groupCoordinator = await member();
		const author = await member();
		const insider = await member();
		await addToGroup(t.db, group.id, groupCoordinator.person.id, 'coordinator');
		await addToGroup(t.db, group.id, author.person.id);
		await addToGroup(t.db, group.id, insider.person.id);
		const { post } = await makeThread(t.db, author.person.id, { groupId: group.id, body: 'Secret plans' });
		await report(insider.actor, 'post', post.id, 'abuse');

		const network = await coordinator();
		const queue = await listReports(network, { locale: 'en' }, t.deps);
		expect(queue.entries.some((e) => e.type === 'post' && e.id === post.id)).toBe(false);
		expect(JSON.stringify(queue)).not.toContain('Secret plans');
		expect((await failure(hideContent(network, { type: 'post', id: post.id, values: { reason: 'x' } }, t.deps))).code).toBe('not_found');
		expect((await failure(dismissReport(network, { type: 'post', id: post.id }, t.deps))).code).toBe('not_found');

		const own = await listReports(groupCoordinator.actor, { locale: 'en' }, t.deps);
		expect(own.network).toBe(false);
		expect(own.entries.map((e) => [e.type, e.id, e.excerpt])).toEqual([['post', post.id, 'Secret plans']]);
		await hideContent(groupCoordinator.actor, { type: 'post', id: post.id, values: { reason: 'Be kind' } }, t.deps);
		expect((await listAuditFor(t.db, 'post', post.id))[0]).toMatchObject({
			action: 'moderation.hide',
			actor_id: groupCoordinator.person.id
		});
	});

	it('lets network coordinators moderate closed groups they are not in', async () => {
		const group = await makeGroup(t.db, 'closed');
		const author = await member();
		const insider = await member();
		await addToGroup(t.db, group.id, author.person.id);
		await addToGroup(t.db, group.id, insider.person.id);
		const { thread } = await makeThread(t.db, author.person.id, { groupId: group.id, title: 'Closed talk' });
		await report(insider.actor, 'thread', thread.id, 'spam');
		const network = await coordinator();
		const queue = await listReports(network, { locale: 'en' }, t.deps);
		expect(queue.entries.find((e) => e.type === 'thread' && e.id === thread.id)).toMatchObject({
			title: 'Closed talk',
			group: { secret: false }
		});
		await hideContent(network, { type: 'thread', id: thread.id, values: { reason: 'Spam' } }, t.deps);
		expect(
			(await t.db.selectFrom('threads').select('hidden_reason').where('id', '=', thread.id).executeTakeFirstOrThrow()).hidden_reason
		).toBe('Spam');
	});

	it('hides an answer and a challenge, and still closes reports about deleted things', async () => {
		const author = await member();
		const challenge = await makeChallenge(t.db, author.person.id);
		const answer = await makeAnswer(t.db, challenge.id, author.person.id, 'Try [this](https://spam.example)');
		await report((await member()).actor, 'answer', answer.id);
		const moderator = await coordinator();
		const queue = await listReports(moderator, { locale: 'en' }, t.deps);
		expect(queue.entries.find((e) => e.type === 'answer' && e.id === answer.id)).toMatchObject({
			excerpt: 'Try this',
			path: `/en/challenges/${challenge.slug}#answer-${answer.id}`
		});
		await hideContent(moderator, { type: 'answer', id: answer.id, values: { reason: 'Spam link' } }, t.deps);
		await hideContent(moderator, { type: 'challenge', id: challenge.id, values: { reason: 'Off topic' } }, t.deps);

		const gone = await makeChallenge(t.db, author.person.id);
		await report((await member()).actor, 'challenge', gone.id);
		await t.db.deleteFrom('challenges').where('id', '=', gone.id).execute();
		const entry = (await listReports(moderator, { locale: 'en' }, t.deps)).entries.find((e) => e.type === 'challenge' && e.id === gone.id);
		expect(entry).toMatchObject({ exists: false, path: null });
		await dismissReport(moderator, { type: 'challenge', id: gone.id }, t.deps);
	});
});
