import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { conflict, invalid, notFound, validate, type Deps } from '../../platform/core';
import { authorize, type MaybeActor } from '../../platform/auth';
import { insertMail } from '../../platform/mail';
import { insertAudit } from '../../platform/audit';
import { callAreaIds, findOpenCall } from '../calls';
import { foundProject } from '../projects';
import { reindexProject } from '../../knowledge/search';
import { partnerPolicy } from './partners.policy';
import * as q from './partners.queries';
import {
	decisionSchema,
	interestSchema,
	newSearchSchema,
	type InterestView,
	type NewSearchForm,
	type OrganisationRef,
	type SearchDetails,
	type SearchSummary
} from './partners.schemas';
import { approvedOrganisationsOf, cityName, countryName, countryOptions, newSlugCandidates, renderMarkdown } from '../../shared';
import { asLocale } from '../../platform/i18n';

type Db = Deps['db'];

function organisationRef(
	row: {
		org_slug: string;
		org_name: string;
		org_type: OrganisationRef['type'];
		city_name: string;
		city_name_en: string | null;
		country_code: string;
	},
	id: number,
	locale: string
): OrganisationRef {
	return {
		id,
		slug: row.org_slug,
		name: row.org_name,
		type: row.org_type,
		city: cityName({ name: row.city_name, name_en: row.city_name_en }, locale),
		country: countryName(row.country_code, locale)
	};
}

function toSummary(row: q.SearchRow, locale: string): SearchSummary {
	return {
		slug: row.slug,
		title: row.title,
		status: row.status,
		organisation: organisationRef(row, row.organisation_id, locale),
		// a call someone un-checked is not shown to everyone any more
		call: row.call_slug && row.call_title && row.call_status === 'checked' ? { slug: row.call_slug, title: row.call_title } : null,
		rolesSought: row.roles_sought,
		countries: row.countries.map((code) => ({ key: code, name: countryName(code, locale) })),
		organisationTypes: row.organisation_types as SearchSummary['organisationTypes'],
		interestCount: Number(row.interest_count ?? 0),
		createdAt: row.created_at.toISOString()
	};
}

function requireMember(actor: MaybeActor) {
	authorize(actor, partnerPolicy, 'view');
	return actor;
}

/** Open partner searches (members only), newest first; of one call when `callId` is given. */
export async function listPartnerSearches(
	actor: MaybeActor,
	input: { locale: Locale; callId?: number },
	{ db }: Deps
): Promise<SearchSummary[]> {
	requireMember(actor);
	const rows = await q.listSearches(db, { callId: input.callId, statuses: ['open'] });
	return rows.map((row) => toSummary(row, input.locale));
}

/** For the call page: its open searches, or nothing for visitors (they are told to sign in). */
export async function listSearchesOfCall(
	actor: MaybeActor,
	input: { locale: Locale; callId: number },
	deps: Deps
): Promise<SearchSummary[] | null> {
	if (!partnerPolicy.view(actor)) return null;
	return listPartnerSearches(actor, input, deps);
}

/** What the "look for partners" form needs: the actor's organisations and the call, if any. */
export async function getNewSearchForm(
	actor: MaybeActor,
	input: { locale: Locale; call?: string | null },
	{ db }: Deps
): Promise<NewSearchForm> {
	const member = requireMember(actor);
	const call = input.call ? await findOpenCall(actor, input.call, db) : undefined;
	if (input.call && !call) throw notFound();
	const organisations = await approvedOrganisationsOf(db, member.id);
	return {
		call: call ? { slug: call.slug, title: call.title } : null,
		organisations,
		countries: countryOptions(input.locale),
		blocked: organisations.length === 0 ? 'no_organisation' : null
	};
}

/**
 * A member posts a "looking for partners" search on behalf of one of their organisations,
 * for a checked call still open, or for no call. Refused: visitors, non-members, someone
 * else's organisation, a call closed or not listed.
 */
export async function createPartnerSearch(
	actor: MaybeActor,
	input: { values: unknown; now?: Date },
	{ db }: Deps
): Promise<{ slug: string }> {
	const member = requireMember(actor);
	const data = validate(newSearchSchema, input.values);
	const mine = await approvedOrganisationsOf(db, member.id);
	authorize(actor, partnerPolicy, 'postFor', { belongsToOrganisation: mine.some((o) => o.id === data.organisation_id) });
	let callId: number | null = null;
	if (data.call) {
		const call = await findOpenCall(actor, data.call, db);
		if (!call) throw invalid({ call: { key: 'error_invalid_choice' } });
		if (call.deadline < (input.now ?? new Date()))
			throw invalid({ call: { key: 'partners_error_call_closed' } }, 'partners_error_call_closed');
		callId = call.id;
	}
	return db.transaction().execute(async (trx) => {
		let slug = '';
		for (const candidate of newSlugCandidates(data.title, 'partners')) {
			if (!(await q.slugTaken(trx, candidate))) {
				slug = candidate;
				break;
			}
		}
		return q.insertSearch(trx, {
			slug,
			call_id: callId,
			organisation_id: data.organisation_id,
			person_id: member.id,
			title: data.title,
			idea: data.idea,
			roles_sought: data.roles_sought,
			organisation_types: data.organisation_types,
			countries: data.countries
		});
	});
}

