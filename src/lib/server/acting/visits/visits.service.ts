import type { Locale } from '$lib/paraglide/runtime';
import { invalid, notFound, validate, type Deps } from '../../platform/core';
import { authorize, type MaybeActor } from '../../platform/auth';
import { canSee } from '../../directory/people';
import { insertAudit } from '../../platform/audit';
import { insertHostedEvent } from '../events';
import { areApplicationsOpen, isLiveApplication, visitPolicy } from './visits.policy';
import * as q from './visits.queries';
import { newVisitSchema, type NewVisitForm, type VisitDetails, type VisitList, type VisitSummary } from './visits.schemas';
import { sortCollator } from '$lib/intl';
import { approvedOrganisationsOf, cityName, countryName, newSlugCandidates, renderMarkdown } from '../../shared';

/** A study visit the viewer may see, by its event's slug; hidden ones are not found. */
export async function requireVisit(actor: MaybeActor, slug: string, { db }: Deps) {
	const visit = await q.findVisit(db, slug);
	if (!visit) throw notFound();
	authorize(actor, visitPolicy, 'view', visit);
	return visit;
}

function toSummary(row: q.VisitRow, locale: string, now: Date): VisitSummary {
	return {
		slug: row.slug,
		title: row.title,
		city: row.city_slug ? { slug: row.city_slug, name: cityName({ name: row.city_name!, name_en: row.city_name_en }, locale) } : null,
		host: row.host_slug ? { slug: row.host_slug, name: row.host_name! } : null,
		startsAt: row.starts_at.toISOString(),
		endsAt: row.ends_at.toISOString(),
		timeZone: row.time_zone,
		capacity: row.capacity,
		placesLeft: row.capacity === null ? null : Math.max(0, row.capacity - row.accepted),
		applicationsOpen: areApplicationsOpen(row, now),
		applicationsCloseAt: row.applications_close_at?.toISOString() ?? null,
		visibility: row.visibility,
		cancelled: row.cancelled_at !== null
	};
}

/** Upcoming visits (soonest first) and past ones (latest first) that the viewer may see. */
export async function listStudyVisits(actor: MaybeActor, input: { locale: Locale }, { db }: Deps): Promise<VisitList> {
	const now = new Date();
	const members = visitPolicy.seeMembersOnly(actor);
	const [upcoming, past] = await Promise.all([q.listUpcomingVisits(db, members, now), q.listPastVisits(db, members, now)]);
	return {
		upcoming: upcoming.map((row) => toSummary(row, input.locale, now)),
		past: past.map((row) => toSummary(row, input.locale, now)),
		canOffer: members
	};
}

/** What the offer form needs: the actor's organisations, the member cities, practices to show. */
export async function getNewVisitForm(actor: MaybeActor, input: { locale: Locale }, { db }: Deps): Promise<NewVisitForm> {
	authorize(actor, visitPolicy, 'offer');
	const organisations = await approvedOrganisationsOf(db, actor.id);
	const [cities, practices] = await Promise.all([
		q.listMemberCities(db),
		q.listPracticesInCities(db, actor, [...new Set(organisations.map((o) => o.city_id))], input.locale)
	]);
	const collator = sortCollator(input.locale);
	return {
		organisations: organisations.map((o) => ({
			id: o.id,
			name: o.name,
			cityId: o.city_id,
			cityName: cityName({ name: o.city_name, name_en: o.city_name_en }, input.locale)
		})),
		cities: cities
			.map((c) => ({ id: c.id, label: `${cityName(c, input.locale)} (${countryName(c.country_code, input.locale)})` }))
			.sort((a, b) => collator.compare(a.label, b.label)),
		practices: practices.map((p) => ({
			id: p.id,
			title: p.title?.title ?? p.slug,
			titleLang: p.title?.lang ?? 'und',
			cityName: cityName({ name: p.city_name, name_en: p.city_name_en }, input.locale)
		}))
	};
}

/**
 * A member offers a study visit on behalf of one of their organisations: an event of type
 * `study_visit` (so the calendar, .ics and reminders work as for any event) with what only
 * visits have, and the practices that can be seen. The city defaults to the organisation's.
 * Refused: visitors, non-members, someone else's organisation, past dates.
 */
