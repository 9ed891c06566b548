import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { timeZoneOptions, toLocalInput } from '$lib/datetime';
import { checkVersion, conflict, editVersion, invalid, notFound, validate, type Deps } from '../../platform/core';
import { authorize, type MaybeActor } from '../../platform/auth';
import { insertMail } from '../../platform/mail';
import { insertAudit } from '../../platform/audit';
import { listAreas } from '../../knowledge/areas';
import { visibleAuthor } from '../../directory/people';
import { countFollowers, follow, isFollowing, unfollow } from '../../notify/follows';
import { callPolicy } from './calls.policy';
import { reindexCall } from '../../knowledge/search';
import * as q from './calls.queries';
import { daysLeft, deadlineText } from './deadline';
import {
	callFiltersSchema,
	callSchema,
	decisionSchema,
	type CallDetails,
	type CallFormView,
	type CallInput,
	type CallList,
	type CallSummary
} from './calls.schemas';
import { sortCollator } from '$lib/intl';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db';
import { countryName, countryOptions, newSlugCandidates, renderMarkdown } from '../../shared';
import { asLocale } from '../../platform/i18n';

export const CALLS_PAGE_SIZE = 20;

type AreaRow = Awaited<ReturnType<typeof q.listCallAreas>>[number];

function toSummary(row: q.CallRow, areas: AreaRow[], locale: string, now: Date): CallSummary {
	const left = daysLeft(row.deadline, row.time_zone, now);
	return {
		slug: row.slug,
		title: row.title,
		funder: row.funder,
		programme: row.programme,
		budget: row.budget,
		deadline: row.deadline.toISOString(),
		deadlineText: deadlineText(row.deadline, row.time_zone, locale),
		timeZone: row.time_zone,
		daysLeft: left,
		closed: row.deadline < now,
		status: row.status,
		areas: areas.filter((a) => a.call_id === row.id).map((a) => ({ key: a.key, name: a.name })),
		countries: row.countries.map((code) => ({ key: code, name: countryName(code, locale) }))
	};
}

async function summaries(db: Deps['db'], rows: q.CallRow[], locale: string, now: Date) {
	const areas = await q.listCallAreas(
		db,
		rows.map((r) => r.id),
		locale
	);
	return rows.map((row) => toSummary(row, areas, locale, now));
}

/**
 * The calls page: checked calls for everyone (open ones by nearest deadline first), the
 * member's own calls that wait for a check, and for coordinators the calls to check.
 */
export async function listCalls(
	actor: MaybeActor,
	input: { query: URLSearchParams; locale: Locale; now?: Date },
	{ db }: Deps
): Promise<CallList> {
	const now = input.now ?? new Date();
	const filters = callFiltersSchema.parse(Object.fromEntries(input.query));
	const { rows, total } = await q.listCheckedCalls(db, {
		...filters,
		now,
		limit: CALLS_PAGE_SIZE,
		offset: (filters.page - 1) * CALLS_PAGE_SIZE
	});
	const [areas, countries, mineRows, toCheckRows] = await Promise.all([
		listAreas(db, input.locale),
		q.listCallCountries(db),
		actor ? q.listUncheckedCalls(db, { addedBy: actor.id, statuses: ['pending', 'rejected'] }) : Promise.resolve([]),
		callPolicy.check(actor) ? q.listUncheckedCalls(db, { statuses: ['pending'] }) : Promise.resolve([])
	]);
	const collator = sortCollator(input.locale);
	const toCheck = await summaries(db, toCheckRows, input.locale, now);
	return {
		items: await summaries(db, rows, input.locale, now),
		total,
		page: filters.page,
		pages: Math.max(1, Math.ceil(total / CALLS_PAGE_SIZE)),
		filters,
		options: {
			areas: areas.map((a) => ({ value: a.key, label: a.name })),
			countries: countries
				.map((code) => ({ value: code, label: countryName(code, input.locale) }))
				.sort((a, b) => collator.compare(a.label, b.label))
		},
		mine: await summaries(db, mineRows, input.locale, now),
		toCheck: toCheck.map((call, i) => ({ ...call, addedBy: toCheckRows[i].adder_name ?? '' })),
		canAdd: callPolicy.add(actor)
	};
}

/** Checked calls still open, nearest deadline first: "calls closing soon" for the home page. */
export async function upcomingCalls(
	actor: MaybeActor,
	input: { locale: Locale; limit?: number; now?: Date },
	{ db }: Deps
): Promise<CallSummary[]> {
	const now = input.now ?? new Date();
	const { rows } = await q.listCheckedCalls(db, { area: '', country: '', state: 'open', now, limit: input.limit ?? 5, offset: 0 });
	return summaries(db, rows, input.locale, now);
}

async function visibleCall(actor: MaybeActor, slug: string, db: Deps['db']) {
	const call = await q.findCallBySlug(db, slug);
	if (!call) throw notFound();
	authorize(actor, callPolicy, 'view', call);
	return call;
}

