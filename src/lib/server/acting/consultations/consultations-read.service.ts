/** Reading consultations: the list of open requests and one's own, one request's page, the request behind an event. */
import type { Locale } from '$lib/paraglide/runtime';
import { formatPeriod, timeZoneOptions, toLocalInput } from '$lib/datetime';
import { notFound, validate, type Deps } from '../../platform/core';
import { authorize, type MaybeActor } from '../../platform/auth';
import { listAreas } from '../../knowledge/areas';
import { consultationPolicy } from './consultations.policy';
import * as q from './consultations.queries';
import * as expertQueries from './consultation-experts.queries';
import {
	DURATIONS,
	listFiltersSchema,
	type ConsultationDetails,
	type ConsultationList,
	type ConsultationSummary,
	type OfferView
} from './consultations.schemas';
import { cityName, renderMarkdown } from '../../shared';
import { member, roleOf, type Offers } from './consultations-access';

const LIST_LIMIT = 100;
const SUGGESTIONS = 8;
/** Where the network mostly meets; the asker can choose any zone. */
const DEFAULT_ZONE = 'Europe/Warsaw';

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