async function visibleSearch(actor: MaybeActor, slug: string, db: Db) {
	requireMember(actor);
	const search = await q.findSearchBySlug(db, slug);
	if (!search) throw notFound();
	return search;
}

function toInterest(row: Awaited<ReturnType<typeof q.listInterests>>[number], locale: string): InterestView {
	return {
		id: row.id,
		organisation: organisationRef(row, row.organisation_id, locale),
		person: row.person_name,
		message: row.message,
		status: row.status,
		role: row.role
	};
}

/**
 * A search with its interests: the posting organisation's people see all of them and may
 * decide; others see only their own organisations' answers and may answer for the rest.
 */
export async function getPartnerSearch(actor: MaybeActor, input: { slug: string; locale: Locale }, { db }: Deps): Promise<SearchDetails> {
	const search = await visibleSearch(actor, input.slug, db);
	const [mine, interests] = await Promise.all([approvedOrganisationsOf(db, actor!.id), q.listInterests(db, search.id)]);
	const myIds = new Set(mine.map((o) => o.id));
	const canManage = partnerPolicy.manage(actor, { belongsToPoster: myIds.has(search.organisation_id) });
	const answered = new Set(interests.map((i) => i.organisation_id));
	return {
		...toSummary(search, input.locale),
		ideaHtml: renderMarkdown(search.idea),
		project: search.project_slug && search.project_title ? { slug: search.project_slug, title: search.project_title } : null,
		canManage,
		canComplete: canManage && search.status === 'open' && interests.some((i) => i.status === 'accepted'),
		interests: interests.filter((i) => canManage || myIds.has(i.organisation_id)).map((i) => toInterest(i, input.locale)),
		interestOrganisations: mine.filter(
			(o) => !answered.has(o.id) && partnerPolicy.answerFor(actor, { search, organisationId: o.id, belongsToOrganisation: true })
		)
	};
}

/** The people to tell about a search: its author, or the organisation's admins when they left. */
async function posterContacts(db: Db, search: { person_id: number | null; organisation_id: number }) {
	const author = search.person_id === null ? undefined : await q.findPerson(db, search.person_id);
	return author ? [author] : q.listOrganisationAdmins(db, search.organisation_id);
}

/**
 * A member of another organisation says it wants to take part, with a message. The search's
 * author hears of it by mail. Refused: the poster's own organisation, an organisation the
 * actor is not in, a second answer from the same organisation, a search no longer open.
 */
export async function expressInterest(actor: MaybeActor, input: { slug: string; values: unknown }, { db, origin }: Deps): Promise<void> {
	const search = await visibleSearch(actor, input.slug, db);
	const member = actor!;
	const data = validate(interestSchema, input.values);
	if (search.status !== 'open') throw conflict('partners_error_not_open');
	if (data.organisation_id === search.organisation_id) throw invalid({ organisation_id: { key: 'partners_error_own_search' } });
	const mine = await approvedOrganisationsOf(db, member.id);
	const found = mine.find((o) => o.id === data.organisation_id);
	authorize(actor, partnerPolicy, 'answerFor', {
		search,
		organisationId: data.organisation_id,
		belongsToOrganisation: found !== undefined
	});
	const organisation = found!;
	await db.transaction().execute(async (trx) => {
		const inserted = await q.insertInterest(trx, {
			search_id: search.id,
			organisation_id: organisation.id,
			person_id: member.id,
			message: data.message
		});
		if (!inserted) throw conflict('partners_error_already_interested', { organisation_id: { key: 'partners_error_already_interested' } });
		for (const person of await posterContacts(trx, search)) {
			const locale = asLocale(person.locale);
			await insertMail(trx, {
				to: person.email,
				subject: m.partners_mail_interest_subject({}, { locale }),
				text: m.partners_mail_interest_text(
					{
						name: person.name,
						person: member.name,
						organisation: organisation.name,
						title: search.title,
						message: data.message,
						url: `${origin}/${locale}/partners/${search.slug}`
					},
					{ locale }
				)
			});
		}
	});
}

