/** Countries, place names and people's names for the generated network, built from syllables. */
import type { Rng } from '../lib/prng';

export type NameStyle = 'pl' | 'de' | 'en' | 'fr' | 'cs' | 'it' | 'es' | 'nl' | 'fi' | 'sk' | 'hu' | 'ro';

export interface Country {
	code: string;
	style: NameStyle;
	/** Share of generated cities; Poland is the network's home, so it weighs most. */
	weight: number;
	/** Rough bounding box: [south, west, north, east]. */
	box: [number, number, number, number];
}

export const COUNTRIES: Country[] = [
	{ code: 'PL', style: 'pl', weight: 35, box: [49.2, 14.3, 54.7, 23.9] },
	{ code: 'DE', style: 'de', weight: 12, box: [47.4, 6.0, 54.9, 14.9] },
	{ code: 'GB', style: 'en', weight: 7, box: [50.1, -5.5, 57.5, 1.6] },
	{ code: 'FR', style: 'fr', weight: 7, box: [43.2, -1.5, 50.9, 7.5] },
	{ code: 'CZ', style: 'cs', weight: 6, box: [48.6, 12.2, 51.0, 18.8] },
	{ code: 'IT', style: 'it', weight: 6, box: [38.2, 7.0, 46.5, 16.5] },
	{ code: 'ES', style: 'es', weight: 5, box: [37.0, -8.8, 43.5, 2.8] },
	{ code: 'BE', style: 'fr', weight: 4, box: [49.6, 2.6, 51.4, 6.3] },
	{ code: 'NL', style: 'nl', weight: 3, box: [51.0, 3.6, 53.4, 7.1] },
	{ code: 'FI', style: 'fi', weight: 3, box: [60.2, 21.5, 65.0, 29.5] },
	{ code: 'SK', style: 'sk', weight: 4, box: [47.8, 17.0, 49.5, 22.5] },
	{ code: 'HU', style: 'hu', weight: 4, box: [45.8, 16.2, 48.5, 22.8] },
	{ code: 'RO', style: 'ro', weight: 4, box: [43.7, 20.3, 48.2, 29.6] }
];

