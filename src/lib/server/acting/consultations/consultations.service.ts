/**
 * Online consultations: a member asks the network about a problem, others offer to help, the
 * asker picks experts and a time, which becomes an online event of type `consultation` with
 * only those people registered; afterwards the outcome is written down with the request.
 * A consultation may be about one of the asker's open challenges; the challenge's page then
 * shows it with its outcome.
 */
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { formatPeriod, fromLocalInput, isTimeZone, timeZoneOptions, toLocalInput } from '$lib/datetime';
import { conflict, invalid, notFound, validate, type Deps } from '../../platform/core';
import { authorize, type Actor, type MaybeActor } from '../../platform/auth';
import { insertMail } from '../../platform/mail';
import { insertAudit } from '../../platform/audit';
import { listAreas } from '../../knowledge/areas';
import { consultationPolicy, type ConsultationRole } from './consultations.policy';
import * as q from './consultations.queries';
import * as expertQueries from './consultation-experts.queries';
import { isOwnOpenChallenge, openChallengesOfAuthor } from '../../together/challenges';
import {
	DURATIONS,
	inviteSchema,
	listFiltersSchema,
	newConsultationSchema,
	offerSchema,
	outcomeSchema,
	scheduleSchema,
	type ConsultationDetails,
	type ConsultationList,
	type ConsultationSummary,
	type NewConsultationForm,
	type OfferView
} from './consultations.schemas';
import { sortCollator } from '$lib/intl';
import { registerForHostedEvent } from '../events';
import { listCityChoices } from '../../directory/cities';
import { approvedOrganisationsOf, cityName, countryName, renderMarkdown, slugCandidates, slugify } from '../../shared';
import { asLocale } from '../../platform/i18n';

const LIST_LIMIT = 100;
const SUGGESTIONS = 8;
/** Where the network mostly meets; the asker can choose any zone. */
const DEFAULT_ZONE = 'Europe/Warsaw';

function member(actor: MaybeActor): Actor {
	authorize(actor, consultationPolicy, 'use');
	return actor;
}

const named = (slug: string | null, name: string | null) => (slug && name ? { slug, name } : null);
const city = (row: { city_slug: string | null; city_name: string | null; city_name_en: string | null }, locale: string) =>
	row.city_slug && row.city_name
		? { slug: row.city_slug, name: cityName({ name: row.city_name, name_en: row.city_name_en }, locale) }
		: null;

function toSummary(row: Awaited<ReturnType<typeof q.listConsultations>>[number], locale: string): ConsultationSummary {
	return {
		slug: row.slug,
		title: row.title,
		status: row.status,
		city: city(row, locale),
		organisation: named(row.organisation_slug, row.organisation_name),
		asker: row.asker_handle && row.asker_name ? { handle: row.asker_handle, name: row.asker_name } : null,
		areas: row.areas.map((a) => ({ key: a.key, name: a.name })),
		offers: Number(row.offers ?? 0),
		createdAt: row.created_at.toISOString(),
		startsAt: row.starts_at ? new Date(row.starts_at).toISOString() : null,
		timeZone: row.time_zone
	};
}

/** Open requests (filtered by area) and the reader's own; a signed-in non-member is told why not. */
export async function listConsultations(
	actor: MaybeActor,
	input: { values: unknown; locale: Locale },
	{ db }: Deps
): Promise<ConsultationList> {
	authorize(actor, consultationPolicy, 'signedIn');
	const areas = (await listAreas(db, input.locale)).map((a) => ({ id: a.id, key: a.key, name: String(a.name) }));
	if (!consultationPolicy.use(actor)) return { blocked: 'not_member', open: [], mine: [], areas, area: '', canAsk: false };
	const filters = validate(listFiltersSchema, input.values);
	const area = areas.some((a) => a.key === filters.area) ? filters.area : '';
	const [open, mine] = await Promise.all([
		q.listConsultations(db, actor, input.locale, { kind: 'open', areaKey: area || undefined, limit: LIST_LIMIT }),
		q.listConsultations(db, actor, input.locale, { kind: 'mine', limit: LIST_LIMIT })
	]);
	return {
		blocked: null,
		open: open.map((row) => toSummary(row, input.locale)),
		mine: mine.map((row) => toSummary(row, input.locale)),
		areas,
		area,
		canAsk: consultationPolicy.ask(actor)
	};
}

