/**
 * Demo challenges: problems of demo cities in Poland, Belgium and Germany, with answers (one
 * linking a demo practice, some marked helpful), "we face this too" from other cities, and one
 * already solved. Dates are relative to today. Authors and answerers follow their challenges,
 * as the service makes them do. No activity is written: the demo starts with no notifications.
 */
import type { Deps } from '../../platform/core';
import type { HelpKind } from '../../platform/db';
import { DEMO_ORGANISATIONS } from './organisations.data';

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY);

interface DemoChallenge {
	slug: string;
	title: string;
	description: string;
	tried: string;
	city: string;
	organisation: string | null;
	author: string;
	areas: string[];
	help: HelpKind[];
	visibility: 'public' | 'members';
	daysAgo: number;
	solvedDaysAgo?: number;
	facing: { city: string; person: string; note: string; daysAgo: number }[];
	answers: { author: string; body: string; practice?: string; helpful?: boolean; daysAgo: number }[];
}

const CHALLENGES: DemoChallenge[] = [
	{
		slug: 'bytom-puste-lokale-w-srodmiesciu-demo',
		title: 'Puste lokale użytkowe w śródmieściu Bytomia (demo)',
		description:
			'Przy rynku i ulicy Dworcowej co trzeci lokal na parterze stoi pusty. Najemcy odchodzą do galerii handlowych, a puste witryny odstraszają kolejnych.\n\nSzukamy sposobów, które zadziałały gdzie indziej: **krótkie najmy na próbę**, lokale dla rzemieślników i organizacji, wspólna promocja ulicy.',
		tried:
			'Obniżyliśmy czynsze w lokalach gminnych o 30% i ogłosiliśmy konkurs na „lokal na start”. Zgłosiły się trzy osoby, dwie zrezygnowały po roku.',
		city: 'bytom',
		organisation: 'um-bytom',
		author: 'tomasz.lewandowski@headframe.example',
		areas: ['economic-diversification', 'brownfield-reuse'],
		help: ['experience', 'data', 'partner'],
		visibility: 'public',
		daysAgo: 40,
		facing: [
			{
				city: 'walbrzych',
				person: 'krzysztof.nowicki@headframe.example',
				note: 'W Śródmieściu Wałbrzycha podobnie: ok. 25% pustych parterów.',
				daysAgo: 35
			},
			{
				city: 'essen',
				person: 'thomas.becker@headframe.example',
				note: 'Katernberg has the same problem along the main street.',
				daysAgo: 20
			}
		],
		answers: [
			{
				author: 'pawel.kaminski@headframe.example',
				body: 'W Łodzi w ramach rewitalizacji obszarowej lokale dostawały organizacje i pracownie na preferencyjnych warunkach, a miasto prowadziło wspólną promocję ulic. Opis i liczby są w praktyce poniżej.',
				practice: 'lodz-rewitalizacja-obszarowa',
				helpful: true,
				daysAgo: 33
			},
			{
				author: 'thomas.becker@headframe.example',
				body: 'In Essen, short **pop-up leases** of three to six months worked better than lower rents: owners were ready to try, and a third of the pop-ups stayed.',
				daysAgo: 18
			}
		]
	},
	{
		slug: 'walbrzych-ogrzewanie-starych-kamienic-demo',
		title: 'Ogrzewanie w starych kamienicach: piece węglowe i ubóstwo energetyczne (demo)',
		description:
			'W kamienicach Śródmieścia i Sobięcina wciąż grzeje się piecami kaflowymi. Podłączenie do sieci ciepłowniczej jest drogie, a wielu lokatorów nie stać na wyższe rachunki.\n\nPotrzebujemy danych o kosztach i **ekspertów**, którzy prowadzili wymianę ogrzewania w zamieszkanych budynkach.',
		tried: 'Program dopłat do wymiany pieców: w dwa lata skorzystało 140 mieszkań z ok. 3000.',
		city: 'walbrzych',
		organisation: 'um-walbrzych',
		author: 'krzysztof.nowicki@headframe.example',
		areas: ['housing', 'energy-transition'],
		help: ['data', 'expert'],
		visibility: 'public',
		daysAgo: 25,
		facing: [
			{
				city: 'lodz',
				person: 'pawel.kaminski@headframe.example',
				note: 'Łódzkie kamienice: ten sam problem, tysiące pieców.',
				daysAgo: 22
			},
			{ city: 'bytom', person: 'agnieszka.wojcik@headframe.example', note: '', daysAgo: 12 }
		],
		answers: [
			{
				author: 'katarzyna.dabrowska@headframe.example',
				body: 'Badamy ubóstwo energetyczne na Śląsku; mamy dane o kosztach wymiany w budynkach zamieszkanych. Chętnie się nimi podzielę: napiszcie do mnie.',
				daysAgo: 20
			}
		]
	},
	{
		slug: 'charleroi-access-to-slag-heaps-demo',
		title: 'Safe public access to the slag heaps of Charleroi (demo)',
		description:
			'Charleroi has more than forty **terrils** (slag heaps). Residents want to walk on them, but some are still warm inside, paths erode and owners fear liability.\n\nHow did other cities open spoil heaps to the public safely, and who paid for it?',
		tried: 'A first marked path on one terril with volunteers; erosion closed part of it after a wet winter.',
		city: 'charleroi',
		organisation: 'charleroi-city',
		author: 'claire.dubois@headframe.example',
		areas: ['brownfield-reuse', 'participation'],
		help: ['experience', 'partner'],
		visibility: 'public',
		daysAgo: 90,
		solvedDaysAgo: 15,
		facing: [
			{
				city: 'walbrzych',
				person: 'ewa@headframe.example',
				note: 'Hałdy na Sobięcinie i Białym Kamieniu – u nas ten sam temat.',
				daysAgo: 80
			}
		],
		answers: [
			{
				author: 'ewa@headframe.example',
				body: 'W Wałbrzychu najpierw ugasiliśmy i ustabilizowaliśmy hałdy, a potem zrobiliśmy z nich parki ze ścieżkami. Wszystko opisaliśmy w praktyce.',
				practice: 'walbrzych-haldy',
				helpful: true,
				daysAgo: 75
			},
			{
				author: 'markus.schneider@headframe.example',
				body: 'In the Ruhr the regional association owns many heaps and takes on the liability; that made public access possible.',
				daysAgo: 60
			}
		]
	},
	{
		slug: 'lodz-lofty-a-dotychczasowi-lokatorzy-demo',
		title: 'Lofty w dawnych fabrykach a dotychczasowi lokatorzy (demo)',
		description:
			'Fabryki przy Księżym Młynie i Ogrodowej zamieniają się w lofty. Ceny rosną, a starsi lokatorzy domów robotniczych obok boją się, że będą musieli się wyprowadzić.\n\nJak pogodzić nowe mieszkania w zabytkach z tymi, którzy mieszkają tu od pokoleń?',
		tried: 'Konsultacje z mieszkańcami przy planie miejscowym; część zapisów o mieszkaniach komunalnych udało się utrzymać.',
		city: 'lodz',
		organisation: 'lodz-pracownia',
		author: 'pawel.kaminski@headframe.example',
		areas: ['housing', 'social-inclusion'],
		help: ['experience', 'data'],
		visibility: 'public',
		daysAgo: 12,
		facing: [
			{
				city: 'zyrardow',
				person: 'marta.szymanska@headframe.example',
				note: 'W Żyrardowie lofty w przędzalni i osada fabryczna obok.',
				daysAgo: 10
			}
		],
		answers: [
			{
				author: 'marta.szymanska@headframe.example',
				body: 'W Żyrardowie lofty powstały w dawnej przędzalni; warto zobaczyć, co się udało, a co nie, zwłaszcza w relacjach z osadą.',
				practice: 'zyrardow-lofty',
				daysAgo: 8
			}
		]
	},
	{
		slug: 'essen-skills-for-miners-families-demo',
		title: 'Skills and jobs for former miners’ families (demo)',
		description:
			'Ten years after the last colliery closed, many families in the north of Essen still live on benefits. Training offers reach few of them.\n\nWe look for **partners** for an EU application and for data on what worked elsewhere.',
		tried: 'Job fairs in the neighbourhood and a mentoring programme with 30 families.',
		city: 'essen',
		organisation: 'ruhr-zukunft',
		author: 'sabine.hoffmann@headframe.example',
		areas: ['social-inclusion', 'economic-diversification'],
		help: ['partner', 'data'],
		visibility: 'members',
		daysAgo: 6,
		facing: [
			{
				city: 'katowice',
				person: 'piotr.zielinski@headframe.example',
				note: 'Dane z Katowic i Bytomia pokazują podobny obraz.',
				daysAgo: 4
			}
		],
		answers: [
			{
				author: 'piotr.zielinski@headframe.example',
				body: 'We compared labour-market indicators of Silesian towns after mine closures; happy to share the tables and join an application.',
				daysAgo: 4
			}
		]
	}
];