const SYLLABLES: Record<NameStyle, [starts: string[], middles: string[], ends: string[]]> = {
	pl: [
		[
			'Ru',
			'Wo',
			'Sta',
			'Bor',
			'Gór',
			'Ka',
			'Ni',
			'Zło',
			'Sie',
			'Grab',
			'Łęk',
			'Dą',
			'Pol',
			'Brze',
			'Ko',
			'Cho',
			'Świę',
			'Żar',
			'Mysz',
			'Ja'
		],
		['da', 'li', 'mie', 'bro', 'ro', 'sza', 'cie', 'le', 'ni', 'wa', ''],
		['wice', 'ów', 'owo', 'sk', 'no', 'ec', 'ka', 'in', 'owice', 'ów Śląski', 'chów', 'zów']
	],
	de: [
		['Ober', 'Unter', 'Alt', 'Neu', 'Ham', 'Dor', 'Glad', 'Reck', 'Witt', 'Her', 'Bott', 'Castr'],
		['en', 'ling', 'er', 'sel', '', 'ter'],
		['hausen', 'berg', 'feld', 'heim', 'ingen', 'dorf', 'rode', 'kirchen', 'beck', 'stein']
	],
	en: [
		['Brad', 'Shef', 'Rother', 'Don', 'Hal', 'Bar', 'Work', 'Mid', 'Stoke', 'Wake', 'Brig', 'Burn'],
		['ing', 'er', 'den', '', 'ley'],
		['ford', 'ham', 'ley', 'field', 'ton', 'by', 'bridge', 'wick', 'dale', 'worth']
	],
	fr: [
		['Char', 'Mont', 'Val', 'Ros', 'Bel', 'Den', 'Fir', 'Lié', 'Sera', 'Mau'],
		['le', 'ro', 'mi', '', 'ver'],
		['ville', 'court', 'mont', 'ais', 'ange', 'in', 'y', 'ières']
	],
	cs: [
		['Kar', 'Ha', 'Ostr', 'Hav', 'Ber', 'Třin', 'Klad', 'Most', 'Lit', 'Sok'],
		['vi', 'ro', 'no', '', 'le'],
		['ov', 'ice', 'ín', 'any', 'ava', 'ná', 'ec']
	],
	it: [
		['Tor', 'Gen', 'Sest', 'Lec', 'Ter', 'Bre', 'Pio', 'Ca', 'Mon', 'Ri'],
		['ri', 'lo', 'ma', '', 'ce'],
		['ino', 'ona', 'ano', 'ia', 'ate', 'ello', 'ese']
	],
	es: [
		['Bar', 'Sant', 'Avi', 'Mie', 'Lan', 'Sa', 'Ba', 'Ler', 'Pon'],
		['ra', 'ca', 'lo', '', 'ri'],
		['ona', 'illa', 'edo', 'ares', 'ero', 'ejo', 'uela']
	],
	nl: [
		['Heer', 'Kerk', 'Brun', 'Sit', 'Geleen', 'Ven', 'Ter', 'Hoens'],
		['s', 'e', '', 'en'],
		['len', 'rade', 'broek', 'hoven', 'dam', 'veld']
	],
	fi: [
		['Tam', 'Vaa', 'Kou', 'Var', 'Imat', 'Lah', 'Kot', 'Rau'],
		['pe', 'ko', 'va', '', 'la'],
		['re', 'sa', 'la', 'nen', 'koski', 'järvi']
	],
	sk: [
		['Bans', 'Pri', 'Hand', 'Kre', 'Nová', 'Ru', 'Pod', 'Žiar'],
		['ká', 'lo', 'vi', ''],
		['vá', 'ov', 'nica', 'any', 'ce']
	],
	hu: [
		['Mis', 'Ózd', 'Dor', 'Tata', 'Ko', 'Sal', 'Pé', 'Duna'],
		['ko', 'ro', 'gó', ''],
		['lc', 'ny', 'bánya', 'város', 'tarján']
	],
	ro: [
		['Pe', 'Hu', 'Re', 'Ani', 'Lu', 'Va', 'Baia', 'Ca'],
		['tro', 'ne', 'si', 'ra', ''],
		['șani', 'doara', 'ța', 'ești', 'lui', 'nești']
	]
};

/** A plausible town name in the country's style (not guaranteed unique: callers add a number). */
export function townName(rng: Rng, style: NameStyle): string {
	const [starts, middles, ends] = SYLLABLES[style];
	return `${rng.pick(starts)}${rng.pick(middles)}${rng.pick(ends)}`;
}

const FIRST: Record<string, string[]> = {
	pl: [
		'Anna',
		'Katarzyna',
		'Małgorzata',
		'Agnieszka',
		'Ewa',
		'Joanna',
		'Magdalena',
		'Zofia',
		'Piotr',
		'Krzysztof',
		'Tomasz',
		'Paweł',
		'Michał',
		'Marcin',
		'Jakub',
		'Łukasz',
		'Grzegorz',
		'Wojciech'
	],
	de: ['Thomas', 'Sabine', 'Markus', 'Julia', 'Stefan', 'Anja', 'Jürgen', 'Katrin', 'Lukas', 'Miriam'],
	en: ['Sarah', 'David', 'Emma', 'James', 'Hannah', 'Daniel', 'Rachel', 'Owen', 'Chloe', 'Gareth'],
	fr: ['Claire', 'Julien', 'Camille', 'Nicolas', 'Élodie', 'Mathieu', 'Inès', 'Hugo'],
	cs: ['Jan', 'Lucie', 'Petr', 'Tereza', 'Jiří', 'Kateřina', 'Tomáš', 'Eliška'],
	it: ['Giulia', 'Marco', 'Chiara', 'Luca', 'Francesca', 'Matteo', 'Sara', 'Davide'],
	es: ['Ainhoa', 'Javier', 'Lucía', 'Iker', 'Marta', 'Pablo', 'Nerea', 'Unai'],
	other: ['Pieter', 'Aino', 'Zsófia', 'Andrei', 'Lotte', 'Mihai', 'Eero', 'Zuzana']
};

