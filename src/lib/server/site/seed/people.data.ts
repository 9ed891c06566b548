/**
 * The demo network's people: plausible but invented accounts in the demo cities (with their
 * organisations, given by the keys of organisations.data.ts), and the applications that wait.
 * Every name carries "(demo)" and every row is_demo, so nobody mistakes them for real ones.
 */
import type { OrganisationRole, Role, Visibility } from '../../platform/db';

/** The password of the demo accounts, stated in the README for local use. */
export const DEMO_PASSWORD = 'headframe-demo-2026';

export interface DemoPerson {
	name: string;
	email: string;
	city: string;
	locale: 'pl' | 'en';
	role?: Role;
	languages: string[];
	areas: string[];
	bio: string;
	/** Shown to everyone; the rest keep the defaults (members only). */
	public?: boolean;
	organisations?: [orgKey: string, role: OrganisationRole][];
	/** Approved individual member since this month. */
	individualSince?: string;
}

const p = (person: DemoPerson) => person;

export const DEMO_PEOPLE: DemoPerson[] = [
	p({
		name: 'Magda Kowalska (demo)',
		email: 'koordynator@headframe.example',
		city: 'katowice',
		locale: 'pl',
		role: 'coordinator',
		languages: ['pl', 'en', 'de'],
		areas: ['participation', 'social-inclusion'],
		public: true,
		bio: 'Koordynatorka sieci Headframe. Łączę miasta, które szukają podobnych rozwiązań.'
	}),
	p({
		name: 'Headframe Admin (demo)',
		email: 'admin@headframe.example',
		city: 'katowice',
		locale: 'en',
		role: 'admin',
		languages: ['pl', 'en'],
		areas: [],
		bio: 'Runs the platform.'
	}),
	p({
		name: 'Ewa Wiśniewska (demo)',
		email: 'ewa@headframe.example',
		city: 'walbrzych',
		locale: 'pl',
		languages: ['pl'],
		areas: ['brownfield-reuse', 'housing', 'culture-identity'],
		public: true,
		organisations: [['um-walbrzych', 'admin']],
		bio: 'Inspektorka ds. rewitalizacji w Urzędzie Miasta Wałbrzych. Szukam sposobów na nowe życie budynków kopalnianych i hałd.'
	}),
	p({
		name: 'Krzysztof Nowicki (demo)',
		email: 'krzysztof.nowicki@headframe.example',
		city: 'walbrzych',
		locale: 'pl',
		languages: ['pl', 'de'],
		areas: ['economic-diversification'],
		organisations: [['um-walbrzych', 'member']],
		bio: 'Zajmuję się strefą ekonomiczną i przyciąganiem inwestorów.'
	}),
	p({
		name: 'Joanna Mazur (demo)',
		email: 'joanna.mazur@headframe.example',
		city: 'walbrzych',
		locale: 'pl',
		languages: ['pl', 'en'],
		areas: ['culture-identity', 'social-inclusion'],
		public: true,
		organisations: [['stara-kopalnia', 'admin']],
		bio: 'Prezeska fundacji. Pracuję z młodzieżą i seniorami z dawnych osiedli górniczych.'
	}),
	p({
		name: 'Tomasz Lewandowski (demo)',
		email: 'tomasz.lewandowski@headframe.example',
		city: 'bytom',
		locale: 'pl',
		languages: ['pl', 'en'],
		areas: ['brownfield-reuse', 'housing'],
		organisations: [['um-bytom', 'admin']],
		bio: 'Kieruję zespołem rewitalizacji śródmieścia Bytomia.'
	}),
	p({
		name: 'Agnieszka Wójcik (demo)',
		email: 'agnieszka.wojcik@headframe.example',
		city: 'bytom',
		locale: 'pl',
		languages: ['pl'],
		areas: ['participation', 'social-inclusion'],
		organisations: [['bytom-podworka', 'admin']],
		bio: 'Sąsiadka z Rozbarku. Razem odnawiamy podwórka.'
	}),
	p({
		name: 'Paweł Kamiński (demo)',
		email: 'pawel.kaminski@headframe.example',
		city: 'lodz',
		locale: 'pl',
		languages: ['pl', 'en'],
		areas: ['housing', 'participation'],
		public: true,
		organisations: [['lodz-pracownia', 'admin']],
		bio: 'Architekt i animator, pracuję z mieszkańcami łódzkich kamienic.'
	}),
	p({
		name: 'Piotr Zieliński (demo)',
		email: 'piotr.zielinski@headframe.example',
		city: 'katowice',
		locale: 'pl',
		languages: ['pl', 'en'],
		areas: ['demography', 'economic-diversification'],
		public: true,
		organisations: [['us-katowice', 'admin']],
		bio: 'Badacz miast poprzemysłowych. Porównuję wskaźniki demograficzne i rynku pracy.'
	}),
	p({
		name: 'Katarzyna Dąbrowska (demo)',
		email: 'katarzyna.dabrowska@headframe.example',
		city: 'katowice',
		locale: 'pl',
		languages: ['pl', 'en', 'cs'],
		areas: ['energy-transition'],
		organisations: [['us-katowice', 'member']],
		bio: 'Doktorantka; badam sprawiedliwą transformację energetyczną na Śląsku.'
	}),
	p({
		name: 'Marta Szymańska (demo)',
		email: 'marta.szymanska@headframe.example',
		city: 'zyrardow',
		locale: 'pl',
		languages: ['pl', 'en'],
		areas: ['culture-identity'],
		organisations: [['zyrardow-len', 'admin']],
		bio: 'Kustoszka, prowadzę edukację muzealną w dawnej fabryce lnu.'
	}),
	p({
		name: 'Jan Novák (demo)',
		email: 'jan.novak@headframe.example',
		city: 'ostrava',
		locale: 'en',
		languages: ['cs', 'en', 'pl'],
		areas: ['brownfield-reuse', 'economic-diversification'],
		public: true,
		organisations: [['ostrava-city', 'admin']],
		bio: 'Strategic planner at the city of Ostrava, working on brownfields and new jobs.'
	}),
	p({
		name: 'Lucie Dvořáková (demo)',
		email: 'lucie.dvorakova@headframe.example',
		city: 'ostrava',
		locale: 'en',
		languages: ['cs', 'en'],
		areas: ['culture-identity', 'participation'],
		organisations: [['ostrava-michal', 'admin']],
		bio: 'I coordinate the volunteers of a former colliery turned community venue.'
	}),
	p({
		name: 'Thomas Becker (demo)',
		email: 'thomas.becker@headframe.example',
		city: 'essen',
		locale: 'en',
		languages: ['de', 'en'],
		areas: ['economic-diversification', 'energy-transition'],
		public: true,
		organisations: [['ruhr-zukunft', 'admin']],
		bio: 'Project manager at an NGO in Essen. I apply for EU funds and look for partners.'
	}),
	p({
		name: 'Sabine Hoffmann (demo)',
		email: 'sabine.hoffmann@headframe.example',
		city: 'essen',
		locale: 'en',
		languages: ['de', 'en', 'fr'],
		areas: ['social-inclusion'],
		organisations: [['ruhr-zukunft', 'member']],
		bio: 'Social worker running skills programmes for former miners’ families.'
	}),
	p({
		name: 'Markus Schneider (demo)',
		email: 'markus.schneider@headframe.example',
		city: 'bochum',
		locale: 'en',
		languages: ['de', 'en'],
		areas: ['brownfield-reuse', 'mobility'],
		organisations: [['bochum-city', 'admin']],
		bio: 'Urban planner; the reuse of the former Opel site is my daily work.'
	}),
	p({
		name: 'Julia Fischer (demo)',
		email: 'julia.fischer@headframe.example',
		city: 'dortmund',
		locale: 'en',
		languages: ['de', 'en'],
		areas: ['housing', 'brownfield-reuse'],
		organisations: [['dortmund-phoenix', 'admin']],
		bio: 'Development manager for the Phoenix site.'
	}),
	p({
		name: 'Claire Dubois (demo)',
		email: 'claire.dubois@headframe.example',
		city: 'charleroi',
		locale: 'en',
		languages: ['fr', 'en', 'nl'],
		areas: ['brownfield-reuse', 'culture-identity'],
		public: true,
		organisations: [['charleroi-city', 'admin']],
		bio: 'Urban renewal officer in Charleroi, interested in slag heaps as green landmarks.'
	}),
	p({
		name: 'Pieter Janssens (demo)',
		email: 'pieter.janssens@headframe.example',
		city: 'genk',
		locale: 'en',
		languages: ['nl', 'en', 'fr'],
		areas: ['culture-identity', 'social-inclusion'],
		organisations: [['genk-erfgoed', 'admin']],
		bio: 'Historian of the Limburg mines and their migrant communities.'
	}),
	p({
		name: 'Ainhoa Etxeberria (demo)',
		email: 'ainhoa.etxeberria@headframe.example',
		city: 'bilbao',
		locale: 'en',
		languages: ['es', 'en', 'fr'],
		areas: ['participation', 'brownfield-reuse'],
		organisations: [['bilbao-ria', 'admin']],
		bio: 'Community organiser on the estuary; I help residents take part in big projects.'
	}),
	p({
		name: 'Javier Martínez (demo)',
		email: 'javier.martinez@headframe.example',
		city: 'bilbao',
		locale: 'en',
		languages: ['es', 'en'],
		areas: ['mobility'],
		organisations: [['bilbao-ria', 'member']],
		bio: 'Transport engineer, volunteer with Ría Berria.'
	}),
	p({
		name: 'Sarah Thompson (demo)',
		email: 'sarah.thompson@headframe.example',
		city: 'sheffield',
		locale: 'en',
		languages: ['en'],
		areas: ['culture-identity'],
		organisations: [['sheffield-trust', 'admin']],
		bio: 'Heritage manager; steel workshops, oral history and volunteering.'
	}),
	p({
		name: 'David Hughes (demo)',
		email: 'david.hughes@headframe.example',
		city: 'sheffield',
		locale: 'en',
		languages: ['en', 'de'],
		areas: ['demography', 'housing'],
		public: true,
		organisations: [['sheffield-lab', 'admin']],
		bio: 'Researcher in urban studies: health, housing and work in former steel towns.'
	}),
	p({
		name: 'Camille Laurent (demo)',
		email: 'camille.laurent@headframe.example',
		city: 'saint-etienne',
		locale: 'en',
		languages: ['fr', 'en', 'it'],
		areas: ['economic-diversification', 'brownfield-reuse'],
		organisations: [['se-design', 'admin']],
		bio: 'Designer; we turn empty industrial halls into workshops.'
	}),
	p({
		name: 'Aino Virtanen (demo)',
		email: 'aino.virtanen@headframe.example',
		city: 'tampere',
		locale: 'en',
		languages: ['en', 'de'],
		areas: ['culture-identity', 'participation'],
		organisations: [['tampere-yhteiso', 'admin']],
		bio: 'Artist and organiser in the old mill buildings of Tampere.'
	}),
	p({
		name: 'Giulia Rossi (demo)',
		email: 'giulia.rossi@headframe.example',
		city: 'torino',
		locale: 'en',
		languages: ['it', 'en', 'fr'],
		areas: ['social-inclusion', 'economic-diversification'],
		organisations: [['torino-aps', 'admin']],
		bio: 'I run community programmes on former car-industry sites in Turin.'
	}),
	p({
		name: 'Marco Bianchi (demo)',
		email: 'marco.bianchi@headframe.example',
		city: 'torino',
		locale: 'en',
		languages: ['it', 'en'],
		areas: ['mobility', 'energy-transition'],
		organisations: [['torino-aps', 'member']],
		bio: 'Volunteer and energy consultant.'
	}),
	p({
		name: 'Michał Kaczmarek (demo)',
		email: 'michal.kaczmarek@headframe.example',
		city: 'gdansk',
		locale: 'pl',
		languages: ['pl', 'en'],
		areas: ['culture-identity', 'economic-diversification'],
		organisations: [['gdansk-coop', 'admin']],
		bio: 'Współzałożyciel spółdzielni na terenach postoczniowych.'
	}),
	p({
		name: 'Barbara Grabowska (demo)',
		email: 'barbara.grabowska@headframe.example',
		city: 'zabrze',
		locale: 'pl',
		languages: ['pl', 'de'],
		areas: ['culture-identity'],
		organisations: [['zabrze-dziedzictwo', 'admin']],
		bio: 'Przewodniczka i edukatorka w podziemnych trasach Zabrza.'
	}),
	p({
		name: 'Robert Pawlak (demo)',
		email: 'robert.pawlak@headframe.example',
		city: 'lodz',
		locale: 'pl',
		languages: ['pl', 'en'],
		areas: ['energy-transition', 'housing'],
		individualSince: '2025-02',
		bio: 'Niezależny ekspert ds. efektywności energetycznej budynków pofabrycznych.'
	}),
	p({
		name: 'Elena Costa (demo)',
		email: 'elena.costa@headframe.example',
		city: 'torino',
		locale: 'en',
		languages: ['it', 'en', 'es'],
		areas: ['demography'],
		bio: 'Freelance demographer; I would like to join the network as an individual expert.'
	})
];