/** What the "ask for a consultation" form offers: areas, cities, the asker's organisations. */
export async function getNewConsultationForm(actor: MaybeActor, input: { locale: Locale }, { db }: Deps): Promise<NewConsultationForm> {
	authorize(actor, consultationPolicy, 'signedIn');
	const [areas, cities, organisations, person, challenges] = await Promise.all([
		listAreas(db, input.locale),
		listCityChoices(db),
		approvedOrganisationsOf(db, actor.id),
		q.findPersonCity(db, actor.id),
		openChallengesOfAuthor(actor, { db, origin: '' })
	]);
	const collator = sortCollator(input.locale);
	return {
		blocked: consultationPolicy.ask(actor) ? null : 'not_member',
		areas: areas.map((a) => ({ id: a.id, name: String(a.name) })),
		cities: cities
			.map((c) => ({ id: c.id, label: `${cityName(c, input.locale)} (${countryName(c.country_code, input.locale)})` }))
			.sort((a, b) => collator.compare(a.label, b.label)),
		organisations: organisations.map((o) => ({ id: o.id, name: o.name })),
		cityId: person?.city_id ?? null,
		challenges: challenges.map((c) => ({ id: Number(c.value), title: c.label }))
	};
}

/**
 * A member asks for a consultation, optionally on behalf of one of their organisations. The city
 * defaults to the organisation's, then the asker's own.
 */
export async function createConsultation(actor: MaybeActor, input: { values: unknown }, { db }: Deps): Promise<{ slug: string }> {
	const asker = member(actor);
	const data = validate(newConsultationSchema, input.values);
	const areaIds = [...new Set(data.areas)];
	if ((await q.existingAreaIds(db, areaIds)).length !== areaIds.length) throw invalid({ areas: { key: 'error_invalid_choice' } });
	let organisation: { id: number; city_id: number } | undefined;
	if (data.organisation_id !== null) {
		organisation = (await approvedOrganisationsOf(db, asker.id)).find((o) => o.id === data.organisation_id);
		if (!organisation) throw invalid({ organisation_id: { key: 'consultations_error_not_your_organisation' } });
	}
	if (data.city_id !== null && !(await q.cityExists(db, data.city_id))) throw invalid({ city_id: { key: 'error_invalid_choice' } });
	const cityId = data.city_id ?? organisation?.city_id ?? (await q.findPersonCity(db, asker.id))?.city_id ?? null;
	if (data.challenge_id !== null && !(await isOwnOpenChallenge(asker, data.challenge_id, { db, origin: '' })))
		throw invalid({ challenge_id: { key: 'error_invalid_choice' } });

	return db.transaction().execute(async (trx) => {
		let slug = '';
		for (const candidate of slugCandidates(slugify(data.title, 'consultation'))) {
			if (!(await q.slugTaken(trx, candidate))) {
				slug = candidate;
				break;
			}
		}
		const created = await q.insertConsultation(trx, {
			slug,
			askerId: asker.id,
			organisationId: organisation?.id ?? null,
			cityId,
			title: data.title,
			problem: data.problem,
			challengeId: data.challenge_id
		});
		await q.insertConsultationAreas(trx, created.id, areaIds);
		await insertAudit(trx, { actorId: asker.id, action: 'consultation.create', subjectType: 'consultation', subjectId: created.id });
		return { slug: created.slug };
	});
}

type Offers = Awaited<ReturnType<typeof expertQueries.listOffers>>;

function roleOf(
	actor: MaybeActor,
	consultation: { status: ConsultationRole['status']; asker_id: number },
	offers: Offers
): ConsultationRole {
	const own = actor ? offers.find((o) => o.person_id === actor.id) : undefined;
	return {
		status: consultation.status,
		isAsker: actor?.id === consultation.asker_id,
		hasOffered: own !== undefined,
		isPicked: own?.picked === true
	};
}

const toOffer = (o: Offers[number]): OfferView => ({
	personId: o.person_id,
	handle: o.handle,
	name: o.name,
	message: o.message,
	picked: o.picked,
	createdAt: o.created_at.toISOString()
});

/**
 * One request: the problem, who offered (all offers for the asker, one's own for others), the
 * suggested experts while it is open, the event once scheduled, the outcome once done.
 */