/** One call with everything about it; pending or rejected ones only for the adder and coordinators. */
export async function getCall(
	actor: MaybeActor,
	input: { slug: string; locale: Locale; now?: Date; hasOrganisation?: boolean },
	deps: Deps
): Promise<CallDetails> {
	const now = input.now ?? new Date();
	const call = await visibleCall(actor, input.slug, deps.db);
	const target = { type: 'call' as const, id: call.id };
	const [[summary], followers, following] = await Promise.all([
		summaries(deps.db, [call], input.locale, now),
		countFollowers(target, deps),
		isFollowing(actor, target, deps)
	]);
	return {
		...summary,
		id: call.id,
		url: call.url,
		eligibility: call.eligibility,
		descriptionHtml: renderMarkdown(call.description),
		// named only to readers who may see the person's profile (the people directory's rule)
		addedBy: visibleAuthor(actor, {
			id: call.created_by,
			name: call.adder_name,
			handle: call.adder_handle,
			visibility: call.adder_visibility,
			hidden_at: call.adder_hidden_at
		}),
		followers,
		following,
		canFollow: callPolicy.follow(actor, call),
		canEdit: callPolicy.edit(actor, call),
		canCheck: callPolicy.check(actor) && call.status === 'pending',
		canLookForPartners: callPolicy.follow(actor, call) && !summary.closed
	};
}

async function formOptions(locale: Locale, db: Deps['db']) {
	const areas = await listAreas(db, locale);
	return {
		areas: areas.map((a) => ({ value: String(a.id), label: a.name })),
		countries: countryOptions(locale),
		timeZones: timeZoneOptions()
	};
}

/** The empty form for a new call (members only). */
export async function getNewCallForm(actor: MaybeActor, input: { locale: Locale }, { db }: Deps): Promise<CallFormView> {
	authorize(actor, callPolicy, 'add');
	return { values: { time_zone: 'Europe/Brussels', countries: [], areas: [] }, ...(await formOptions(input.locale, db)) };
}

/** The form filled with a call's fields, for whoever may edit it. */
export async function getEditCallForm(
	actor: MaybeActor,
	input: { slug: string; locale: Locale },
	{ db }: Deps
): Promise<CallFormView & { slug: string; title: string }> {
	authorize(actor, callPolicy, 'signedIn');
	const call = await visibleCall(actor, input.slug, db);
	authorize(actor, callPolicy, 'edit', call);
	const values = await callFormValues(db, call);
	return {
		slug: call.slug,
		title: call.title,
		values,
		version: editVersion(call.version, values),
		...(await formOptions(input.locale, db))
	};
}

/** A stored call as the values of its form. */
async function callFormValues(db: Deps['db'], call: q.CallRow) {
	const areas = await q.listCallAreas(db, [call.id], 'en');
	return {
		title: call.title,
		funder: call.funder,
		programme: call.programme,
		url: call.url ?? '',
		deadline: toLocalInput(call.deadline, call.time_zone),
		time_zone: call.time_zone,
		budget: call.budget,
		eligibility: call.eligibility,
		description: call.description,
		areas: areas.map((a) => String(a.id)),
		countries: call.countries
	};
}

async function checkAreas(db: Deps['db'], call: CallInput) {
	const known = await q.existingAreaIds(db, call.areas);
	if (known.length !== call.areas.length) throw invalid({ areas: { key: 'error_invalid_choice' } });
}

const fieldsOf = (call: CallInput): q.CallFields => ({
	title: call.title,
	funder: call.funder,
	programme: call.programme,
	url: call.url || null,
	deadline: call.deadlineAt,
	time_zone: call.time_zone,
	budget: call.budget,
	eligibility: call.eligibility,
	description: call.description,
	countries: call.countries
});

/**
 * A member adds a call. It waits for a coordinator's check before it is listed; a
 * coordinator's own call is checked at once. Refused: visitors, non-members, a past deadline.
 */
export async function createCall(
	actor: MaybeActor,
	input: { values: unknown; now?: Date },
	{ db }: Deps
): Promise<{ slug: string; status: 'pending' | 'checked' }> {
	authorize(actor, callPolicy, 'add');
	const call = validate(callSchema, input.values);
	if (call.deadlineAt <= (input.now ?? new Date())) throw invalid({ deadline: { key: 'calls_error_deadline_past' } });
	await checkAreas(db, call);
	const status = callPolicy.check(actor) ? 'checked' : 'pending';
	return db.transaction().execute(async (trx) => {
		let slug = '';
		for (const candidate of newSlugCandidates(call.title, 'call')) {
			if (!(await q.slugTaken(trx, candidate))) {
				slug = candidate;
				break;
			}
		}
		const created = await q.insertCall(trx, { ...fieldsOf(call), slug, status, created_by: actor.id });
		await q.setCallAreas(trx, created.id, call.areas);
		if (status === 'checked')
			await insertAudit(trx, { actorId: actor.id, action: 'call.check', subjectType: 'call', subjectId: created.id });
		await reindexCall(trx, created.id);
		return { slug: created.slug, status };
	});
}