export async function createStudyVisit(actor: MaybeActor, input: Record<string, unknown>, deps: Deps): Promise<{ slug: string }> {
	authorize(actor, visitPolicy, 'offer');
	const { db } = deps;
	const data = validate(newVisitSchema, input);
	const found = (await approvedOrganisationsOf(db, actor.id)).find((o) => o.id === data.hostOrganisationId);
	authorize(actor, visitPolicy, 'offerFor', { belongsToHost: found !== undefined });
	const organisation = found!;
	const cityId = data.cityId ?? organisation.city_id;
	if (!(await q.cityExists(db, cityId))) throw invalid({ cityId: { key: 'error_invalid_choice' } });
	const visible = await q.visiblePracticeIds(db, actor, data.practiceIds);
	if (visible.length !== data.practiceIds.length) throw invalid({ practiceIds: { key: 'error_invalid_choice' } });

	return db.transaction().execute(async (trx) => {
		const event = await insertHostedEvent(
			trx,
			{
				type: 'study_visit',
				host_organisation_id: organisation.id,
				city_id: cityId,
				title: data.title,
				description: data.description.replace(/\r\n/g, '\n'),
				starts_at: data.startsAt,
				ends_at: data.endsAt,
				time_zone: data.timeZone,
				online: false,
				place: data.place,
				meeting_url: null,
				languages: data.languages,
				capacity: data.capacity,
				registration_opens_at: null,
				// the events part closes registration with the applications
				registration_closes_at: data.applicationsCloseAt,
				visibility: data.visibility,
				created_by: actor.id
			},
			newSlugCandidates(data.title, 'study-visit')
		);
		await q.insertStudyVisit(trx, {
			eventId: event.id,
			sites: data.sites.replace(/\r\n/g, '\n'),
			costs: data.costs,
			costsPaidBy: data.costsPaidBy,
			applicationsCloseAt: data.applicationsCloseAt,
			practiceIds: data.practiceIds
		});
		await insertAudit(trx, {
			actorId: actor.id,
			action: 'study_visit.create',
			subjectType: 'event',
			subjectId: event.id,
			details: { host: organisation.id }
		});
		return { slug: event.slug };
	});
}

/**
 * One study visit with what the viewer may do: apply, see their application, run it (host),
 * say what they take home (accepted participants, once it started). Applications are shown to
 * the host only; participants and takeaways to members.
 */
export async function getStudyVisit(actor: MaybeActor, input: { slug: string; locale: Locale }, deps: Deps): Promise<VisitDetails> {
	const { db } = deps;
	const locale = input.locale;
	const visit = await requireVisit(actor, input.slug, deps);
	const now = new Date();
	const belongsToHost = actor ? await q.isInOrganisation(db, visit.host_organisation_id, actor.id) : false;
	const isHost = visitPolicy.run(actor, { belongsToHost });
	const members = visitPolicy.seeMembersOnly(actor);
	const [practices, application, takeaway, organisations, applications, participants, takeaways] = await Promise.all([
		q.listVisitPractices(db, actor, visit.id, locale),
		actor ? q.findApplication(db, visit.id, actor.id) : undefined,
		actor ? q.findTakeaway(db, visit.id, actor.id) : undefined,
		actor && members ? approvedOrganisationsOf(db, actor.id) : [],
		isHost ? q.listApplications(db, visit.id) : [],
		members ? q.listParticipants(db, visit.id) : [],
		members ? q.listTakeaways(db, visit.id, locale) : []
	]);
	const seenPractices = new Set(
		await q.visiblePracticeIds(
			db,
			actor,
			takeaways.flatMap((t) => (t.practice_id ? [t.practice_id] : []))
		)
	);
	const summary = toSummary(visit, locale, now);
	const open = summary.applicationsOpen;
	return {
		...summary,
		id: visit.id,
		descriptionHtml: renderMarkdown(visit.description),
		sitesHtml: renderMarkdown(visit.sites),
		place: visit.place,
		languages: visit.languages,
		costs: visit.costs,
		costsPaidBy: visit.costs_paid_by,
		practices: practices.map((p) => ({
			id: p.id,
			slug: p.slug,
			title: p.title?.title ?? p.slug,
			titleLang: p.title?.lang ?? 'und',
			cityName: cityName({ name: p.city_name, name_en: p.city_name_en }, locale)
		})),
		accepted: visit.accepted,
		started: visit.starts_at <= now,
		viewer: {
			signedIn: actor !== null,
			isMember: members,
			isHost,
			canApply:
				open &&
				visitPolicy.apply(actor, { belongsToHost }) &&
				!(application && (isLiveApplication(application.status) || application.status === 'declined')),
			organisations: organisations.map((o) => ({ id: o.id, name: o.name })),
			application: application
				? {
						status: application.status,
						motivation: application.motivation,
						decisionMessage: application.decision_message,
						organisation: application.organisation_name
					}
				: null,
			canFileTakeaway: visitPolicy.fileTakeaway(actor, { visit, applicationStatus: application?.status ?? null, now }),
			takeaway: takeaway
				? { note: takeaway.note, practiceId: takeaway.practice_id, transferId: takeaway.transfer_id, practiceSlug: takeaway.practice_slug }
				: null
		},
		applications: applications.map((a) => ({
			id: a.id,
			person: { handle: a.handle, name: a.name },
			organisation: a.organisation_name,
			motivation: a.motivation,
			status: a.status,
			decisionMessage: a.decision_message,
			appliedOn: a.applied_on
		})),
		// listed as far as each participant's profile may be seen (the people directory's rule)
		participants: participants
			.filter((p) => canSee(actor, p, 'profile'))
			.map((p) => ({ handle: p.handle, name: p.name, organisation: p.organisation_name })),
		takeaways: takeaways.map((t) => {
			const shown = t.practice_id !== null && seenPractices.has(t.practice_id) && t.practice_slug !== null;
			return {
				person: { handle: t.handle, name: t.name },
				organisation: t.organisation_name,
				note: t.note,
				practice: shown
					? { slug: t.practice_slug!, title: t.practice_title?.title ?? t.practice_slug!, titleLang: t.practice_title?.lang ?? 'und' }
					: null,
				transferId: shown ? t.transfer_id : null,
				mine: actor !== null && t.person_id === actor.id
			};
		})
	};
}
