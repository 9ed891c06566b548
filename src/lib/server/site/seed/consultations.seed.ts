/**
 * Demo consultations: one open request with an offer of help (heating a mine building in
 * Wałbrzych, with an energy expert from Łódź offering), one scheduled as an upcoming online
 * event, and Ewa's finished one about a spoil heap, with its outcome. Dates are relative to today.
 */
import type { Deps } from '../../platform/core';
import { fromLocalInput, toLocalInput } from '$lib/datetime';

const DAY = 86_400_000;
const ZONE = 'Europe/Warsaw';

function at(days: number, hhmm: string): Date {
	const date = toLocalInput(new Date(Date.now() + days * DAY), ZONE).slice(0, 10);
	return fromLocalInput(`${date}T${hhmm}`, ZONE)!;
}

interface DemoConsultation {
	slug: string;
	asker: string;
	/** The asker's organisation it is asked for, by name; none: asked for themself. */
	organisation?: string;
	city: string;
	title: string;
	problem: string;
	areas: string[];
	daysAgo: number;
	offers: { email: string; message: string; picked?: boolean }[];
	meeting?: { slug: string; day: number; from: string; minutes: number; url: string };
	outcome?: string;
}

const CONSULTATIONS: DemoConsultation[] = [
	{
		slug: 'ogrzewanie-dawnej-lazni-gorniczej',
		asker: 'joanna.mazur@headframe.example',
		organisation: 'Fundacja Szyb Julia (demo)',
		city: 'walbrzych',
		title: 'Jak tanio ogrzać dawną łaźnię górniczą?',
		problem:
			'Prowadzimy warsztaty dla młodzieży w dawnej łaźni kopalni. Budynek ma 1200 m², wysokie hale i nieszczelne okna, a zimą **koszt ogrzewania zjada połowę budżetu** fundacji.\n\n- Czy ktoś ogrzewał podobny obiekt pompą ciepła albo ciepłem z wód kopalnianych?\n- Jak podzielić budynek na strefy, żeby nie grzać całości?\n- Skąd wzięliście pieniądze na termomodernizację zabytku?',
		areas: ['energy-transition', 'culture-identity'],
		daysAgo: 6,
		offers: [
			{
				email: 'robert.pawlak@headframe.example',
				message:
					'Doradzałem przy dwóch budynkach pofabrycznych w Łodzi: strefowanie i pompa ciepła powietrze-woda dały ok. 40% oszczędności. Chętnie opowiem, co zadziałało, a co nie.'
			}
		]
	},
	{
		slug: 'mieszkancy-w-planowaniu-terenu-pofabrycznego',
		asker: 'pawel.kaminski@headframe.example',
		organisation: 'Łódzka Pracownia Rewitalizacji (demo)',
		city: 'lodz',
		title: 'Jak włączyć mieszkańców w planowanie terenu pofabrycznego?',
		problem:
			'Miasto przygotowuje plan dla 8 ha po dawnej przędzalni. Mieszkańcy sąsiednich kamienic chcą mieć głos, ale konsultacje społeczne przyciągają głównie te same osoby.\n\nSzukamy sposobów, które sprawdziły się przy dużych terenach poprzemysłowych: spacery badawcze, makiety, budżet na tymczasowe użycie.',
		areas: ['participation', 'brownfield-reuse'],
		daysAgo: 14,
		offers: [
			{
				email: 'ainhoa.etxeberria@headframe.example',
				message:
					'In Bilbao we ran walking workshops and a temporary-use programme on the former shipyards. Happy to share our formats and what residents actually came to.',
				picked: true
			},
			{
				email: 'agnieszka.wojcik@headframe.example',
				message:
					'W Bytomiu zaczynaliśmy od podwórek i sąsiedzkich świąt. Mogę opowiedzieć, jak docieraliśmy do osób, które nie przychodzą na zebrania.'
			}
		],
		meeting: {
			slug: 'konsultacja-mieszkancy-teren-pofabryczny-lodz',
			day: 9,
			from: '10:00',
			minutes: 60,
			url: 'https://meet.example.org/headframe-demo-lodz'
		}
	},
	{
		slug: 'halda-jako-park-zagospodarowanie',
		asker: 'ewa@headframe.example',
		organisation: 'Urząd Miasta Wałbrzych (demo)',
		city: 'walbrzych',
		title: 'Hałda jako park: od czego zacząć?',
		problem:
			'Miasto chce udostępnić mieszkańcom hałdę przy ul. Przemysłowej. Nie wiemy, jak podejść do **bezpieczeństwa skarp**, własności terenu i utrzymania zieleni po zakończeniu projektu.',
		areas: ['brownfield-reuse', 'culture-identity'],
		daysAgo: 40,
		offers: [
			{
				email: 'claire.dubois@headframe.example',
				message:
					'Charleroi has turned several slag heaps into walking landmarks. I can explain how we handled safety studies and the agreement with the owner.',
				picked: true
			}
		],
		meeting: {
			slug: 'konsultacja-halda-jako-park',
			day: -20,
			from: '11:00',
			minutes: 90,
			url: 'https://meet.example.org/headframe-demo-halda'
		},
		outcome:
			'**Najważniejsze rady z Charleroi:**\n\n- Zacząć od badania geotechnicznego tylko tam, gdzie poprowadzimy ścieżki, a nie na całej hałdzie.\n- Podpisać z właścicielem porozumienie na 10 lat, z podziałem kosztów koszenia i odpowiedzialności.\n- Zaprosić mieszkańców na pierwszy spacer jeszcze przed pracami: to oni pilnują potem miejsca.\n\nClaire przyśle wzór porozumienia po francusku; przetłumaczymy go i dołączymy do praktyki o hałdach.'
	}
];