/**
 * The adder or a coordinator corrects a call. A rejected call edited by its adder goes back
 * to the coordinators' queue; a new deadline means new reminders. A save based on an older
 * version of the form is refused when someone else changed it since.
 */
export async function updateCall(actor: MaybeActor, input: { slug: string; values: unknown }, { db }: Deps): Promise<{ slug: string }> {
	authorize(actor, callPolicy, 'signedIn');
	const existing = await visibleCall(actor, input.slug, db);
	authorize(actor, callPolicy, 'edit', existing);
	const call = validate(callSchema, input.values);
	await checkAreas(db, call);
	const resubmitted = existing.status === 'rejected' && !callPolicy.check(actor);
	await db.transaction().execute(async (trx) => {
		const locked = await q.lockCall(trx, existing.id);
		if (!locked) throw notFound();
		await checkVersion({
			input: input.values,
			current: locked.version,
			theirs: async () => {
				const now = await q.findCallById(trx, existing.id);
				if (!now) throw notFound();
				return callFormValues(trx, now);
			}
		});
		await q.updateCall(trx, existing.id, { ...fieldsOf(call), ...(resubmitted ? { status: 'pending' as const } : {}) });
		await q.setCallAreas(trx, existing.id, call.areas);
		await reindexCall(trx, existing.id);
	});
	return { slug: existing.slug };
}

/**
 * A coordinator marks a pending call checked (listed for everyone) or rejected, with an
 * optional reason. Audited; the person who added it hears of it by mail in their language.
 * A call someone else decided first is a conflict.
 */
export async function decideOnCall(
	actor: MaybeActor,
	input: { slug: string; values: unknown },
	{ db, origin }: Deps
): Promise<{ status: 'checked' | 'rejected' }> {
	authorize(actor, callPolicy, 'check');
	const { decision, reason } = validate(decisionSchema, input.values);
	const call = await q.findCallBySlug(db, input.slug);
	if (!call) throw notFound();
	const status = decision === 'check' ? 'checked' : 'rejected';
	return db.transaction().execute(async (trx) => {
		const decided = await q.decideCall(trx, call.id, status, actor.id);
		if (!decided) throw conflict('calls_error_already_decided');
		await reindexCall(trx, call.id);
		await insertAudit(trx, {
			actorId: actor.id,
			action: `call.${decision}`,
			subjectType: 'call',
			subjectId: call.id,
			details: reason ? { reason } : {}
		});
		const adder = decided.created_by === null || decided.created_by === actor.id ? undefined : await q.findPerson(trx, decided.created_by);
		if (adder) {
			const locale = asLocale(adder.locale);
			const params = { name: adder.name, title: call.title, url: `${origin}/${locale}/calls/${call.slug}`, reason: reason || '-' };
			await insertMail(trx, {
				to: adder.email,
				subject: (status === 'checked' ? m.calls_mail_checked_subject : m.calls_mail_rejected_subject)({ title: call.title }, { locale }),
				text: (status === 'checked' ? m.calls_mail_checked_text : m.calls_mail_rejected_text)(params, { locale })
			});
		}
		return { status };
	});
}

/** A member follows a checked call: reminders 14 and 3 days before its deadline. */
export async function followCall(actor: MaybeActor, input: { slug: string; follow: boolean }, deps: Deps): Promise<void> {
	authorize(actor, callPolicy, 'signedIn');
	const call = await visibleCall(actor, input.slug, deps.db);
	const target = { type: 'call' as const, id: call.id };
	if (!input.follow) return unfollow(actor, target, deps);
	authorize(actor, callPolicy, 'follow', call);
	await follow(actor, target, deps);
}

/** For partner search: the call by id, if the actor may see it. */
export async function findVisibleCall(actor: MaybeActor, id: number, { db }: Deps) {
	const call = await q.findCallById(db, id);
	return call && callPolicy.view(actor, call) ? call : undefined;
}

/** For partner search: an open (checked) call by slug, if the actor may see it. Takes the caller's transaction or db. */
export async function findOpenCall(actor: MaybeActor, slug: string, db: Kysely<DB> | Transaction<DB>) {
	const call = await q.findCallBySlug(db, slug);
	return call && callPolicy.view(actor, call) && call.status === 'checked' ? call : undefined;
}

/** The call's thematic areas, for a project born of a partner search on it. */
export async function callAreaIds(db: Kysely<DB> | Transaction<DB>, callId: number): Promise<number[]> {
	return (await q.listCallAreas(db, [callId], 'en')).map((area) => area.id);
}
