/**
 * Reports and moderation decisions. Anyone signed in reports a post, answer, challenge, thread
 * or profile they can see; moderators (moderation.policy.ts) hide it with a reason the author
 * is told by mail and sees in its place, restore it, or dismiss the reports. Every step is in
 * the audit log, under the reported thing (subject type = target type).
 */
import { authorize, type Actor, type MaybeActor } from '../../platform/auth';
import { conflict, notFound, validate, type Deps } from '../../platform/core';
import type { ReportTarget } from '../../platform/db';
import { insertAudit } from '../../platform/audit';
import { insertMail } from '../../platform/mail';
import { findGroupStanding } from '../groups';
import { NO_STANDING, type GroupStanding } from '../groups';
import { replyPath, threadPath } from '../discussions';
import { reindexChallenge, reindexPerson } from '../../knowledge/search';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { moderationPolicy } from './moderation.policy';
import * as q from './reports.queries';
import * as targetQueries from './report-targets.queries';
import {
	hideSchema,
	noteSchema,
	parseReason,
	QUEUE_PAGE_SIZE,
	reportSchema,
	storedReason,
	targetSchema,
	type QueueEntry,
	type ReportQueue,
	type ReportTargetView
} from './moderation.schemas';

type Db = Deps['db'];
type TargetRef = { type: ReportTarget; id: number };

const EXCERPT_LENGTH = 280;