async function managedSearch(actor: MaybeActor, slug: string, db: Db) {
	const search = await visibleSearch(actor, slug, db);
	const mine = await approvedOrganisationsOf(db, actor!.id);
	authorize(actor, partnerPolicy, 'manage', { belongsToPoster: mine.some((o) => o.id === search.organisation_id) });
	return search;
}

const roleLabel = (role: 'partner' | 'associated' | 'lead', locale: Locale) =>
	(role === 'lead' ? m.partners_role_lead : role === 'associated' ? m.partners_role_associated : m.partners_role_partner)({}, { locale });

/**
 * The posting organisation accepts an interested organisation (as partner or associated
 * partner) or declines it; the person who answered is told by mail. Only pending answers of
 * an open search can be decided.
 */
export async function decideOnInterest(
	actor: MaybeActor,
	input: { slug: string; values: unknown },
	{ db, origin }: Deps
): Promise<{ status: 'accepted' | 'declined' }> {
	const search = await managedSearch(actor, input.slug, db);
	const { interest_id, decision, role } = validate(decisionSchema, input.values);
	const status = decision === 'accept' ? 'accepted' : 'declined';
	return db.transaction().execute(async (trx) => {
		const locked = await q.lockSearch(trx, search.id);
		if (locked?.status !== 'open') throw conflict('partners_error_not_open');
		const decided = await q.decideInterest(trx, search.id, interest_id, status, role);
		if (!decided) throw conflict('partners_error_already_decided');
		const person = decided.person_id === null ? undefined : await q.findPerson(trx, decided.person_id);
		if (person) {
			const locale = asLocale(person.locale);
			const params = { name: person.name, organisation: search.org_name, title: search.title, role: roleLabel(role, locale) };
			await insertMail(trx, {
				to: person.email,
				subject: (status === 'accepted' ? m.partners_mail_accepted_subject : m.partners_mail_declined_subject)(params, { locale }),
				text:
					status === 'accepted'
						? m.partners_mail_accepted_text({ ...params, url: `${origin}/${locale}/partners/${search.slug}` }, { locale })
						: m.partners_mail_declined_text({ ...params, url: `${origin}/${locale}/partners` }, { locale })
			});
		}
		return { status };
	});
}

/**
 * "Partnership complete": the search becomes a project, status forming, with the posting
 * organisation as lead and the accepted ones with their roles, the call and its areas. The
 * partners hear of it by mail. Needs at least one accepted partner; twice is refused.
 */
export async function completePartnerSearch(
	actor: MaybeActor,
	input: { slug: string },
	{ db, origin }: Deps
): Promise<{ projectSlug: string }> {
	const search = await managedSearch(actor, input.slug, db);
	const member = actor!;
	return db.transaction().execute(async (trx) => {
		const locked = await q.lockSearch(trx, search.id);
		if (locked?.status !== 'open') throw conflict('partners_error_not_open');
		const accepted = (await q.listInterests(trx, search.id)).filter((i) => i.status === 'accepted');
		if (accepted.length === 0) throw conflict('partners_error_no_partner');
		const areaIds = search.call_id === null ? [] : await callAreaIds(trx, search.call_id);
		const project = await foundProject(trx, {
			title: search.title,
			summary: search.idea,
			status: 'forming',
			callId: search.call_id,
			areaIds,
			partners: [
				{ organisationId: search.organisation_id, role: 'lead' },
				...accepted.map((i) => ({ organisationId: i.organisation_id, role: i.role }))
			],
			createdBy: member.id,
			visibility: 'members'
		});
		await q.markComplete(trx, search.id, project.id);
		await reindexProject(trx, project.id);
		await insertAudit(trx, {
			actorId: member.id,
			action: 'partner_search.complete',
			subjectType: 'partner_search',
			subjectId: search.id,
			details: { projectId: project.id, partners: accepted.map((i) => i.organisation_id) }
		});
		for (const interest of accepted) {
			if (!interest.person_email || interest.person_id === null) continue;
			const person = await q.findPerson(trx, interest.person_id);
			if (!person) continue;
			const locale = asLocale(person.locale);
			await insertMail(trx, {
				to: person.email,
				subject: m.partners_mail_complete_subject({}, { locale }),
				text: m.partners_mail_complete_text(
					{ name: person.name, title: search.title, lead: search.org_name, url: `${origin}/${locale}/projects/${project.slug}` },
					{ locale }
				)
			});
		}
		return { projectSlug: project.slug };
	});
}

/** The type and role labels come from the page; the service gives the fixed values. */
export { ORGANISATION_TYPES, INTEREST_ROLES } from './partners.schemas';
