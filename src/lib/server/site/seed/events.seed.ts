/**
 * Demo events: meetings, workshops and conferences hosted by demo organisations, upcoming and
 * past, with programmes, questions and areas. One upcoming workshop is full with people on its
 * waiting list; one past conference has notes, attendance and linked practices. Study visits and
 * consultations are seeded by their own seeds. Dates are relative to today.
 */
import type { Deps } from '../../platform/core';
import type { AgendaItem, EventType } from '../../platform/db';
import { fromLocalInput, toLocalInput } from '$lib/datetime';

const DAY = 86_400_000;

/** Wall-clock time `hhmm` in `zone`, `days` from today there (negative: in the past). */
function at(days: number, hhmm: string, zone: string): Date {
	const date = toLocalInput(new Date(Date.now() + days * DAY), zone).slice(0, 10);
	return fromLocalInput(`${date}T${hhmm}`, zone)!;
}

interface DemoEvent {
	slug: string;
	type: EventType;
	host: string;
	city: string | null;
	title: string;
	description: string;
	zone: string;
	day: number;
	from: string;
	/** Days after the first day it ends (0: same day). */
	lasts?: number;
	to: string;
	online?: boolean;
	place: string;
	meetingUrl?: string;
	languages: string[];
	capacity: number | null;
	visibility: 'public' | 'members';
	agenda: AgendaItem[];
	questions: string[];
	freeQuestion?: string;
	areas: string[];
	practices?: string[];
	notes?: string;
	/** People (by e-mail) in the order they registered; over capacity they wait. */
	people: { email: string; answers?: Record<string, string>; attended?: boolean }[];
}