/** Plain text for an excerpt: Markdown marks and spacing tamed, cut at a word. */
export function excerptOf(text: string, length = EXCERPT_LENGTH): string {
	const plain = text
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/^>\s?/gm, '')
		.replace(/[*_`#]+/g, '')
		.replace(/\s+/g, ' ')
		.trim();
	if (plain.length <= length) return plain;
	const cut = plain.slice(0, length);
	const space = cut.lastIndexOf(' ');
	return `${(space > length * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Where the target is shown, in `locale`, or null when it has no page (gone). */
export function targetPath(target: targetQueries.TargetRow, locale: string): string | null {
	switch (target.type) {
		case 'post':
			return target.thread && target.postNumber !== null
				? replyPath(locale, target.thread.slug, target.group?.slug ?? null, target.postNumber)
				: null;
		case 'thread':
			return target.thread ? threadPath(locale, target.thread.slug, target.group?.slug ?? null) : null;
		case 'challenge':
			return target.challenge ? `/${locale}/challenges/${target.challenge.slug}` : null;
		case 'answer':
			return target.challenge ? `/${locale}/challenges/${target.challenge.slug}#answer-${target.id}` : null;
		case 'profile':
			return target.handle ? `/${locale}/people/${target.handle}` : null;
	}
}

const standingIn = (db: Db, target: targetQueries.TargetRow, personId: number | null): Promise<GroupStanding> =>
	target.group ? findGroupStanding(db, target.group.id, personId) : Promise.resolve(NO_STANDING);

/**
 * The target as the reporter may see it, or not found. Their own content is refused (they can
 * edit or delete it); a hidden thing is not found (only its author and moderators see it).
 */
async function reportable(db: Db, actor: Actor, ref: TargetRef): Promise<targetQueries.TargetRow> {
	const target = (await targetQueries.findTargets(db, [ref])).get(targetQueries.targetKey(ref.type, ref.id));
	if (!target) throw notFound();
	authorize(actor, moderationPolicy, 'report', { target, standing: await standingIn(db, target, actor.id) });
	if (target.type === 'profile' && !(await targetQueries.profileVisibleTo(db, actor, target.id))) throw notFound();
	authorize(actor, moderationPolicy, 'reportOthers', target);
	return target;
}

/** For the report page: what is being reported, as much as the reporter may see. */
export async function getReportTarget(
	actor: MaybeActor,
	input: { values: Record<string, unknown>; locale: Locale },
	deps: Deps
): Promise<ReportTargetView> {
	authorize(actor, moderationPolicy, 'signedIn');
	let ref: TargetRef;
	try {
		ref = validate(targetSchema, input.values);
	} catch {
		throw notFound();
	}
	const target = await reportable(deps.db, actor, ref);
	return {
		type: target.type,
		id: target.id,
		title: target.type === 'profile' ? null : target.title,
		excerpt: target.type === 'profile' ? '' : excerptOf(target.text),
		authorName: target.author?.name ?? null,
		path: targetPath(target, input.locale) ?? `/${input.locale}`,
		alreadyReported: (await q.findOpenReport(deps.db, actor.id, ref.type, ref.id)) !== undefined
	};
}

/** Files a report. One open report per person and target; a second is refused kindly. */
export async function reportContent(
	actor: MaybeActor,
	input: { type: unknown; id: unknown; values: Record<string, unknown> },
	deps: Deps
): Promise<{ reportId: number }> {
	authorize(actor, moderationPolicy, 'signedIn');
	let ref: TargetRef;
	try {
		ref = validate(targetSchema, { type: input.type, id: input.id });
	} catch {
		throw notFound();
	}
	const { reason, details } = validate(reportSchema, input.values);
	return deps.db.transaction().execute(async (trx) => {
		await q.lockReporter(trx, actor.id);
		await reportable(trx, actor, ref);
		if (await q.findOpenReport(trx, actor.id, ref.type, ref.id)) throw conflict('moderation_error_duplicate');
		const reportId = await q.insertReport(trx, { reporterId: actor.id, type: ref.type, id: ref.id, reason: storedReason(reason, details) });
		await insertAudit(trx, {
			actorId: actor.id,
			action: 'report.create',
			subjectType: ref.type,
			subjectId: ref.id,
			details: { reportId, reason }
		});
		return { reportId };
	});
}

/** The moderator's view of a target: not found if it is gone or if they may not moderate it. */
async function moderated(db: Db, actor: Actor, ref: TargetRef): Promise<targetQueries.TargetRow> {
	const target = (await targetQueries.findTargets(db, [ref])).get(targetQueries.targetKey(ref.type, ref.id));
	if (!target) throw notFound();
	const placed = { target, standing: await standingIn(db, target, actor.id) };
	authorize(actor, moderationPolicy, 'findToModerate', placed);
	authorize(actor, moderationPolicy, 'moderate', placed);
	return target;
}

function parseTarget(input: { type: unknown; id: unknown }): TargetRef {
	try {
		return validate(targetSchema, input);
	} catch {
		throw notFound();
	}
}

/** Mails the author, in their language, that moderators hid their content (with why) or restored it. */
async function tellAuthor(
	trx: Db,
	target: targetQueries.TargetRow,
	type: ReportTarget,
	origin: string,
	{ hiddenFor }: { hiddenFor: string | null }
) {
	const author = target.author;
	if (!author) return;
	const locale = (author.locale === 'pl' ? 'pl' : 'en') as Locale;
	const path = targetPath(target, locale);
	const params = { name: author.name, what: whatLabel(type, locale), link: path ? `${origin}${path}` : origin };
	await insertMail(trx, {
		to: author.email,
		subject: (hiddenFor === null ? m.moderation_mail_restored_subject : m.moderation_mail_hidden_subject)(
			{ what: params.what },
			{ locale }
		),
		text:
			hiddenFor === null
				? m.moderation_mail_restored_body(params, { locale })
				: m.moderation_mail_hidden_body({ ...params, reason: hiddenFor }, { locale })
	});
}

/** Keeps search in step: the indexer leaves hidden profiles and challenges out, restored ones return. */
async function syncSearch(db: Db, target: targetQueries.TargetRow) {
	if (target.type === 'profile') await reindexPerson(db, target.id);
	if (target.type === 'challenge') await reindexChallenge(db, target.id);
}

const whatLabel = (type: ReportTarget, locale: Locale) =>
	({
		post: m.moderation_what_post,
		answer: m.moderation_what_answer,
		challenge: m.moderation_what_challenge,
		thread: m.moderation_what_thread,
		profile: m.moderation_what_profile
	})[type]({}, { locale });

/**
 * Hides the target with a reason: nobody but its author and moderators sees it; the author is
 * told by mail, in their language, with the reason and a link. Open reports become 'hidden'.
 */
export async function hideContent(
	actor: MaybeActor,
	input: { type: unknown; id: unknown; values: Record<string, unknown> },
	deps: Deps
): Promise<void> {
	authorize(actor, moderationPolicy, 'signedIn');
	const ref = parseTarget(input);
	const { reason } = validate(hideSchema, input.values);
	await deps.db.transaction().execute(async (trx) => {
		const target = await moderated(trx, actor, ref);
		const locked = await targetQueries.lockTarget(trx, ref.type, ref.id);
		if (!locked) throw notFound();
		if (locked.hidden_at) throw conflict('moderation_error_already_hidden');
		await targetQueries.setHidden(trx, ref.type, ref.id, reason);
		const reports = await q.decideReports(trx, ref, ['open'], { status: 'hidden', by: actor.id, note: reason });
		await insertAudit(trx, {
			actorId: actor.id,
			action: 'moderation.hide',
			subjectType: ref.type,
			subjectId: ref.id,
			details: { reason, reports }
		});
		if (target.authorId !== actor.id) await tellAuthor(trx, target, ref.type, deps.origin, { hiddenFor: reason });
		await syncSearch(trx, target);
	});
}

/** Shows hidden content again; its reports become 'restored' and the author is told. */
export async function restoreContent(
	actor: MaybeActor,
	input: { type: unknown; id: unknown; values?: Record<string, unknown> },
	deps: Deps
): Promise<void> {
	authorize(actor, moderationPolicy, 'signedIn');
	const ref = parseTarget(input);
	const { note } = validate(noteSchema, input.values ?? {});
	await deps.db.transaction().execute(async (trx) => {
		const target = await moderated(trx, actor, ref);
		const locked = await targetQueries.lockTarget(trx, ref.type, ref.id);
		if (!locked) throw notFound();
		if (!locked.hidden_at) throw conflict('moderation_error_not_hidden');
		await targetQueries.setHidden(trx, ref.type, ref.id, null);
		const reports = await q.decideReports(trx, ref, ['hidden', 'open'], { status: 'restored', by: actor.id, note });
		await insertAudit(trx, {
			actorId: actor.id,
			action: 'moderation.restore',
			subjectType: ref.type,
			subjectId: ref.id,
			details: { note, reports, hiddenReason: target.hiddenReason }
		});
		if (target.authorId !== actor.id) await tellAuthor(trx, target, ref.type, deps.origin, { hiddenFor: null });
		await syncSearch(trx, target);
	});
}

/** Closes the target's open reports without acting on it (they were unfounded). */
export async function dismissReport(
	actor: MaybeActor,
	input: { type: unknown; id: unknown; values?: Record<string, unknown> },
	deps: Deps
): Promise<void> {
	authorize(actor, moderationPolicy, 'signedIn');
	const ref = parseTarget(input);
	const { note } = validate(noteSchema, input.values ?? {});
	await deps.db.transaction().execute(async (trx) => {
		const target = await targetQueries.findTargets(trx, [ref]).then((map) => map.get(targetQueries.targetKey(ref.type, ref.id)));
		// a report about something since deleted for good can still be closed, by network coordinators
		if (target) await moderated(trx, actor, ref);
		else authorize(actor, moderationPolicy, 'moderateNetwork');
		const reports = await q.decideReports(trx, ref, ['open'], { status: 'dismissed', by: actor.id, note });
		if (reports === 0) throw conflict('moderation_error_nothing_open');
		await insertAudit(trx, {
			actorId: actor.id,
			action: 'moderation.dismiss',
			subjectType: ref.type,
			subjectId: ref.id,
			details: { note, reports }
		});
	});
}

/**
 * The moderation queue: reported things with how many people reported them, their reasons, an
 * excerpt, the author and a link; open ones first. Network coordinators see everything outside
 * secret groups; a group's coordinators see their group's reports (secret groups included).
 */
export async function listReports(
	actor: MaybeActor,
	input: { show?: unknown; page?: unknown; locale: Locale },
	deps: Deps
): Promise<ReportQueue> {
	authorize(actor, moderationPolicy, 'signedIn');
	const personId = actor.id;
	const network = moderationPolicy.moderateNetwork(actor);
	authorize(actor, moderationPolicy, 'seeQueue', { coordinatesGroup: network || (await q.coordinatesAnyGroup(deps.db, personId)) });
	const scope = { network, personId };
	const show = input.show === 'decided' ? 'decided' : 'open';
	const count = await q.countQueue(deps.db, scope, show);
	const pages = Math.max(1, Math.ceil(count / QUEUE_PAGE_SIZE));
	const requested = Number(input.page);
	const page = Number.isInteger(requested) && requested >= 1 ? Math.min(requested, pages) : 1;
	const rows = await q.listQueue(deps.db, scope, show, QUEUE_PAGE_SIZE, (page - 1) * QUEUE_PAGE_SIZE);
	const refs = rows.map((r) => ({ type: r.target_type, id: r.target_id }));
	const [targets, reasons] = await Promise.all([targetQueries.findTargets(deps.db, refs), q.listReasons(deps.db, refs, 5)]);
	const entries: QueueEntry[] = rows.map((row) => {
		const target = targets.get(targetQueries.targetKey(row.target_type, row.target_id));
		return {
			type: row.target_type,
			id: row.target_id,
			exists: target !== undefined,
			title: target?.type === 'profile' ? null : (target?.title ?? null),
			excerpt: target ? excerptOf(target.text) : '',
			deleted: target?.deletedAt != null,
			author: target?.author ? { name: target.author.name, handle: target.author.handle } : null,
			path: target ? targetPath(target, input.locale) : null,
			group: target?.group ? { slug: target.group.slug, name: target.group.name, secret: target.group.kind === 'secret' } : null,
			hidden: target?.hiddenAt ? { at: target.hiddenAt, reason: target.hiddenReason ?? '' } : null,
			openReports: row.open_count,
			reporters: row.reporters,
			lastReportedAt: new Date(row.last_reported_at),
			reasons: reasons
				.filter((r) => r.target_type === row.target_type && r.target_id === row.target_id)
				.map((r) => ({
					...parseReason(r.reason),
					reporter: r.reporter_name && r.reporter_handle ? { name: r.reporter_name, handle: r.reporter_handle } : null,
					status: r.status,
					createdAt: new Date(r.created_at)
				}))
		};
	});
	return { show, entries, count, page, pages, network };
}