export async function getConsultation(
	actor: MaybeActor,
	input: { slug: string; locale: Locale },
	{ db }: Deps
): Promise<ConsultationDetails> {
	const reader = member(actor);
	const row = await q.findConsultation(db, reader, input.slug, input.locale);
	if (!row) throw notFound();
	const offers = await expertQueries.listOffers(db, reader, row.id);
	const role = roleOf(reader, row, offers);
	authorize(reader, consultationPolicy, 'view', role);
	const now = new Date();
	const started = row.starts_at !== null && new Date(row.starts_at) <= now;
	const [suggestions, invited] =
		row.status === 'open'
			? await Promise.all([
					expertQueries.listSuggestions(db, reader, row.id, row.asker_id, SUGGESTIONS),
					role.isAsker ? expertQueries.invitedPeople(db, row.id) : new Set<number>()
				])
			: [[], new Set<number>()];
	const areaNames = new Map(row.areas.map((a) => [a.id, { key: a.key, name: a.name }]));
	const mine = offers.find((o) => o.person_id === reader.id);
	const schedule = consultationPolicy.schedule(reader, role) && offers.length > 0;
	return {
		slug: row.slug,
		title: row.title,
		problemHtml: renderMarkdown(row.problem),
		status: row.status,
		createdAt: row.created_at.toISOString(),
		city: city(row, input.locale),
		organisation: named(row.organisation_slug, row.organisation_name),
		asker: row.asker_handle && row.asker_name ? { handle: row.asker_handle, name: row.asker_name } : null,
		areas: row.areas.map((a) => ({ key: a.key, name: a.name })),
		offersCount: offers.length,
		// people who offered chose to be seen by the asker, whatever their profile settings
		offers: role.isAsker ? offers.map(toOffer) : [],
		myOffer: mine ? toOffer(mine) : null,
		picked: offers
			.filter((o) => o.picked && (o.visible || role.isAsker || o.person_id === reader.id))
			.map((o) => ({ handle: o.handle, name: o.name })),
		event:
			row.event_slug && row.starts_at && row.ends_at && row.time_zone
				? {
						slug: row.event_slug,
						startsAt: new Date(row.starts_at).toISOString(),
						endsAt: new Date(row.ends_at).toISOString(),
						timeZone: row.time_zone,
						period: formatPeriod(new Date(row.starts_at), new Date(row.ends_at), row.time_zone, input.locale),
						started
					}
				: null,
		outcome: row.outcome,
		outcomeHtml: row.outcome ? renderMarkdown(row.outcome) : '',
		suggestions: suggestions.map((s) => ({
			id: s.id,
			handle: s.handle,
			name: s.name,
			areas: s.area_ids.map((id) => areaNames.get(id)).filter((a) => a !== undefined),
			practices: Number(s.practices),
			invited: invited.has(s.id)
		})),
		isAsker: role.isAsker,
		can: {
			offer: consultationPolicy.offer(reader, role),
			withdrawOffer: consultationPolicy.withdrawOffer(reader, role),
			schedule,
			outcome: consultationPolicy.recordOutcome(reader, { role, started }),
			withdraw: consultationPolicy.withdraw(reader, role),
			invite: consultationPolicy.invite(reader, role)
		},
		// the whole list only for the one form that needs it: it is sent with the page's data
		timeZones: schedule ? timeZoneOptions() : [],
		defaultZone: DEFAULT_ZONE,
		durations: DURATIONS,
		// a day's granularity: the zone chosen in the form may be hours behind the default one
		minStart: `${toLocalInput(now, DEFAULT_ZONE).slice(0, 10)}T00:00`
	};
}

/** Takes the row lock and works out the actor's part; missing and hidden are the same 404. */
async function locked(trx: Parameters<typeof q.lockConsultation>[0], actor: Actor, slug: string) {
	const consultation = await q.lockConsultation(trx, slug);
	if (!consultation) throw notFound();
	const offers = await expertQueries.listOffers(trx, actor, consultation.id);
	const role = roleOf(actor, consultation, offers);
	authorize(actor, consultationPolicy, 'view', role);
	return { consultation, offers, role };
}

const requireOpen = (role: ConsultationRole) => {
	if (role.status !== 'open') throw conflict('consultations_error_not_open');
};

