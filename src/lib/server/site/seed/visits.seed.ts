import type { Deps } from '../../platform/core';
import { fromLocalInput, toLocalInput } from '$lib/datetime';

const DAY = 86_400_000;

/** Wall-clock time `hhmm` in `zone`, `days` from today there (negative: in the past). */
function at(days: number, hhmm: string, zone: string): Date {
	const date = toLocalInput(new Date(Date.now() + days * DAY), zone).slice(0, 10);
	return fromLocalInput(`${date}T${hhmm}`, zone)!;
}

interface DemoVisit {
	slug: string;
	host: string;
	city: string;
	title: string;
	description: string;
	sites: string;
	costs: string;
	costsPaidBy: 'host' | 'visitors' | 'shared' | 'programme';
	zone: string;
	day: number;
	from: string;
	to: string;
	closesDay: number | null;
	place: string;
	languages: string[];
	capacity: number;
	practices: string[];
	applications: {
		email: string;
		organisation: string | null;
		status: 'pending' | 'accepted' | 'declined';
		motivation: string;
		message?: string;
	}[];
	takeaways: { email: string; note: string; practice: string | null }[];
}

const VISITS: DemoVisit[] = [
	{
		slug: 'wizyta-studyjna-stara-kopalnia-i-haldy',
		host: 'Urząd Miasta Wałbrzych (demo)',
		city: 'walbrzych',
		title: 'Wizyta studyjna: Stara Kopalnia i hałdy Wałbrzycha',
		description:
			'Jeden dzień w Wałbrzychu z zespołem rewitalizacji: jak dawna kopalnia stała się centrum nauki i sztuki, kto za nią płaci i jak miasto zaczęło opiekować się hałdami razem z mieszkańcami.\n\n- 9:00 spotkanie w Starej Kopalni, zwiedzanie z przewodnikiem\n- 12:00 obiad i rozmowa o kosztach utrzymania\n- 13:30 spacer po hałdzie przy ul. Przemysłowej z wolontariuszami\n- 15:30 podsumowanie w urzędzie',
		sites:
			'- Stara Kopalnia: maszynownia, łaźnia łańcuszkowa i wieża szybowa\n- hałda przy ul. Przemysłowej: ścieżka i punkt widokowy\n- Sobięcin: kamienice po remoncie w programie „mieszkanie za remont”',
		costs: 'Dojazd i nocleg we własnym zakresie; obiad i przewodników zapewnia miasto.',
		costsPaidBy: 'shared',
		zone: 'Europe/Warsaw',
		day: 40,
		from: '09:00',
		to: '16:00',
		closesDay: 30,
		place: 'Stara Kopalnia, ul. Wysockiego 29, Wałbrzych',
		languages: ['pl', 'en'],
		capacity: 12,
		practices: ['walbrzych-stara-kopalnia', 'walbrzych-haldy', 'walbrzych-mieszkanie-za-remont'],
		applications: [
			{
				email: 'jan.novak@headframe.example',
				organisation: 'Statutární město Ostrava – odbor strategického rozvoje (demo)',
				status: 'accepted',
				motivation:
					'Ostrava has many spoil heaps next to housing estates. We want to see how you agreed access with the owners and how volunteers look after the paths.',
				message: 'Welcome! We will meet at the gate of the Old Mine.'
			},
			{
				email: 'claire.dubois@headframe.example',
				organisation: 'Ville de Charleroi – Rénovation urbaine (demo)',
				status: 'pending',
				motivation:
					'Our terril route in Charleroi has the same ownership problems; I would like to compare the agreements and bring our maps.'
			}
		],
		takeaways: []
	},
	{
		slug: 'study-visit-sheffield-steel-workshops',
		host: 'Sheffield Steel Heritage Trust (demo)',
		city: 'sheffield',
		title: 'Study visit: Sheffield’s steel workshops and Kelham Island',
		description:
			'Two days with the Trust’s staff and volunteers: how the workshops of Kelham Island stayed places of work, who runs them, and how the health champions reached families in the east end.',
		sites:
			'- Kelham Island: the workshops and the engine hall\n- Abbeydale: the crucible furnace and the tilt forge\n- a community centre of the health champions in the east end',
		costs: 'Travel on your own; the Trust covers guides, lunches and the workshop visits.',
		costsPaidBy: 'visitors',
		zone: 'Europe/London',
		day: -45,
		from: '10:00',
		to: '17:00',
		closesDay: -60,
		place: 'Kelham Island Museum, Alma Street, Sheffield',
		languages: ['en'],
		capacity: 10,
		practices: ['sheffield-kelham-island', 'sheffield-health-champions'],
		applications: [
			{
				email: 'ewa@headframe.example',
				organisation: 'Urząd Miasta Wałbrzych (demo)',
				status: 'accepted',
				motivation: 'Szukamy sposobu na utrzymanie warsztatów w budynkach kopalni; chcemy zobaczyć, jak robi to Sheffield.'
			},
			{
				email: 'thomas.becker@headframe.example',
				organisation: 'Ruhr Zukunft e.V. (demo)',
				status: 'accepted',
				motivation: 'We are preparing a bid on skills in heritage workshops and want to learn from the Trust’s volunteer model.'
			},
			{
				email: 'pawel.kaminski@headframe.example',
				organisation: 'Łódzka Pracownia Rewitalizacji (demo)',
				status: 'accepted',
				motivation: 'Chcę zobaczyć, jak warsztaty w dawnych fabrykach współpracują z mieszkańcami.'
			},
			{
				email: 'marta.szymanska@headframe.example',
				organisation: 'Muzeum Lnu w Żyrardowie (demo)',
				status: 'declined',
				motivation: 'Interesuje nas edukacja w dawnych zakładach.',
				message: 'Sorry, the places went to towns with workshops already running; please apply for the next visit.'
			}
		],
		takeaways: [
			{
				email: 'pawel.kaminski@headframe.example',
				note: 'Warsztaty działają, bo czynsz jest niski, a najemcy prowadzą dni otwarte. Spróbujemy tego w jednej łódzkiej fabryce: trzy pracownie na próbę przez rok.',
				practice: 'sheffield-kelham-island'
			}
		]
	}
];