export async function seedConsultations({ db }: Deps): Promise<void> {
	const people = new Map((await db.selectFrom('people').select(['id', 'email', 'languages']).execute()).map((p) => [p.email, p]));
	const areas = new Map((await db.selectFrom('areas').select(['id', 'key']).execute()).map((a) => [a.key, a.id]));
	const cities = new Map((await db.selectFrom('cities').select(['id', 'slug']).execute()).map((c) => [c.slug, c.id]));
	const organisations = new Map((await db.selectFrom('organisations').select(['id', 'name']).execute()).map((o) => [o.name, o.id]));
	const person = (email: string) => {
		const found = people.get(email);
		if (!found) throw new Error(`Demo consultations: no person ${email}`);
		return found;
	};

	for (const c of CONSULTATIONS) {
		const asker = person(c.asker);
		const areaIds = c.areas.map((key) => {
			const id = areas.get(key);
			if (id === undefined) throw new Error(`Demo consultations: no area ${key}`);
			return id;
		});
		const organisationId = c.organisation ? (organisations.get(c.organisation) ?? null) : null;
		const cityId = cities.get(c.city) ?? null;
		const askedAt = new Date(Date.now() - c.daysAgo * DAY);

		let eventId: number | null = null;
		if (c.meeting) {
			const startsAt = at(c.meeting.day, c.meeting.from);
			const participants = [asker.id, ...c.offers.filter((o) => o.picked).map((o) => person(o.email).id)];
			const event = await db
				.insertInto('events')
				.values({
					slug: c.meeting.slug,
					type: 'consultation',
					host_organisation_id: organisationId,
					city_id: cityId,
					title: c.title,
					description: c.problem,
					starts_at: startsAt,
					ends_at: new Date(startsAt.getTime() + c.meeting.minutes * 60_000),
					time_zone: ZONE,
					online: true,
					place: '',
					meeting_url: c.meeting.url,
					languages: asker.languages.length ? asker.languages : ['pl'],
					capacity: participants.length,
					registration_opens_at: null,
					// closed from the moment it was scheduled: only the picked people take part
					registration_closes_at: new Date(askedAt.getTime() + 3 * DAY),
					visibility: 'members',
					created_by: asker.id,
					created_at: new Date(askedAt.getTime() + 3 * DAY)
				})
				.returning('id')
				.executeTakeFirstOrThrow();
			eventId = event.id;
			await db
				.insertInto('event_areas')
				.values(areaIds.map((area_id) => ({ event_id: event.id, area_id })))
				.execute();
			await db
				.insertInto('event_registrations')
				.values(
					participants.map((person_id) => ({
						event_id: event.id,
						person_id,
						status: 'registered' as const,
						answers: {},
						attended: c.meeting!.day < 0 ? true : null
					}))
				)
				.execute();
		}

		const consultation = await db
			.insertInto('consultations')
			.values({
				slug: c.slug,
				asker_id: asker.id,
				organisation_id: organisationId,
				city_id: cityId,
				title: c.title,
				problem: c.problem,
				status: c.outcome ? 'done' : c.meeting ? 'scheduled' : 'open',
				event_id: eventId,
				outcome: c.outcome ?? '',
				created_at: askedAt,
				updated_at: askedAt
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		await db
			.insertInto('consultation_areas')
			.values(areaIds.map((area_id) => ({ consultation_id: consultation.id, area_id })))
			.execute();
		await db
			.insertInto('consultation_offers')
			.values(
				c.offers.map((o, i) => ({
					consultation_id: consultation.id,
					person_id: person(o.email).id,
					message: o.message,
					picked: o.picked === true,
					created_at: new Date(askedAt.getTime() + (i + 1) * DAY)
				}))
			)
			.execute();
	}
}