/** A member offers to help, with a message; the asker hears of it by mail. */
export async function offerHelp(actor: MaybeActor, input: { slug: string; values: unknown }, deps: Deps): Promise<void> {
	const helper = member(actor);
	const { message } = validate(offerSchema, input.values);
	await deps.db.transaction().execute(async (trx) => {
		const { consultation, role } = await locked(trx, helper, input.slug);
		requireOpen(role);
		authorize(helper, consultationPolicy, 'offerAsGuest', role);
		authorize(helper, consultationPolicy, 'offer', role);
		await expertQueries.insertOffer(trx, consultation.id, helper.id, message);
		const [asker] = await q.peopleForMail(trx, [consultation.asker_id]);
		if (asker) {
			const locale = asLocale(asker.locale);
			await insertMail(trx, {
				to: asker.email,
				subject: m.consultations_mail_offer_subject({ title: consultation.title }, { locale }),
				text: m.consultations_mail_offer_text(
					{
						name: asker.name,
						helper: helper.name,
						title: consultation.title,
						message,
						url: `${deps.origin}/${locale}/consultations/${consultation.slug}`
					},
					{ locale }
				)
			});
		}
	});
}

export async function withdrawOffer(actor: MaybeActor, input: { slug: string }, { db }: Deps): Promise<void> {
	const helper = member(actor);
	await db.transaction().execute(async (trx) => {
		const { consultation, role } = await locked(trx, helper, input.slug);
		requireOpen(role);
		authorize(helper, consultationPolicy, 'withdrawOffer', role);
		await expertQueries.deleteOffer(trx, consultation.id, helper.id);
	});
}

/** The asker withdraws a request nobody has been scheduled for yet. */
export async function withdrawConsultation(actor: MaybeActor, input: { slug: string }, { db }: Deps): Promise<void> {
	const asker = member(actor);
	await db.transaction().execute(async (trx) => {
		const { consultation, role } = await locked(trx, asker, input.slug);
		authorize(asker, consultationPolicy, 'actAsAsker', role);
		requireOpen(role);
		await q.setStatus(trx, consultation.id, 'withdrawn');
		await insertAudit(trx, { actorId: asker.id, action: 'consultation.withdraw', subjectType: 'consultation', subjectId: consultation.id });
	});
}

/**
 * The asker picks experts among those who offered and sets a time and a meeting link. This
 * creates one online event of type `consultation`, members only, with registration already
 * closed, the asker and the experts registered and its capacity exactly them; the request
 * becomes scheduled and everyone taking part gets a mail with the time in their language.
 */
export async function scheduleConsultation(
	actor: MaybeActor,
	input: { slug: string; values: unknown },
	deps: Deps
): Promise<{ eventSlug: string }> {
	const asker = member(actor);
	const data = validate(scheduleSchema, input.values);
	if (!isTimeZone(data.time_zone)) throw invalid({ time_zone: { key: 'consultations_error_time_zone' } });
	const startsAt = fromLocalInput(data.starts_at, data.time_zone);
	if (!startsAt) throw invalid({ starts_at: { key: 'consultations_error_time' } });
	const now = new Date();
	if (startsAt <= now) throw invalid({ starts_at: { key: 'consultations_error_time_past' } });
	const endsAt = new Date(startsAt.getTime() + data.duration * 60_000);
	const experts = [...new Set(data.experts)];

	return deps.db.transaction().execute(async (trx) => {
		const { consultation, offers, role } = await locked(trx, asker, input.slug);
		authorize(asker, consultationPolicy, 'actAsAsker', role);
		requireOpen(role);
		const offered = new Set(offers.map((o) => o.person_id));
		if (!experts.every((id) => offered.has(id))) throw invalid({ experts: { key: 'consultations_error_expert_not_offered' } });

		let slug = '';
		for (const candidate of slugCandidates(slugify(consultation.title, 'consultation'))) {
			if (!(await q.eventSlugTaken(trx, candidate))) {
				slug = candidate;
				break;
			}
		}
		const person = await q.findPersonCity(trx, asker.id);
		const participants = [asker.id, ...experts];
		const event = await q.insertConsultationEvent(trx, {
			slug,
			hostOrganisationId: consultation.organisation_id,
			cityId: consultation.city_id,
			title: consultation.title,
			description: consultation.problem,
			startsAt,
			endsAt,
			timeZone: data.time_zone,
			meetingUrl: data.meeting_url,
			languages: person?.languages.length ? person.languages : [asker.locale],
			capacity: participants.length,
			closesAt: now,
			createdBy: asker.id
		});
		await q.insertEventAreas(trx, event.id, await q.consultationAreaIds(trx, consultation.id));
		for (const personId of participants) await registerForHostedEvent(trx, event.id, personId);
		await expertQueries.markPicked(trx, consultation.id, experts);
		await q.setStatus(trx, consultation.id, 'scheduled', { eventId: event.id });
		await insertAudit(trx, {
			actorId: asker.id,
			action: 'consultation.schedule',
			subjectType: 'consultation',
			subjectId: consultation.id,
			details: { eventId: event.id, experts }
		});

		const people = await q.peopleForMail(trx, participants);
		for (const recipient of people) {
			const locale = asLocale(recipient.locale);
			const others = people.filter((p) => p.id !== recipient.id).map((p) => p.name);
			await insertMail(trx, {
				to: recipient.email,
				subject: m.consultations_mail_scheduled_subject({ title: consultation.title }, { locale }),
				text: m.consultations_mail_scheduled_text(
					{
						name: recipient.name,
						title: consultation.title,
						time: formatPeriod(startsAt, endsAt, data.time_zone, locale),
						people: others.join(', '),
						url: `${deps.origin}/${locale}/events/${event.slug}`
					},
					{ locale }
				)
			});
		}
		return { eventSlug: event.slug };
	});
}

