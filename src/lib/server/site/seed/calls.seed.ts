/**
 * Demo funding calls and a partner search in progress. Deadlines are relative to today, so
 * the list always has a call closing soon, one in six weeks (Thomas's case) and one later,
 * plus one already closed. The calls are invented ("(demo)"); their links go nowhere real.
 */
import type { Deps } from '../../platform/core';
import { fromLocalInput, toLocalInput } from '$lib/datetime';
import { DEMO_ORGANISATIONS } from './organisations.data';

const DAY = 86_400_000;

/** Wall-clock time `hhmm` in `zone`, `days` from today there. */
function at(days: number, hhmm: string, zone: string): Date {
	const date = toLocalInput(new Date(Date.now() + days * DAY), zone).slice(0, 10);
	return fromLocalInput(`${date}T${hhmm}`, zone)!;
}

interface DemoCall {
	slug: string;
	title: string;
	funder: string;
	programme: string;
	url: string;
	days: number;
	time: string;
	zone: string;
	budget: string;
	eligibility: string;
	description: string;
	areas: string[];
	countries: string[];
	addedBy: string;
}

const CALLS: DemoCall[] = [
	{
		slug: 'interreg-central-europe-brownfields-demo',
		title: 'Interreg Central Europe: green futures for former mining sites (demo)',
		funder: 'Interreg Central Europe (demo)',
		programme: 'Interreg Central Europe 2021–2027',
		url: 'https://interreg-central.example/calls/green-futures',
		days: 42,
		time: '17:00',
		zone: 'Europe/Brussels',
		budget: 'EUR 1–2.5 million per project, 80% co-financing',
		eligibility: 'Public bodies, NGOs and research institutions from the programme area. At least three partners from three countries.',
		description:
			'Transnational pilot actions that turn **spoil heaps, pit yards and shaft buildings** into green infrastructure, with residents involved from the start.\n\n- pilot actions in at least two cities\n- a shared strategy and a transfer plan\n- capacity building for city staff',
		areas: ['brownfield-reuse', 'energy-transition', 'participation'],
		countries: ['PL', 'CZ', 'DE', 'AT', 'SK', 'SI', 'HU', 'HR', 'IT'],
		addedBy: 'thomas.becker@headframe.example'
	},
	{
		slug: 'nabor-rewitalizacja-spoleczna-demo',
		title: 'Rewitalizacja społeczna osiedli górniczych (demo)',
		funder: 'Fundacja Dziedzictwa Przemysłowego (demo)',
		programme: 'Program „Sąsiedztwa” 2026',
		url: 'https://fundacja-dziedzictwa.example/nabory/sasiedztwa',
		days: 10,
		time: '23:59',
		zone: 'Europe/Warsaw',
		budget: 'do 300 000 zł na projekt',
		eligibility: 'Organizacje pozarządowe i grupy nieformalne (z partnerem) z gmin poprzemysłowych w Polsce.',
		description: 'Wsparcie dla działań sąsiedzkich na dawnych osiedlach robotniczych: odnowa podwórek, świetlice, historia mówiona.',
		areas: ['social-inclusion', 'culture-identity', 'housing'],
		countries: ['PL'],
		addedBy: 'koordynator@headframe.example'
	},
	{
		slug: 'urban-innovative-actions-just-transition-demo',
		title: 'European Urban Initiative: just transition in coal regions (demo)',
		funder: 'European Commission (demo)',
		programme: 'European Urban Initiative',
		url: 'https://urban-initiative.example/calls/just-transition',
		days: 95,
		time: '14:00',
		zone: 'Europe/Brussels',
		budget: 'up to EUR 5 million per city-led project',
		eligibility: 'Cities or groupings of cities of over 50,000 inhabitants in the EU.',
		description: 'Innovative city-led projects on skills, new jobs and energy in regions leaving coal.',
		areas: ['economic-diversification', 'energy-transition'],
		countries: [],
		addedBy: 'koordynator@headframe.example'
	},
	{
		slug: 'heritage-small-grants-closed-demo',
		title: 'Industrial heritage small grants (demo)',
		funder: 'European Route of Industrial Heritage (demo)',
		programme: '',
		url: 'https://erih.example/small-grants',
		days: -20,
		time: '12:00',
		zone: 'Europe/Berlin',
		budget: 'EUR 10,000',
		eligibility: 'Member sites of the route.',
		description: 'Small grants for events at industrial heritage sites.',
		areas: ['culture-identity'],
		countries: [],
		addedBy: 'koordynator@headframe.example'
	}
];

