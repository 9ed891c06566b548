/**
 * The demo network's organisations: plausible but invented, in the demo cities. Every name
 * carries "(demo)" and every row is_demo, so nobody mistakes them for real ones.
 */
import type { OrganisationType } from '../../platform/db';

export interface DemoOrganisation {
	key: string;
	name: string;
	type: OrganisationType;
	city: string;
	website?: string;
	description: string;
	/** Month of approval (YYYY-MM) or null while its application waits. */
	memberSince: string | null;
}

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
	{
		key: 'um-walbrzych',
		name: 'Urząd Miasta Wałbrzych (demo)',
		type: 'local_government',
		city: 'walbrzych',
		website: 'https://walbrzych.example',
		memberSince: '2024-03',
		description:
			'Wydział Rewitalizacji prowadzi odnowę śródmieścia i osiedli robotniczych oraz szuka nowych funkcji dla terenów pokopalnianych i hałd.'
	},
	{
		key: 'stara-kopalnia',
		name: 'Fundacja Szyb Julia (demo)',
		type: 'ngo',
		city: 'walbrzych',
		memberSince: '2024-05',
		description: 'Prowadzimy warsztaty dla młodzieży w dawnych budynkach kopalni i dokumentujemy wspomnienia górników.'
	},
	{
		key: 'um-bytom',
		name: 'Urząd Miejski w Bytomiu (demo)',
		type: 'local_government',
		city: 'bytom',
		memberSince: '2024-04',
		description: 'Zespół ds. rewitalizacji śródmieścia i terenów zdegradowanych po eksploatacji górniczej.'
	},
	{
		key: 'bytom-podworka',
		name: 'Bytomskie Podwórka – grupa sąsiedzka (demo)',
		type: 'informal_group',
		city: 'bytom',
		memberSince: '2025-01',
		description: 'Mieszkańcy Rozbarku, którzy razem odnawiają podwórka i organizują sąsiedzkie święta.'
	},
	{
		key: 'lodz-pracownia',
		name: 'Łódzka Pracownia Rewitalizacji (demo)',
		type: 'ngo',
		city: 'lodz',
		website: 'https://pracownia-lodz.example',
		memberSince: '2024-06',
		description: 'Wspieramy mieszkańców kamienic i dawnych osiedli fabrycznych w procesach rewitalizacji.'
	},
	{
		key: 'us-katowice',
		name: 'Uniwersytet Śląski – Zespół Badań Miast Poprzemysłowych (demo)',
		type: 'research',
		city: 'katowice',
		memberSince: '2024-02',
		description: 'Badamy zmiany demograficzne, rynek pracy i przestrzeń miast po zamknięciu kopalń i hut.'
	},
	{
		key: 'zyrardow-len',
		name: 'Muzeum Lnu w Żyrardowie (demo)',
		type: 'public_institution',
		city: 'zyrardow',
		memberSince: '2024-09',
		description: 'Muzeum w dawnej fabryce lnu: historia osady fabrycznej, edukacja i turystyka dziedzictwa.'
	},
	{
		key: 'ostrava-city',
		name: 'Statutární město Ostrava – odbor strategického rozvoje (demo)',
		type: 'local_government',
		city: 'ostrava',
		memberSince: '2024-03',
		description: 'Strategic development department of the city of Ostrava: Dolní Vítkovice, brownfields and new jobs.'
	},
	{
		key: 'ostrava-michal',
		name: 'Spolek Důl Michal (demo)',
		type: 'ngo',
		city: 'ostrava',
		memberSince: null,
		description: 'Volunteers who run guided tours and community events in a former colliery in Ostrava.'
	},
	{
		key: 'ruhr-zukunft',
		name: 'Ruhr Zukunft e.V. (demo)',
		type: 'ngo',
		city: 'essen',
		website: 'https://ruhr-zukunft.example',
		memberSince: '2024-01',
		description: 'An NGO in Essen that builds EU-funded projects on skills, climate adaptation and neighbourhood renewal in the Ruhr.'
	},
	{
		key: 'bochum-city',
		name: 'Stadt Bochum – Amt für Stadtentwicklung (demo)',
		type: 'local_government',
		city: 'bochum',
		memberSince: '2024-07',
		description: 'Urban development office of Bochum, working on the reuse of the former Opel site.'
	},
	{
		key: 'charleroi-city',
		name: 'Ville de Charleroi – Rénovation urbaine (demo)',
		type: 'local_government',
		city: 'charleroi',
		memberSince: '2024-10',
		description: 'Urban renewal service of Charleroi: city-centre projects, slag heaps and green corridors.'
	},
	{
		key: 'genk-erfgoed',
		name: 'Genk Mijnerfgoed vzw (demo)',
		type: 'ngo',
		city: 'genk',
		memberSince: '2025-02',
		description: 'Keeps the memory of the Limburg mines alive with the multicultural community of Genk.'
	},
	{
		key: 'bilbao-ria',
		name: 'Ría Berria Elkartea (demo)',
		type: 'ngo',
		city: 'bilbao',
		memberSince: '2024-11',
		description: 'An association that brings residents into the transformation of the former shipyards and docks of the estuary.'
	},
	{
		key: 'sheffield-trust',
		name: 'Sheffield Steel Heritage Trust (demo)',
		type: 'ngo',
		city: 'sheffield',
		website: 'https://steel-heritage.example',
		memberSince: '2024-04',
		description: 'Volunteers and staff caring for the workshops, tools and stories of Sheffield steel.'
	},
	{
		key: 'sheffield-lab',
		name: 'Sheffield Urban Futures Lab (demo)',
		type: 'research',
		city: 'sheffield',
		memberSince: '2024-08',
		description: 'University researchers studying housing, health and work in former steel towns.'
	},
	{
		key: 'se-design',
		name: 'Friches & Design Saint-Étienne (demo)',
		type: 'business',
		city: 'saint-etienne',
		memberSince: '2025-03',
		description: 'A design studio that turns empty industrial halls into workshops and small-business space.'
	},
	{
		key: 'tampere-yhteiso',
		name: 'Tehdasyhteisö Tampere (demo)',
		type: 'informal_group',
		city: 'tampere',
		memberSince: '2025-04',
		description: 'An informal group of residents and artists using the old mill buildings along the rapids.'
	},
	{
		key: 'torino-aps',
		name: 'Rigenerazione Torino APS (demo)',
		type: 'ngo',
		city: 'torino',
		memberSince: '2024-12',
		description: 'A social-promotion association working on community uses of former car-industry sites.'
	},
	{
		key: 'gdansk-coop',
		name: 'Spółdzielnia Stocznia Kultury (demo)',
		type: 'business',
		city: 'gdansk',
		memberSince: '2025-05',
		description: 'Spółdzielnia, która prowadzi pracownie i przestrzeń wydarzeń na terenach postoczniowych.'
	},
	{
		key: 'zabrze-dziedzictwo',
		name: 'Zabrzańskie Centrum Dziedzictwa Górniczego (demo)',
		type: 'public_institution',
		city: 'zabrze',
		memberSince: '2024-05',
		description: 'Instytucja miejska, która udostępnia podziemne trasy i prowadzi edukację o górnictwie.'
	},
	{
		key: 'dortmund-phoenix',
		name: 'Phoenix Quartier Entwicklung GmbH (demo)',
		type: 'business',
		city: 'dortmund',
		memberSince: null,
		description: 'A development company working on the former Phoenix steelworks site and its lake district.'
	}
];