export async function seedChallenges({ db }: Deps): Promise<void> {
	const [cities, organisations, people, areas, practices] = await Promise.all([
		db.selectFrom('cities').select(['id', 'slug']).execute(),
		db.selectFrom('organisations').select(['id', 'name']).execute(),
		db.selectFrom('people').select(['id', 'email']).execute(),
		db.selectFrom('areas').select(['id', 'key']).execute(),
		db.selectFrom('practices').select(['id', 'slug']).execute()
	]);
	const cityId = new Map(cities.map((c) => [c.slug, c.id]));
	const organisationId = new Map(
		DEMO_ORGANISATIONS.map((o) => [o.key, organisations.find((row) => row.name === o.name)?.id ?? null] as const)
	);
	const personId = new Map(people.map((p) => [p.email, p.id]));
	const areaId = new Map(areas.map((a) => [a.key, a.id]));
	const practiceId = new Map(practices.map((p) => [p.slug, p.id]));

	for (const demo of CHALLENGES) {
		const city = cityId.get(demo.city);
		const author = personId.get(demo.author);
		if (!city || !author) continue;
		const challenge = await db
			.insertInto('challenges')
			.values({
				slug: demo.slug,
				title: demo.title,
				description: demo.description,
				tried: demo.tried,
				city_id: city,
				organisation_id: demo.organisation ? (organisationId.get(demo.organisation) ?? null) : null,
				help_wanted: demo.help,
				status: demo.solvedDaysAgo !== undefined ? 'solved' : 'open',
				visibility: demo.visibility,
				author_id: author,
				solved_at: demo.solvedDaysAgo !== undefined ? daysAgo(demo.solvedDaysAgo) : null,
				created_at: daysAgo(demo.daysAgo),
				updated_at: daysAgo(demo.solvedDaysAgo ?? demo.daysAgo)
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		const areaIds = demo.areas.flatMap((key) => (areaId.has(key) ? [areaId.get(key)!] : []));
		if (areaIds.length)
			await db
				.insertInto('challenge_areas')
				.values(areaIds.map((area_id) => ({ challenge_id: challenge.id, area_id })))
				.execute();
		const followers = new Set([author]);
		for (const f of demo.facing) {
			const faceCity = cityId.get(f.city);
			const person = personId.get(f.person);
			if (!faceCity || !person) continue;
			await db
				.insertInto('challenge_cities')
				.values({ challenge_id: challenge.id, city_id: faceCity, person_id: person, note: f.note, created_at: daysAgo(f.daysAgo) })
				.execute();
			followers.add(person);
		}
		for (const a of demo.answers) {
			const person = personId.get(a.author);
			if (!person) continue;
			await db
				.insertInto('challenge_answers')
				.values({
					challenge_id: challenge.id,
					author_id: person,
					body: a.body,
					practice_id: a.practice ? (practiceId.get(a.practice) ?? null) : null,
					helpful: a.helpful ?? false,
					created_at: daysAgo(a.daysAgo)
				})
				.execute();
			followers.add(person);
		}
		await db
			.insertInto('follows')
			.values([...followers].map((id) => ({ person_id: id, target_type: 'challenge' as const, target_id: challenge.id })))
			.onConflict((oc) => oc.doNothing())
			.execute();
	}
}