export async function seedCalls({ db }: Deps): Promise<void> {
	const [areas, people, organisations] = await Promise.all([
		db.selectFrom('areas').select(['id', 'key']).execute(),
		db.selectFrom('people').select(['id', 'email']).execute(),
		db.selectFrom('organisations').select(['id', 'name']).execute()
	]);
	const areaId = new Map(areas.map((a) => [a.key, a.id]));
	const personId = new Map(people.map((p) => [p.email, p.id]));
	const orgByKey = new Map(DEMO_ORGANISATIONS.map((o) => [o.key, organisations.find((row) => row.name === o.name)?.id]));
	const coordinator = personId.get('koordynator@headframe.example') ?? null;
	const callId = new Map<string, number>();

	for (const call of CALLS) {
		const row = await db
			.insertInto('funding_calls')
			.values({
				slug: call.slug,
				title: call.title,
				funder: call.funder,
				programme: call.programme,
				url: call.url,
				deadline: at(call.days, call.time, call.zone),
				time_zone: call.zone,
				budget: call.budget,
				eligibility: call.eligibility,
				description: call.description,
				countries: call.countries,
				status: 'checked',
				checked_by: coordinator,
				checked_at: new Date(),
				created_by: personId.get(call.addedBy) ?? null
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		callId.set(call.slug, row.id);
		const ids = call.areas.map((key) => areaId.get(key)).filter((id): id is number => id !== undefined);
		if (ids.length)
			await db
				.insertInto('funding_call_areas')
				.values(ids.map((area_id) => ({ call_id: row.id, area_id })))
				.execute();
	}

	// Thomas follows the call he added; the coordinator's queue has one call to check.
	const thomas = personId.get('thomas.becker@headframe.example');
	const interreg = callId.get('interreg-central-europe-brownfields-demo')!;
	if (thomas) await db.insertInto('follows').values({ person_id: thomas, target_type: 'call', target_id: interreg }).execute();
	await db
		.insertInto('funding_calls')
		.values({
			slug: 'horizon-europe-missions-cities-demo',
			title: 'Horizon Europe: climate-neutral and smart cities (demo)',
			funder: 'European Commission (demo)',
			programme: 'Horizon Europe – Cities Mission',
			url: 'https://horizon.example/missions/cities',
			deadline: at(70, '17:00', 'Europe/Brussels'),
			time_zone: 'Europe/Brussels',
			budget: 'EUR 3–6 million per consortium',
			eligibility: 'Consortia of at least three independent legal entities from three EU countries.',
			description: 'Research and innovation for climate-neutral cities, with a focus on cities in transition.',
			countries: [],
			status: 'pending',
			created_by: personId.get('david.hughes@headframe.example') ?? null
		})
		.execute();

	// A partner search in progress: Ruhr Zukunft looks for partners for the Interreg call;
	// Ostrava is accepted, the Sheffield lab waits for an answer.
	const ruhr = orgByKey.get('ruhr-zukunft');
	const ostrava = orgByKey.get('ostrava-city');
	const sheffield = orgByKey.get('sheffield-lab');
	if (!ruhr || !ostrava || !sheffield) return;
	const search = await db
		.insertInto('partner_searches')
		.values({
			slug: 'green-heaps-partners-demo',
			call_id: interreg,
			organisation_id: ruhr,
			person_id: thomas ?? null,
			title: 'Green heaps: spoil heaps as neighbourhood parks (demo)',
			idea: 'We want to pilot the reuse of spoil heaps as **neighbourhood parks** in three mining towns, with residents planning and looking after them.\n\nRuhr Zukunft brings experience from two heaps in Essen and leads the project; we look for a pilot city in Poland or Czechia and a research partner for the evaluation.',
			roles_sought: 'A pilot city with a spoil heap near housing; a research partner to evaluate the pilots.',
			organisation_types: ['local_government', 'research'],
			countries: ['PL', 'CZ', 'SK']
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	await db
		.insertInto('partner_interests')
		.values([
			{
				search_id: search.id,
				organisation_id: ostrava,
				person_id: personId.get('jan.novak@headframe.example') ?? null,
				message: 'Ostrava has two heaps next to housing estates in Přívoz and would gladly pilot one of them.',
				status: 'accepted',
				role: 'partner',
				decided_at: new Date()
			},
			{
				search_id: search.id,
				organisation_id: sheffield,
				person_id: personId.get('david.hughes@headframe.example') ?? null,
				message:
					'Our lab evaluates health effects of green space in former steel towns; we could lead the evaluation as an associated partner.',
				status: 'pending',
				role: 'partner'
			}
		])
		.execute();
}
