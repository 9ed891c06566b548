/**
 * Events as the events form creates them (events.service.ts createEvent): hosted by an approved
 * organisation, created by one of its people (or a coordinator), times stored in UTC with the
 * IANA zone of the host's country, wall-clock starts such as 10:00 in that zone. Spread over a
 * year before and a year after the day of the run, so the calendar has past and upcoming
 * events; some online, some with a place limit and a waiting list, a few cancelled, past ones
 * sometimes with notes and attendance. Registrations follow registerForEvent: in the order
 * people signed up, registered up to the capacity and waitlisted beyond it; a cancelled place
 * goes to the first waiting person (promoted_at), and past events' registrations carry the
 * day-before reminder (reminded_at). Each event draws from its own generator.
 */
import { Rng } from '../lib/prng';
import { slugCandidates, slugify } from '../../src/lib/server/shared/slug';
import { isNetworkMember, type Network } from './network';
import type { TextContext } from './text';
import {
	agendaTitle,
	eventDescription,
	eventNotes,
	eventPlace,
	eventTitle,
	freeQuestion,
	registrationAnswer,
	type GeneratedEventType
} from './text-discussions-events';
import { personName } from './names';
import type { AgendaItem } from '../../src/lib/server/platform/db/schema';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The zone events in each country happen in. */
export const TIME_ZONES: Record<string, string> = {
	PL: 'Europe/Warsaw',
	DE: 'Europe/Berlin',
	GB: 'Europe/London',
	FR: 'Europe/Paris',
	CZ: 'Europe/Prague',
	IT: 'Europe/Rome',
	ES: 'Europe/Madrid',
	BE: 'Europe/Brussels',
	NL: 'Europe/Amsterdam',
	FI: 'Europe/Helsinki',
	SK: 'Europe/Bratislava',
	HU: 'Europe/Budapest',
	RO: 'Europe/Bucharest'
};

export interface GeneratedEvent {
	id: number;
	slug: string;
	type: GeneratedEventType;
	hostOrganisationId: number;
	cityId: number | null;
	title: string;
	description: string;
	startsAt: Date;
	endsAt: Date;
	timeZone: string;
	online: boolean;
	place: string;
	meetingUrl: string | null;
	languages: string[];
	capacity: number | null;
	registrationOpensAt: Date | null;
	registrationClosesAt: Date | null;
	visibility: 'public' | 'members';
	agenda: AgendaItem[];
	questions: ('diet' | 'accessibility' | 'free')[];
	freeQuestion: string;
	notes: string;
	cancelledAt: Date | null;
	createdBy: number;
	createdAt: Date;
	updatedAt: Date;
	areaIds: number[];
	practiceIds: number[];
	registrations: Registration[];
}

export interface Registration {
	personId: number;
	status: 'registered' | 'waitlisted' | 'cancelled';
	answers: Record<string, string>;
	promotedAt: Date | null;
	cancelledAt: Date | null;
	attended: boolean | null;
	remindedAt: Date | null;
	createdAt: Date;
	updatedAt: Date;
}