/**
 * Demo study visits: one coming up in Wałbrzych, hosted by its city hall, with an accepted and
 * a pending application; one past visit in Sheffield with participants (Ewa and Thomas among
 * them, so they can say what they take home) and a takeaway. Accepted people are registered for
 * the event, as accepting does. Missing cities, organisations or people are skipped.
 */
export async function seedVisits({ db }: Deps): Promise<void> {
	const [cities, organisations, people, practices] = await Promise.all([
		db.selectFrom('cities').select(['id', 'slug']).execute(),
		db.selectFrom('organisations').select(['id', 'name']).execute(),
		db.selectFrom('people').select(['id', 'email']).execute(),
		db.selectFrom('practices').select(['id', 'slug']).execute()
	]);
	const cityId = new Map(cities.map((c) => [c.slug, c.id]));
	const organisationId = new Map(organisations.map((o) => [o.name, o.id]));
	const personId = new Map(people.map((p) => [p.email, p.id]));
	const practiceId = new Map(practices.map((p) => [p.slug, p.id]));

	for (const visit of VISITS) {
		const host = organisationId.get(visit.host);
		const city = cityId.get(visit.city);
		if (host === undefined || city === undefined) continue;
		const startsAt = at(visit.day, visit.from, visit.zone);
		const closesAt = visit.closesDay === null ? null : at(visit.closesDay, '23:59', visit.zone);
		const event = await db
			.insertInto('events')
			.values({
				slug: visit.slug,
				type: 'study_visit',
				host_organisation_id: host,
				city_id: city,
				title: visit.title,
				description: visit.description,
				starts_at: startsAt,
				ends_at: at(visit.day, visit.to, visit.zone),
				time_zone: visit.zone,
				place: visit.place,
				meeting_url: null,
				languages: visit.languages,
				capacity: visit.capacity,
				registration_closes_at: closesAt,
				visibility: 'public',
				created_by: null,
				created_at: new Date(startsAt.getTime() - 50 * DAY)
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		await db
			.insertInto('study_visits')
			.values({
				event_id: event.id,
				sites: visit.sites,
				costs: visit.costs,
				costs_paid_by: visit.costsPaidBy,
				applications_close_at: closesAt
			})
			.execute();
		const linked = visit.practices.flatMap((slug) =>
			practiceId.has(slug) ? [{ event_id: event.id, practice_id: practiceId.get(slug)! }] : []
		);
		if (linked.length) await db.insertInto('event_practices').values(linked).execute();

		const hostAdmin = await db
			.selectFrom('organisation_members')
			.select('person_id')
			.where('organisation_id', '=', host)
			.where('role', '=', 'admin')
			.executeTakeFirst();
		const past = visit.day < 0;
		for (const [index, application] of visit.applications.entries()) {
			const person = personId.get(application.email);
			if (person === undefined) continue;
			const appliedAt = new Date(startsAt.getTime() - (30 - index) * DAY);
			const decided = application.status !== 'pending';
			await db
				.insertInto('study_visit_applications')
				.values({
					event_id: event.id,
					person_id: person,
					organisation_id: application.organisation ? (organisationId.get(application.organisation) ?? null) : null,
					motivation: application.motivation,
					status: application.status,
					decision_message: application.message ?? '',
					decided_by: decided ? (hostAdmin?.person_id ?? null) : null,
					decided_at: decided ? new Date(appliedAt.getTime() + 2 * DAY) : null,
					created_at: appliedAt
				})
				.execute();
			if (application.status === 'accepted') {
				await db
					.insertInto('event_registrations')
					.values({ event_id: event.id, person_id: person, status: 'registered', answers: {}, attended: past ? true : null })
					.execute();
			}
		}
		for (const takeaway of visit.takeaways) {
			const person = personId.get(takeaway.email);
			if (person === undefined) continue;
			await db
				.insertInto('study_visit_takeaways')
				.values({
					event_id: event.id,
					person_id: person,
					note: takeaway.note,
					practice_id: takeaway.practice ? (practiceId.get(takeaway.practice) ?? null) : null,
					created_at: new Date(startsAt.getTime() + 3 * DAY)
				})
				.execute();
		}
	}
}
