/**
 * The large network, generated deterministically: cities, organisations and people in memory
 * (they are small), practices in batches (their text is not). Every table draws from its own
 * forked generator, so `--practices 5000` and `--practices 100000` share the same towns.
 */
import { Rng } from '../lib/prng';
import { COUNTRIES, INDUSTRIES, ORGANISATION_TYPES, organisationName, personName, townName, type Country } from './names';
import { practiceText, rareWord, shortText, type PracticeText } from './text';
import { slugify } from '../../src/lib/server/shared/slug';
import { handleBase } from '../../src/lib/server/directory/accounts/handle';

export interface City {
	id: number;
	slug: string;
	name: string;
	country: Country;
	latitude: number;
	longitude: number;
	population: number;
	industries: string[];
	story: string;
}

export interface Organisation {
	id: number;
	slug: string;
	name: string;
	type: string;
	cityId: number;
	description: string;
	memberSince: Date | null;
}

export interface Person {
	id: number;
	handle: string;
	name: string;
	email: string;
	role: 'person' | 'coordinator' | 'admin';
	locale: 'pl' | 'en';
	cityId: number;
	bio: string;
	languages: string[];
	publicProfile: boolean;
	memberSince: Date | null;
	areaIds: number[];
	organisation: { id: number; role: 'admin' | 'member' } | null;
}

export interface Practice {
	id: number;
	slug: string;
	cityId: number;
	status: 'idea' | 'ongoing' | 'completed' | 'abandoned';
	visibility: 'public' | 'members';
	language: 'pl' | 'en';
	periodStart: string;
	periodEnd: string | null;
	funding: unknown[];
	outcomes: unknown[];
	links: unknown[];
	publishedAt: Date | null;
	createdBy: number;
	createdAt: Date;
	updatedAt: Date;
	texts: { language: 'pl' | 'en'; isOriginal: boolean; translatedBy: number | null; text: PracticeText }[];
	areaIds: number[];
	organisations: { organisationId: number | null; name: string | null }[];
	contactIds: number[];
}

export interface Network {
	cities: City[];
	organisations: Organisation[];
	people: Person[];
	/** Organisations and people of each city, for practices and transfers. */
	orgsByCity: Map<number, number[]>;
	peopleByOrg: Map<number, number[]>;
}

const START = Date.UTC(2019, 0, 1);
const END = Date.UTC(2026, 10, 1);
const dateBetween = (rng: Rng, from: number, to: number) => new Date(from + Math.floor(rng.next() * (to - from)));

/** Cities, organisations and people: everything but the practices. */
export function generateNetwork(
	seed: number,
	counts: { cities: number; organisations: number; people: number },
	areaIds: number[]
): Network {
	const root = new Rng(seed);
	const rngCities = root.fork('cities');
	const cities: City[] = [];
	const names = new Set<string>();
	for (let id = 1; id <= counts.cities; id++) {
		const country = rngCities.weighted(COUNTRIES.map((c) => [c, c.weight] as const));
		let name = townName(rngCities, country.style);
		for (let attempt = 0; names.has(name) && attempt < 5; attempt++) name = townName(rngCities, country.style);
		if (names.has(name)) name = `${name} ${id}`;
		names.add(name);
		const [south, west, north, east] = country.box;
		const language = country.code === 'PL' ? 'pl' : 'en';
		const ctx = { town: name, otherTown: name, areas: [], year: 2010, rare: null };
		cities.push({
			id,
			slug: `${slugify(name, 'town')}-${id}`,
			name,
			country,
			latitude: Number((south + rngCities.next() * (north - south)).toFixed(4)),
			longitude: Number((west + rngCities.next() * (east - west)).toFixed(4)),
			population: rngCities.skewed(4_000, 900_000),
			industries: rngCities.sample(INDUSTRIES, rngCities.int(1, 2)),
			story: `${shortText(rngCities, language, ctx)} ${shortText(rngCities, language, ctx)}`
		});
	}

	const rngOrgs = root.fork('organisations');
	const organisations: Organisation[] = [];
	const orgsByCity = new Map<number, number[]>();
	for (let id = 1; id <= counts.organisations; id++) {
		const city = rngOrgs.pick(cities);
		const type = rngOrgs.weighted(ORGANISATION_TYPES.map((t, i) => [t, [4, 6, 3, 2, 2, 2][i]] as const));
		const polish = city.country.code === 'PL';
		const name = organisationName(rngOrgs, type, city.name, polish);
		organisations.push({
			id,
			slug: `${slugify(name)}-${id}`,
			name,
			type,
			cityId: city.id,
			description: shortText(rngOrgs, polish ? 'pl' : 'en', {
				town: city.name,
				otherTown: rngOrgs.pick(cities).name,
				areas: [],
				year: 2015,
				rare: null
			}),
			memberSince: rngOrgs.chance(0.92) ? dateBetween(rngOrgs, START, END) : null
		});
		orgsByCity.set(city.id, [...(orgsByCity.get(city.id) ?? []), id]);
	}

	const rngPeople = root.fork('people');
	const people: Person[] = [];
	const peopleByOrg = new Map<number, number[]>();
	for (let id = 1; id <= counts.people; id++) {
		const city = rngPeople.pick(cities);
		const name = personName(rngPeople, city.country.style);
		const polish = city.country.code === 'PL';
		const local = orgsByCity.get(city.id) ?? [];
		const orgId = rngPeople.chance(0.7) ? (local.length ? rngPeople.pick(local) : rngPeople.int(1, counts.organisations)) : null;
		const colleagues = orgId === null ? [] : (peopleByOrg.get(orgId) ?? []);
		if (orgId !== null) peopleByOrg.set(orgId, [...colleagues, id]);
		people.push({
			id,
			handle: `${handleBase(name)}-${id}`,
			name,
			email: `person${id}@bench.example`,
			role: id === 1 ? 'admin' : id <= 5 ? 'coordinator' : 'person',
			locale: polish ? 'pl' : 'en',
			cityId: city.id,
			bio: shortText(rngPeople, polish ? 'pl' : 'en', { town: city.name, otherTown: city.name, areas: [], year: 2018, rare: null }),
			languages: polish
				? rngPeople.chance(0.6)
					? ['pl', 'en']
					: ['pl']
				: ['en', city.country.style].filter((l, i, a) => a.indexOf(l) === i),
			publicProfile: rngPeople.chance(0.4),
			memberSince: orgId === null && rngPeople.chance(0.3) ? dateBetween(rngPeople, START, END) : null,
			areaIds: rngPeople.sample(areaIds, rngPeople.int(1, 2)),
			organisation: orgId === null ? null : { id: orgId, role: colleagues.length === 0 ? 'admin' : 'member' }
		});
	}
	return { cities, organisations, people, orgsByCity, peopleByOrg };
}