/** After the meeting, the asker or a picked expert writes what came of it; the request is done. */
export async function recordOutcome(actor: MaybeActor, input: { slug: string; values: unknown }, { db }: Deps): Promise<void> {
	const writer = member(actor);
	const { outcome } = validate(outcomeSchema, input.values);
	await db.transaction().execute(async (trx) => {
		const { consultation, role } = await locked(trx, writer, input.slug);
		authorize(writer, consultationPolicy, 'takePart', role);
		if (role.status !== 'scheduled' && role.status !== 'done') throw conflict('consultations_error_not_scheduled');
		const startsAt = consultation.event_id !== null ? await q.eventStart(trx, consultation.event_id) : undefined;
		const started = startsAt !== undefined && startsAt <= new Date();
		authorize(writer, consultationPolicy, 'recordOutcome', { role, started });
		await q.setStatus(trx, consultation.id, 'done', { outcome });
		await insertAudit(trx, { actorId: writer.id, action: 'consultation.outcome', subjectType: 'consultation', subjectId: consultation.id });
	});
}

/** The asker invites a suggested person by mail to look at the request; once per person. */
export async function inviteExpert(actor: MaybeActor, input: { slug: string; values: unknown }, deps: Deps): Promise<{ name: string }> {
	const asker = member(actor);
	const { person_id: personId } = validate(inviteSchema, input.values);
	return deps.db.transaction().execute(async (trx) => {
		const { consultation, role } = await locked(trx, asker, input.slug);
		authorize(asker, consultationPolicy, 'actAsAsker', role);
		requireOpen(role);
		if (!(await expertQueries.isSuggestable(trx, asker, consultation.id, consultation.asker_id, personId)))
			throw invalid({ person_id: { key: 'consultations_error_not_suggested' } });
		if ((await expertQueries.invitedPeople(trx, consultation.id)).has(personId)) throw conflict('consultations_error_already_invited');
		const [invitee] = await q.peopleForMail(trx, [personId]);
		const locale = asLocale(invitee.locale);
		await insertMail(trx, {
			to: invitee.email,
			subject: m.consultations_mail_invite_subject({ title: consultation.title }, { locale }),
			text: m.consultations_mail_invite_text(
				{
					name: invitee.name,
					asker: asker.name,
					title: consultation.title,
					url: `${deps.origin}/${locale}/consultations/${consultation.slug}`
				},
				{ locale }
			)
		});
		await insertAudit(trx, {
			actorId: asker.id,
			action: 'consultation.invite',
			subjectType: 'consultation',
			subjectId: consultation.id,
			details: { personId }
		});
		return { name: invitee.name };
	});
}

/**
 * For the event page (events helper): the consultation an event was created for, if any, so it
 * can link back to the request and its outcome. Members only, like the consultation.
 */
export async function consultationOfEvent(
	actor: MaybeActor,
	eventId: number,
	{ db }: Deps
): Promise<{ slug: string; title: string } | null> {
	if (!consultationPolicy.use(actor)) return null;
	const row = await q.findConsultationOfEvent(db, eventId);
	return row ? { slug: row.slug, title: row.title } : null;
}