/** Pending applications for the coordinator's queue: organisation key, or the individual's e-mail. */
export const DEMO_PENDING: { organisation?: string; applicant: string; motivation: string; offers: string; seeks: string }[] = [
	{
		organisation: 'ostrava-michal',
		applicant: 'lucie.dvorakova@headframe.example',
		motivation: 'We run a former colliery as a community venue and want to learn how other towns finance and staff similar places.',
		offers: 'Guided tours, volunteer training materials in Czech and English.',
		seeks: 'Partners for a cross-border heritage project.'
	},
	{
		organisation: 'dortmund-phoenix',
		applicant: 'julia.fischer@headframe.example',
		motivation: 'The Phoenix site is a large brownfield turned lake district; we want to share what worked and what did not.',
		offers: 'Study visits, data on land remediation costs.',
		seeks: 'Exchange with towns planning similar lake or park projects.'
	},
	{
		applicant: 'elena.costa@headframe.example',
		motivation: 'I study population decline in industrial towns and would like to share my analyses with the network.',
		offers: 'Demographic analyses and projections.',
		seeks: 'Cities willing to share local data.'
	}
];

/** Visibility of a public demo profile: everything but the e-mail address. */
export const PUBLIC_PROFILE: Record<string, Visibility> = {
	profile: 'public',
	city: 'public',
	organisations: 'public',
	languages: 'public',
	areas: 'public',
	bio: 'public'
};