/**
 * Whether the person is a network member as the app decides it (network-member.queries.ts):
 * an approved individual, a coordinator or admin, or someone in an approved organisation.
 * Only members join groups, see members-only events, and post without newcomers' limits.
 */
export function isNetworkMember(network: Network, person: Person): boolean {
	if (person.memberSince !== null || person.role !== 'person') return true;
	return person.organisation !== null && network.organisations[person.organisation.id - 1].memberSince !== null;
}

const FUND_SOURCES = ['eu', 'national', 'regional', 'municipal', 'private'] as const;

/** Practices `from`..`to` (1-based ids, inclusive); the same ids always give the same practices. */
export function generatePractices(
	seed: number,
	network: Network,
	allAreas: { id: number; key: string }[],
	from: number,
	to: number
): Practice[] {
	const out: Practice[] = [];
	for (let id = from; id <= to; id++) {
		// one stream per practice: batches can be generated in any order, with the same result
		const rng = new Rng(seed * 1_000_003 + id);
		const city = rng.pick(network.cities);
		const polish = city.country.code === 'PL';
		const language = polish ? 'pl' : 'en';
		const chosenAreas = rng.sample(allAreas, rng.int(1, 3));
		const areaKeys = chosenAreas.map((area) => area.key);
		const year = 1995 + Math.floor(31 * Math.sqrt(rng.next()));
		const status = rng.weighted([
			['idea', 10],
			['ongoing', 45],
			['completed', 40],
			['abandoned', 5]
		] as const);
		const ctx = { town: city.name, otherTown: rng.pick(network.cities).name, areas: areaKeys, year, rare: rareWord(rng, language, 400) };
		const createdAt = dateBetween(rng, START, END);
		const updatedAt = rng.chance(0.3) ? dateBetween(rng, createdAt.getTime(), END) : createdAt;
		const orgs = network.orgsByCity.get(city.id) ?? [];
		const chosenOrgs = rng.sample(orgs, rng.int(1, 2));
		const staff = chosenOrgs.flatMap((orgId) => network.peopleByOrg.get(orgId) ?? []);
		const author = staff.length ? rng.pick(staff) : rng.int(1, network.people.length);
		const text = practiceText(rng, language, ctx);
		const texts: Practice['texts'] = [{ language, isOriginal: true, translatedBy: null, text }];
		if (rng.chance(0.1)) {
			texts.push({
				language: polish ? 'en' : 'pl',
				isOriginal: false,
				translatedBy: rng.int(1, network.people.length),
				text: practiceText(rng, polish ? 'en' : 'pl', ctx)
			});
		}
		const currency = polish ? 'PLN' : 'EUR';
		out.push({
			id,
			slug: `${slugify(text.title, 'practice')}-${id}`,
			cityId: city.id,
			status,
			visibility: rng.chance(0.15) ? 'members' : 'public',
			language,
			periodStart: `${year}-${String(rng.int(1, 12)).padStart(2, '0')}-01`,
			periodEnd: status === 'completed' || status === 'abandoned' ? `${Math.min(year + rng.int(1, 8), 2026)}-12-31` : null,
			funding: Array.from({ length: rng.int(1, 3) }, () => ({
				source: rng.pick(FUND_SOURCES),
				amount_minor: rng.int(10_000, 50_000_000) * 100,
				currency,
				note: ''
			})),
			outcomes: Array.from({ length: rng.int(1, 3) }, () => ({
				indicator: polish
					? rng.pick(['Nowe miejsca pracy', 'Odwiedzający rocznie', 'Wyremontowane mieszkania'])
					: rng.pick(['New jobs', 'Visitors per year', 'Homes renovated']),
				before: rng.int(0, 200),
				after: rng.int(200, 5000),
				unit: polish ? 'osób' : 'people',
				year: Math.min(year + rng.int(1, 8), 2026)
			})),
			links: rng.chance(0.3) ? [{ url: `https://example.org/practices/${id}`, title: polish ? 'Opis projektu' : 'Project page' }] : [],
			publishedAt: rng.chance(0.95) ? createdAt : null,
			createdBy: author,
			createdAt,
			updatedAt,
			texts,
			areaIds: chosenAreas.map((area) => area.id),
			organisations: chosenOrgs.length
				? chosenOrgs.map((organisationId) => ({ organisationId, name: null }))
				: [{ organisationId: null, name: polish ? `Stowarzyszenie mieszkańców ${city.name}` : `${city.name} residents’ association` }],
			contactIds: staff.length ? [rng.pick(staff)] : []
		});
	}
	return out;
}