// Intl formatters are slow to build; one per zone serves every event.
const formatters = new Map<string, Intl.DateTimeFormat>();
function offsetMinutes(instant: number, zone: string): number {
	let format = formatters.get(zone);
	if (!format) {
		format = new Intl.DateTimeFormat('en-US', {
			timeZone: zone,
			hourCycle: 'h23',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			second: '2-digit'
		});
		formatters.set(zone, format);
	}
	const parts = format.formatToParts(new Date(instant));
	const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
	const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
	return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

/** Wall-clock `minutes` after midnight of the UTC day `day` (ms), read in `zone` (as $lib/datetime fromLocalInput does). */
function wallClock(day: number, minutes: number, zone: string): Date {
	const wall = day + minutes * 60_000;
	for (const offset of [offsetMinutes(wall - DAY, zone), offsetMinutes(wall + DAY, zone)].sort((a, b) => b - a)) {
		const instant = wall - offset * 60_000;
		if (offsetMinutes(instant, zone) === offset) return new Date(instant);
	}
	return new Date(wall - offsetMinutes(wall - DAY, zone) * 60_000);
}

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const between = (rng: Rng, from: number, to: number) => new Date(from + Math.floor(rng.next() * Math.max(0, to - from)));

export interface EventInputs {
	network: Network;
	areas: { id: number; key: string }[];
	/** Practices of each city, to show at events there. */
	practicesByCity: Map<number, number[]>;
	/** Midnight (UTC) of the day of the run: events lie a year either side of it. */
	today: number;
}

/** Events 1..count; the same id always gives the same event. */
export function generateEvents(seed: number, count: number, inputs: EventInputs): GeneratedEvent[] {
	const { network, areas, practicesByCity, today } = inputs;
	const root = new Rng(seed);
	const approved = network.organisations.filter((o) => o.memberSince !== null);
	const hosts = approved.length ? approved : network.organisations;
	const everyone = network.people.map((p) => p.id);
	const members = network.people.filter((p) => isNetworkMember(network, p)).map((p) => p.id);
	const memberSet = new Set(members);
	// people of each country, and the members among them: who signs up for events there
	const byCountry = new Map<string, { all: number[]; members: number[] }>();
	for (const p of network.people) {
		const code = network.cities[p.cityId - 1].country.code;
		let entry = byCountry.get(code);
		if (!entry) byCountry.set(code, (entry = { all: [], members: [] }));
		entry.all.push(p.id);
		if (memberSet.has(p.id)) entry.members.push(p.id);
	}
	const coordinators = network.people.filter((p) => p.role !== 'person').map((p) => p.id);
	const slugs = new Set<string>();
	const out: GeneratedEvent[] = [];

	for (let id = 1; id <= count; id++) {
		const rng = root.fork(`event ${id}`);
		const host = rng.pick(hosts);
		const city = network.cities[host.cityId - 1];
		const zone = TIME_ZONES[city.country.code] ?? 'Europe/Brussels';
		const polish = city.country.code === 'PL';
		const language = polish ? 'pl' : 'en';
		const type = rng.weighted([
			['meeting', 40],
			['workshop', 32],
			['conference', 14],
			['study_visit', 14]
		] as const);
		const online = type !== 'study_visit' && rng.chance(type === 'conference' ? 0.1 : 0.3);
		const chosenAreas = rng.sample(areas, rng.int(1, 2));
		const ctx: TextContext = {
			town: city.name,
			otherTown: rng.pick(network.cities).name,
			areas: chosenAreas.map((a) => a.key),
			year: 2026,
			rare: null
		};

		// a year either side of today, a little more often soon than far ahead
		const dayOffset = rng.chance(0.5) ? -rng.int(1, 365) : Math.round(365 * Math.pow(rng.next(), 1.3));
		const day = today + dayOffset * DAY;
		const startMinutes = rng.pick([9 * 60, 9 * 60 + 30, 10 * 60, 11 * 60, 13 * 60, 14 * 60, 16 * 60, 17 * 60 + 30, 18 * 60]);
		const days = type === 'conference' ? rng.int(1, 3) : type === 'study_visit' ? rng.int(1, 2) : 1;
		const startsAt = wallClock(day, startMinutes, zone);
		const endsAt =
			days > 1
				? wallClock(day + (days - 1) * DAY, rng.pick([15 * 60, 16 * 60, 17 * 60]), zone)
				: wallClock(
						day,
						Math.min(23 * 60, startMinutes + (type === 'meeting' ? rng.pick([60, 90, 120, 180]) : rng.pick([180, 240, 300, 360]))),
						zone
					);

		const createdAt = new Date(Math.min(today - rng.int(1, 20) * HOUR, startsAt.getTime() - rng.int(7, 120) * DAY));
		const staff = (network.peopleByOrg.get(host.id) ?? []).filter((p) => memberSet.has(p));
		const createdBy = staff.length && rng.chance(0.9) ? rng.pick(staff) : coordinators.length ? rng.pick(coordinators) : 1;

		const capacity = rng.chance(0.4)
			? null
			: { meeting: rng.int(15, 80), workshop: rng.int(10, 40), conference: rng.int(60, 400), study_visit: rng.int(8, 30) }[type];
		const opensAt = rng.chance(0.1) ? new Date(createdAt.getTime() + rng.int(1, 7) * DAY) : null;
		const closesAt = rng.chance(0.25) ? new Date(startsAt.getTime() - rng.int(1, 7) * DAY) : null;
		const registrationOpensAt = opensAt && closesAt && opensAt > closesAt ? null : opensAt;
		const visibility = rng.chance(0.55) ? 'public' : 'members';
		const languages = polish
			? rng.chance(0.3)
				? ['pl', 'en']
				: ['pl']
			: rng.chance(0.3) && city.country.style !== 'en'
				? ['en', city.country.style]
				: ['en'];
		const questions = (['diet', 'accessibility', 'free'] as const).filter((q) =>
			rng.chance(q === 'diet' ? (online ? 0 : 0.5) : q === 'accessibility' ? 0.3 : 0.25)
		);

		const speakers = staff.length ? staff.map((p) => network.people[p - 1].name) : [personName(rng, city.country.style)];
		const agendaRows = rng.int(2, 6);
		const agenda: AgendaItem[] = [];
		for (let row = 0; row < agendaRows; row++) {
			const dayOf = days > 1 ? Math.min(days, 1 + Math.floor((row * days) / agendaRows)) : undefined;
			agenda.push({
				time: hhmm(startMinutes + (dayOf && dayOf > 1 ? 0 : row * rng.pick([30, 45, 60]))),
				...(dayOf ? { day: dayOf } : {}),
				title: agendaTitle(rng, language, ctx, row, agendaRows),
				place: online ? '' : rng.chance(0.5) ? (polish ? `sala ${rng.int(1, 20)}` : `room ${rng.int(1, 20)}`) : '',
				speaker: row === agendaRows - 1 || rng.chance(0.2) ? '' : rng.pick(speakers)
			});
		}

		const title = eventTitle(rng, language, ctx, type, online);
		const slug = freeSlug(slugs, slugify(title, 'event'));
		const past = endsAt.getTime() < today;
		const cancelled = rng.chance(0.03);
		const cancelledAt = cancelled ? between(rng, createdAt.getTime(), Math.min(today - HOUR, startsAt.getTime())) : null;
		const notesAt =
			past && !cancelled && rng.chance(0.25) ? new Date(Math.min(today - HOUR, endsAt.getTime() + rng.int(1, 10) * DAY)) : null;
		const cityPractices = practicesByCity.get(city.id) ?? [];
		const practiceIds =
			cityPractices.length && rng.chance(type === 'study_visit' ? 0.7 : 0.1) ? rng.sample(cityPractices, rng.int(1, 3)) : [];

		const event: GeneratedEvent = {
			id,
			slug,
			type,
			hostOrganisationId: host.id,
			cityId: online && rng.chance(0.6) ? null : city.id,
			title,
			description: eventDescription(rng, language, ctx),
			startsAt,
			endsAt,
			timeZone: zone,
			online,
			place: online ? '' : eventPlace(rng, language, city.name),
			meetingUrl: online ? `https://meet.example/${slug}` : null,
			languages,
			capacity,
			registrationOpensAt,
			registrationClosesAt: closesAt,
			visibility,
			agenda,
			questions,
			freeQuestion: questions.includes('free') ? freeQuestion(rng, language) : '',
			notes: notesAt ? eventNotes(rng, language, ctx) : '',
			cancelledAt,
			createdBy,
			createdAt,
			updatedAt: new Date(Math.max(createdAt.getTime(), cancelledAt?.getTime() ?? 0, notesAt?.getTime() ?? 0)),
			areaIds: chosenAreas.map((a) => a.id),
			practiceIds,
			registrations: []
		};
		const local = byCountry.get(city.country.code) ?? { all: everyone, members };
		const pool = visibility === 'members' ? { local: local.members, all: members } : { local: local.all, all: everyone };
		event.registrations = registrationsFor(rng, event, pool, today, language, ctx);
		out.push(event);
	}
	return out;
}

function freeSlug(taken: Set<string>, base: string): string {
	for (const candidate of slugCandidates(base)) {
		if (taken.has(candidate)) continue;
		taken.add(candidate);
		return candidate;
	}
	throw new Error('unreachable');
}

/** Sign-ups in time order, then some cancellations, each freeing a place for the first waiting person. */
function registrationsFor(
	rng: Rng,
	event: GeneratedEvent,
	pool: { local: number[]; all: number[] },
	today: number,
	language: 'pl' | 'en',
	ctx: TextContext
): Registration[] {
	if (pool.all.length === 0) return [];
	const opens = (event.registrationOpensAt ?? event.createdAt).getTime();
	const closes = Math.min(today - HOUR, (event.registrationClosesAt ?? event.startsAt).getTime(), event.cancelledAt?.getTime() ?? Infinity);
	if (closes <= opens) return [];
	// how far registration has got: all of it for past events, part of it for upcoming ones
	const progress = Math.min(1, (closes - opens) / Math.max(HOUR, (event.registrationClosesAt ?? event.startsAt).getTime() - opens));
	const wanted = event.capacity === null ? rng.skewed(1, 90) - 1 : Math.round(event.capacity * (0.2 + rng.next() * 0.95));
	const target = Math.min(pool.all.length, Math.round(wanted * progress));
	const chosen = new Set<number>();
	for (let i = 0; i < target * 2 && chosen.size < target; i++)
		chosen.add(pool.local.length && rng.chance(0.75) ? rng.pick(pool.local) : rng.pick(pool.all));
	const times = [...chosen].map(() => opens + Math.floor(rng.next() * (closes - opens))).sort((a, b) => a - b);

	const rows: Registration[] = [...chosen].map((personId, i) => {
		const answers: Record<string, string> = {};
		for (const question of event.questions)
			if (rng.chance(question === 'free' ? 0.4 : 0.15)) answers[question] = registrationAnswer(rng, language, question, ctx);
		const createdAt = new Date(times[i]);
		return {
			personId,
			status: 'registered',
			answers,
			promotedAt: null,
			cancelledAt: null,
			attended: null,
			remindedAt: null,
			createdAt,
			updatedAt: createdAt
		};
	});

	// replay sign-ups and cancellations in time order, as registerForEvent and cancelRegistration
	// would have seen them: a place while there is one, else the waiting list; a freed place goes
	// to the first person waiting (unless the event itself was cancelled)
	const steps: { at: number; row: Registration; cancel: boolean }[] = rows.map((row) => ({
		at: row.createdAt.getTime(),
		row,
		cancel: false
	}));
	for (const row of rows)
		if (rng.chance(0.06)) steps.push({ at: between(rng, row.createdAt.getTime(), closes).getTime(), row, cancel: true });
	steps.sort((a, b) => a.at - b.at || Number(a.cancel) - Number(b.cancel));
	let registered = 0;
	for (const { at, row, cancel } of steps) {
		if (!cancel) {
			row.status = event.capacity === null || registered < event.capacity ? 'registered' : 'waitlisted';
			if (row.status === 'registered') registered++;
			continue;
		}
		const held = row.status === 'registered';
		row.status = 'cancelled';
		row.cancelledAt = row.updatedAt = new Date(at);
		if (!held) continue;
		registered--;
		if (event.cancelledAt) continue;
		const next = rows.find((r) => r.status === 'waitlisted');
		if (next) {
			next.status = 'registered';
			next.promotedAt = next.updatedAt = new Date(at);
			registered++;
		}
	}

	const started = event.startsAt.getTime() < today;
	const marked = started && event.cancelledAt === null && event.endsAt.getTime() < today && rng.chance(0.5);
	for (const row of rows) {
		if (row.status !== 'registered' || event.cancelledAt) continue;
		// the day-before reminder went to everyone holding a place by then
		const reminder = event.startsAt.getTime() - DAY;
		if (started && (row.promotedAt ?? row.createdAt).getTime() <= reminder) row.remindedAt = new Date(reminder);
		if (marked) {
			row.attended = rng.chance(0.85);
			row.updatedAt = new Date(Math.min(today - HOUR, event.endsAt.getTime() + DAY));
		}
	}
	return rows;
}