const EVENTS: DemoEvent[] = [
	{
		slug: 'warsztat-haldy-dla-mieszkancow',
		type: 'workshop',
		host: 'Urząd Miasta Wałbrzych (demo)',
		city: 'walbrzych',
		title: 'Warsztat: hałdy jako miejsce dla mieszkańców',
		description:
			'Praktyczny warsztat dla urzędników i organizacji: jak przygotować **porozumienie z właścicielem hałdy**, jak zorganizować wolontariuszy i jak mierzyć, czy mieszkańcy korzystają z nowych ścieżek.\n\nMiejsc jest mało, bo pracujemy w małych grupach; gdy ktoś zrezygnuje, miejsce dostaje pierwsza osoba z listy rezerwowej.',
		zone: 'Europe/Warsaw',
		day: 21,
		from: '10:00',
		to: '15:00',
		place: 'Urząd Miasta, sala 12, pl. Magistracki 1, Wałbrzych',
		languages: ['pl'],
		capacity: 3,
		visibility: 'members',
		agenda: [
			{ time: '10:00', title: 'Powitanie i przykłady z sieci', place: 'sala 12', speaker: 'Ewa Wiśniewska' },
			{ time: '11:00', title: 'Porozumienie z właścicielem terenu: wzór i pułapki', place: 'sala 12', speaker: 'Krzysztof Nowicki' },
			{ time: '12:30', title: 'Obiad', place: 'stołówka urzędu', speaker: '' },
			{
				time: '13:15',
				title: 'Spacer po hałdzie przy ul. Przemysłowej',
				place: 'hałda, wejście od ul. Przemysłowej',
				speaker: 'Fundacja Szyb Julia'
			}
		],
		questions: ['diet', 'accessibility'],
		areas: ['brownfield-reuse', 'participation'],
		practices: ['walbrzych-haldy'],
		people: [
			{ email: 'joanna.mazur@headframe.example', answers: { diet: 'wegetariańska' } },
			{ email: 'tomasz.lewandowski@headframe.example' },
			{ email: 'agnieszka.wojcik@headframe.example', answers: { accessibility: 'Proszę o miejsce blisko wyjścia.' } },
			{ email: 'barbara.grabowska@headframe.example' },
			{ email: 'marta.szymanska@headframe.example' }
		]
	},
	{
		slug: 'online-meeting-just-transition-skills',
		type: 'meeting',
		host: 'Ruhr Zukunft e.V. (demo)',
		city: null,
		title: 'Online meeting: skills programmes for a just transition',
		description:
			'An hour to compare skills programmes for former miners and their families in the Ruhr, Silesia and Limburg, and to look for partners for the next call.',
		zone: 'Europe/Berlin',
		day: 9,
		from: '14:00',
		to: '15:30',
		online: true,
		place: '',
		meetingUrl: 'https://meet.example/ruhr-skills-demo',
		languages: ['en', 'de'],
		capacity: 40,
		visibility: 'public',
		agenda: [
			{ time: '14:00', title: 'Welcome and round of introductions', place: '', speaker: 'Thomas Becker' },
			{ time: '14:15', title: 'Katernberg: jobs for the neighbourhood', place: '', speaker: 'Sabine Hoffmann' },
			{ time: '14:45', title: 'Open discussion: who joins a common application?', place: '', speaker: '' }
		],
		questions: ['free'],
		freeQuestion: 'Which programme in your city would you like to present in two minutes?',
		areas: ['economic-diversification', 'social-inclusion'],
		practices: ['essen-katernberg-jobs'],
		people: [
			{ email: 'piotr.zielinski@headframe.example' },
			{ email: 'giulia.rossi@headframe.example', answers: { free: 'Our training kitchen in Mirafiori.' } }
		]
	},
	{
		slug: 'konferencja-miasta-po-przemysle-2027',
		type: 'conference',
		host: 'Uniwersytet Śląski – Zespół Badań Miast Poprzemysłowych (demo)',
		city: 'katowice',
		title: 'Konferencja: miasta po przemyśle – demografia i praca',
		description:
			'Dwudniowa konferencja sieci: wyniki badań o odpływie ludności i nowych miejscach pracy, panele z burmistrzami i organizacjami. Obrady po polsku i angielsku z tłumaczeniem.',
		zone: 'Europe/Warsaw',
		day: 55,
		from: '09:30',
		lasts: 1,
		to: '16:00',
		place: 'Wydział Nauk Społecznych, ul. Bankowa 11, Katowice',
		languages: ['pl', 'en'],
		capacity: 120,
		visibility: 'public',
		agenda: [
			{ time: '09:30', title: 'Otwarcie konferencji', place: 'aula A', speaker: 'Piotr Zieliński' },
			{ time: '10:00', title: 'Kto wyjeżdża, kto wraca? Dane z 12 miast', place: 'aula A', speaker: 'Katarzyna Dąbrowska' },
			{
				time: '13:00',
				title: 'Panel: nowe miejsca pracy na terenach pokopalnianych',
				place: 'aula A',
				speaker: 'Jan Novák, Markus Schneider'
			}
		],
		questions: ['diet', 'accessibility', 'free'],
		freeQuestion: 'Czy potrzebujesz tłumaczenia na polski lub angielski?',
		areas: ['demography', 'economic-diversification'],
		people: [
			{ email: 'ewa@headframe.example' },
			{ email: 'david.hughes@headframe.example', answers: { free: 'Interpretation into English, please.' } }
		]
	},
	{
		slug: 'spotkanie-sieci-mieszkanie-za-remont',
		type: 'meeting',
		host: 'Łódzka Pracownia Rewitalizacji (demo)',
		city: 'lodz',
		title: 'Spotkanie sieci: mieszkanie za remont w praktyce',
		description:
			'Spotkanie dla miast, które chcą oddać pustostany w zamian za remont. Rozmawialiśmy o umowach, kosztach i o tym, kto pomaga lokatorom.',
		zone: 'Europe/Warsaw',
		day: -20,
		from: '11:00',
		to: '14:00',
		place: 'Księży Młyn, ul. Księży Młyn 14, Łódź',
		languages: ['pl'],
		capacity: 25,
		visibility: 'public',
		agenda: [
			{ time: '11:00', title: 'Wałbrzych: dziesięć lat programu', place: 'sala konferencyjna', speaker: 'Ewa Wiśniewska' },
			{ time: '12:00', title: 'Łódź: lokatorzy i sąsiedzi', place: 'sala konferencyjna', speaker: 'Paweł Kamiński' }
		],
		questions: ['diet'],
		areas: ['housing'],
		practices: ['walbrzych-mieszkanie-za-remont'],
		notes:
			'## Co ustaliliśmy\n\n- Wałbrzych udostępni wzór umowy „mieszkanie za remont” (wersja 2024).\n- Łódź i Bytom porównają koszty remontu na metr kwadratowy do końca kwartału.\n- Kolejne spotkanie: online, po wakacjach.\n\nPrezentacje są w materiałach poniżej, gdy organizatorzy je dodadzą.',
		people: [
			{ email: 'ewa@headframe.example', attended: true },
			{ email: 'tomasz.lewandowski@headframe.example', attended: true },
			{ email: 'robert.pawlak@headframe.example', attended: false }
		]
	},
	{
		slug: 'conference-brownfields-ostrava',
		type: 'conference',
		host: 'Statutární město Ostrava – odbor strategického rozvoje (demo)',
		city: 'ostrava',
		title: 'Conference: from brownfields to city districts',
		description:
			'Two days on turning former mines and steelworks into parts of the city: land ownership, decontamination costs, who moves in first. Site visit to Dolní Vítkovice on the second afternoon.',
		zone: 'Europe/Prague',
		day: -110,
		from: '09:00',
		lasts: 1,
		to: '15:30',
		place: 'Gong, Dolní Vítkovice, Ruská 2993, Ostrava',
		languages: ['en', 'cs'],
		capacity: 150,
		visibility: 'public',
		agenda: [
			{ time: '09:00', title: 'Opening: twenty years of Dolní Vítkovice', place: 'Gong, main hall', speaker: 'Jan Novák' },
			{
				time: '11:00',
				title: 'Panel: who pays for decontamination?',
				place: 'Gong, main hall',
				speaker: 'Markus Schneider, Julia Fischer, Claire Dubois'
			},
			{ time: '14:00', title: 'Site visit: blast furnace No. 1 and the science centre', place: 'Dolní Vítkovice', speaker: 'Jan Novák' }
		],
		questions: ['diet', 'accessibility'],
		areas: ['brownfield-reuse', 'economic-diversification'],
		notes:
			'## What we took away\n\n- Decontamination was a third of the cost in every case presented; early soil surveys saved Bochum a year.\n- Temporary uses (festivals, markets) brought people in before the first investor.\n- Ostrava will share its land-ownership map template with the network.',
		people: [
			{ email: 'jan.novak@headframe.example', attended: true },
			{ email: 'markus.schneider@headframe.example', attended: true },
			{ email: 'claire.dubois@headframe.example', attended: true },
			{ email: 'ewa@headframe.example', attended: false }
		]
	},
	{
		slug: 'workshop-colliery-volunteers',
		type: 'workshop',
		host: 'Sheffield Steel Heritage Trust (demo)',
		city: 'sheffield',
		title: 'Workshop: keeping volunteers in heritage sites',
		description:
			'How do heritage sites in former industrial towns keep their volunteers for years? Stories from Sheffield, Genk and Ostrava.',
		zone: 'Europe/London',
		day: -60,
		from: '13:00',
		to: '17:00',
		place: 'Kelham Island, Alma Street, Sheffield',
		languages: ['en'],
		capacity: null,
		visibility: 'members',
		agenda: [{ time: '13:00', title: 'Three sites, three ways', place: 'engine hall', speaker: 'Sarah Thompson, Pieter Janssens' }],
		questions: [],
		areas: ['culture-identity', 'participation'],
		people: [{ email: 'pieter.janssens@headframe.example' }, { email: 'lucie.dvorakova@headframe.example' }]
	}
];