const LAST: Record<string, string[]> = {
	pl: [
		'Nowak',
		'Kowalska',
		'Wiśniewski',
		'Wójcik',
		'Kamińska',
		'Lewandowski',
		'Zielińska',
		'Szymański',
		'Woźniak',
		'Dąbrowska',
		'Kozłowski',
		'Jankowska',
		'Mazur',
		'Krawczyk',
		'Piotrowski',
		'Grabowska',
		'Pawlak',
		'Michalska'
	],
	de: ['Becker', 'Hoffmann', 'Schneider', 'Fischer', 'Weber', 'Wagner', 'Schulz', 'Krüger'],
	en: ['Thompson', 'Hughes', 'Walker', 'Wright', 'Robinson', 'Clarke', 'Evans', 'Turner'],
	fr: ['Dubois', 'Laurent', 'Lefèvre', 'Moreau', 'Girard', 'Fontaine', 'Lambert'],
	cs: ['Novák', 'Dvořáková', 'Svoboda', 'Černá', 'Procházka', 'Kučerová', 'Veselý'],
	it: ['Rossi', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco'],
	es: ['Etxeberria', 'Martínez', 'García', 'Aguirre', 'López', 'Urrutia', 'Sánchez'],
	other: ['Janssens', 'Virtanen', 'Kovács', 'Popescu', 'de Vries', 'Korhonen', 'Horváthová']
};

const PEOPLE_STYLE: Partial<Record<NameStyle, string>> = { pl: 'pl', de: 'de', en: 'en', fr: 'fr', cs: 'cs', sk: 'cs', it: 'it', es: 'es' };

export function personName(rng: Rng, style: NameStyle): string {
	const key = PEOPLE_STYLE[style] ?? 'other';
	return `${rng.pick(FIRST[key])} ${rng.pick(LAST[key])}`;
}

/** Organisation name patterns: Polish ones for Polish towns, English for the rest. */
export function organisationName(rng: Rng, type: string, town: string, polish: boolean): string {
	const pl: Record<string, string[]> = {
		local_government: [`Urząd Miasta ${town}`, `Gmina ${town} – Wydział Rewitalizacji`, `Miejski Zarząd Budynków w mieście ${town}`],
		ngo: [
			`Fundacja Nowy ${town}`,
			`Stowarzyszenie Przyjaciół Kopalni „${town}”`,
			`Fundacja Dziedzictwa Przemysłowego ${town}`,
			`Towarzystwo Rozwoju Dzielnicy ${town}`
		],
		public_institution: [`Muzeum Miejskie ${town}`, `Miejski Dom Kultury ${town}`, `Biblioteka Publiczna ${town}`],
		informal_group: [`Sąsiedzi z osiedla ${town}`, `Grupa Podwórkowa ${town}`],
		research: [`Instytut Badań Miejskich ${town}`, `Pracownia Studiów Regionalnych ${town}`],
		business: [`Spółdzielnia Socjalna ${town}`, `Pracownie ${town} sp. z o.o.`, `Agencja Rozwoju Lokalnego ${town}`]
	};
	const en: Record<string, string[]> = {
		local_government: [`City of ${town} – Urban Renewal`, `${town} Town Council`, `${town} Municipal Development Office`],
		ngo: [`${town} Heritage Trust`, `Friends of ${town} Colliery`, `${town} Community Foundation`, `${town} Neighbourhood Alliance`],
		public_institution: [`${town} Industrial Museum`, `${town} Public Library`, `${town} Arts Centre`],
		informal_group: [`${town} Residents’ Group`, `${town} Allotment Collective`],
		research: [`${town} Urban Research Unit`, `${town} Institute for Regional Studies`],
		business: [`${town} Makers Cooperative`, `${town} Regeneration Ltd`, `${town} Energy Cooperative`]
	};
	return rng.pick((polish ? pl : en)[type]);
}

export const ORGANISATION_TYPES = ['local_government', 'ngo', 'public_institution', 'informal_group', 'research', 'business'] as const;
export const INDUSTRIES = ['coal_mining', 'steel', 'textiles', 'shipbuilding', 'chemicals', 'glass_ceramics', 'other'] as const;