export async function seedEvents({ db }: Deps): Promise<void> {
	const [orgs, cities, areas, people, practices] = await Promise.all([
		db.selectFrom('organisations').select(['id', 'name']).execute(),
		db.selectFrom('cities').select(['id', 'slug']).execute(),
		db.selectFrom('areas').select(['id', 'key']).execute(),
		db.selectFrom('people').select(['id', 'email']).execute(),
		db.selectFrom('practices').select(['id', 'slug']).execute()
	]);
	const orgId = new Map(orgs.map((o) => [o.name, o.id]));
	const cityId = new Map(cities.map((c) => [c.slug, c.id]));
	const areaId = new Map(areas.map((a) => [a.key, a.id]));
	const personId = new Map(people.map((p) => [p.email, p.id]));
	const practiceId = new Map(practices.map((p) => [p.slug, p.id]));

	for (const demo of EVENTS) {
		const host = orgId.get(demo.host);
		if (!host) continue;
		const startsAt = at(demo.day, demo.from, demo.zone);
		const endsAt = at(demo.day + (demo.lasts ?? 0), demo.to, demo.zone);
		const event = await db
			.insertInto('events')
			.values({
				slug: demo.slug,
				type: demo.type,
				host_organisation_id: host,
				city_id: demo.city ? (cityId.get(demo.city) ?? null) : null,
				title: demo.title,
				description: demo.description,
				starts_at: startsAt,
				ends_at: endsAt,
				time_zone: demo.zone,
				online: demo.online ?? false,
				place: demo.place,
				meeting_url: demo.meetingUrl ?? null,
				languages: demo.languages,
				capacity: demo.capacity,
				registration_opens_at: null,
				registration_closes_at: null,
				visibility: demo.visibility,
				agenda: JSON.stringify(demo.agenda),
				questions: demo.questions,
				free_question: demo.freeQuestion ?? '',
				notes: demo.notes ?? '',
				created_by: null
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		const areaIds = demo.areas.map((k) => areaId.get(k)).filter((id): id is number => id !== undefined);
		if (areaIds.length)
			await db
				.insertInto('event_areas')
				.values(areaIds.map((area_id) => ({ event_id: event.id, area_id })))
				.execute();
		const practiceIds = (demo.practices ?? []).map((s) => practiceId.get(s)).filter((id): id is number => id !== undefined);
		if (practiceIds.length)
			await db
				.insertInto('event_practices')
				.values(practiceIds.map((practice_id) => ({ event_id: event.id, practice_id })))
				.execute();
		let registered = 0;
		for (const person of demo.people) {
			const id = personId.get(person.email);
			if (!id) continue;
			const status = demo.capacity === null || registered < demo.capacity ? 'registered' : 'waitlisted';
			if (status === 'registered') registered++;
			await db
				.insertInto('event_registrations')
				.values({ event_id: event.id, person_id: id, status, answers: person.answers ?? {}, attended: person.attended ?? null })
				.execute();
		}
	}
}
