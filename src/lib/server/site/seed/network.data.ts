/**
 * The demo network: plausible but invented organisations and people in the demo cities.
 * Every name carries "(demo)" and every row is_demo, so nobody mistakes them for real ones.
 */
import type { OrganisationRole, OrganisationType, Role, Visibility } from '../../platform/db';

/** The password of the demo accounts, stated in the README for local use. */
export const DEMO_PASSWORD = 'headframe-demo-2026';

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
	{ key: 'um-walbrzych', name: 'Urząd Miasta Wałbrzych (demo)', type: 'local_government', city: 'walbrzych', website: 'https://walbrzych.example', memberSince: '2024-03', description: 'Wydział Rewitalizacji prowadzi odnowę śródmieścia i osiedli robotniczych oraz szuka nowych funkcji dla terenów pokopalnianych i hałd.' },
	{ key: 'stara-kopalnia', name: 'Fundacja Szyb Julia (demo)', type: 'ngo', city: 'walbrzych', memberSince: '2024-05', description: 'Prowadzimy warsztaty dla młodzieży w dawnych budynkach kopalni i dokumentujemy wspomnienia górników.' },
	{ key: 'um-bytom', name: 'Urząd Miejski w Bytomiu (demo)', type: 'local_government', city: 'bytom', memberSince: '2024-04', description: 'Zespół ds. rewitalizacji śródmieścia i terenów zdegradowanych po eksploatacji górniczej.' },
	{ key: 'bytom-podworka', name: 'Bytomskie Podwórka – grupa sąsiedzka (demo)', type: 'informal_group', city: 'bytom', memberSince: '2025-01', description: 'Mieszkańcy Rozbarku, którzy razem odnawiają podwórka i organizują sąsiedzkie święta.' },
	{ key: 'lodz-pracownia', name: 'Łódzka Pracownia Rewitalizacji (demo)', type: 'ngo', city: 'lodz', website: 'https://pracownia-lodz.example', memberSince: '2024-06', description: 'Wspieramy mieszkańców kamienic i dawnych osiedli fabrycznych w procesach rewitalizacji.' },
	{ key: 'us-katowice', name: 'Uniwersytet Śląski – Zespół Badań Miast Poprzemysłowych (demo)', type: 'research', city: 'katowice', memberSince: '2024-02', description: 'Badamy zmiany demograficzne, rynek pracy i przestrzeń miast po zamknięciu kopalń i hut.' },
	{ key: 'zyrardow-len', name: 'Muzeum Lnu w Żyrardowie (demo)', type: 'public_institution', city: 'zyrardow', memberSince: '2024-09', description: 'Muzeum w dawnej fabryce lnu: historia osady fabrycznej, edukacja i turystyka dziedzictwa.' },
	{ key: 'ostrava-city', name: 'Statutární město Ostrava – odbor strategického rozvoje (demo)', type: 'local_government', city: 'ostrava', memberSince: '2024-03', description: 'Strategic development department of the city of Ostrava: Dolní Vítkovice, brownfields and new jobs.' },
	{ key: 'ostrava-michal', name: 'Spolek Důl Michal (demo)', type: 'ngo', city: 'ostrava', memberSince: null, description: 'Volunteers who run guided tours and community events in a former colliery in Ostrava.' },
	{ key: 'ruhr-zukunft', name: 'Ruhr Zukunft e.V. (demo)', type: 'ngo', city: 'essen', website: 'https://ruhr-zukunft.example', memberSince: '2024-01', description: 'An NGO in Essen that builds EU-funded projects on skills, climate adaptation and neighbourhood renewal in the Ruhr.' },
	{ key: 'bochum-city', name: 'Stadt Bochum – Amt für Stadtentwicklung (demo)', type: 'local_government', city: 'bochum', memberSince: '2024-07', description: 'Urban development office of Bochum, working on the reuse of the former Opel site.' },
	{ key: 'charleroi-city', name: 'Ville de Charleroi – Rénovation urbaine (demo)', type: 'local_government', city: 'charleroi', memberSince: '2024-10', description: 'Urban renewal service of Charleroi: city-centre projects, slag heaps and green corridors.' },
	{ key: 'genk-erfgoed', name: 'Genk Mijnerfgoed vzw (demo)', type: 'ngo', city: 'genk', memberSince: '2025-02', description: 'Keeps the memory of the Limburg mines alive with the multicultural community of Genk.' },
	{ key: 'bilbao-ria', name: 'Ría Berria Elkartea (demo)', type: 'ngo', city: 'bilbao', memberSince: '2024-11', description: 'An association that brings residents into the transformation of the former shipyards and docks of the estuary.' },
	{ key: 'sheffield-trust', name: 'Sheffield Steel Heritage Trust (demo)', type: 'ngo', city: 'sheffield', website: 'https://steel-heritage.example', memberSince: '2024-04', description: 'Volunteers and staff caring for the workshops, tools and stories of Sheffield steel.' },
	{ key: 'sheffield-lab', name: 'Sheffield Urban Futures Lab (demo)', type: 'research', city: 'sheffield', memberSince: '2024-08', description: 'University researchers studying housing, health and work in former steel towns.' },
	{ key: 'se-design', name: 'Friches & Design Saint-Étienne (demo)', type: 'business', city: 'saint-etienne', memberSince: '2025-03', description: 'A design studio that turns empty industrial halls into workshops and small-business space.' },
	{ key: 'tampere-yhteiso', name: 'Tehdasyhteisö Tampere (demo)', type: 'informal_group', city: 'tampere', memberSince: '2025-04', description: 'An informal group of residents and artists using the old mill buildings along the rapids.' },
	{ key: 'torino-aps', name: 'Rigenerazione Torino APS (demo)', type: 'ngo', city: 'torino', memberSince: '2024-12', description: 'A social-promotion association working on community uses of former car-industry sites.' },
	{ key: 'gdansk-coop', name: 'Spółdzielnia Stocznia Kultury (demo)', type: 'business', city: 'gdansk', memberSince: '2025-05', description: 'Spółdzielnia, która prowadzi pracownie i przestrzeń wydarzeń na terenach postoczniowych.' },
	{ key: 'zabrze-dziedzictwo', name: 'Zabrzańskie Centrum Dziedzictwa Górniczego (demo)', type: 'public_institution', city: 'zabrze', memberSince: '2024-05', description: 'Instytucja miejska, która udostępnia podziemne trasy i prowadzi edukację o górnictwie.' },
	{ key: 'dortmund-phoenix', name: 'Phoenix Quartier Entwicklung GmbH (demo)', type: 'business', city: 'dortmund', memberSince: null, description: 'A development company working on the former Phoenix steelworks site and its lake district.' }
];

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
	p({ name: 'Magda Kowalska (demo)', email: 'koordynator@headframe.example', city: 'katowice', locale: 'pl', role: 'coordinator', languages: ['pl', 'en', 'de'], areas: ['participation', 'social-inclusion'], public: true, bio: 'Koordynatorka sieci Headframe. Łączę miasta, które szukają podobnych rozwiązań.' }),
	p({ name: 'Headframe Admin (demo)', email: 'admin@headframe.example', city: 'katowice', locale: 'en', role: 'admin', languages: ['pl', 'en'], areas: [], bio: 'Runs the platform.' }),
	p({ name: 'Ewa Wiśniewska (demo)', email: 'ewa@headframe.example', city: 'walbrzych', locale: 'pl', languages: ['pl'], areas: ['brownfield-reuse', 'housing', 'culture-identity'], public: true, organisations: [['um-walbrzych', 'admin']], bio: 'Inspektorka ds. rewitalizacji w Urzędzie Miasta Wałbrzych. Szukam sposobów na nowe życie budynków kopalnianych i hałd.' }),
	p({ name: 'Krzysztof Nowicki (demo)', email: 'krzysztof.nowicki@headframe.example', city: 'walbrzych', locale: 'pl', languages: ['pl', 'de'], areas: ['economic-diversification'], organisations: [['um-walbrzych', 'member']], bio: 'Zajmuję się strefą ekonomiczną i przyciąganiem inwestorów.' }),
	p({ name: 'Joanna Mazur (demo)', email: 'joanna.mazur@headframe.example', city: 'walbrzych', locale: 'pl', languages: ['pl', 'en'], areas: ['culture-identity', 'social-inclusion'], public: true, organisations: [['stara-kopalnia', 'admin']], bio: 'Prezeska fundacji. Pracuję z młodzieżą i seniorami z dawnych osiedli górniczych.' }),
	p({ name: 'Tomasz Lewandowski (demo)', email: 'tomasz.lewandowski@headframe.example', city: 'bytom', locale: 'pl', languages: ['pl', 'en'], areas: ['brownfield-reuse', 'housing'], organisations: [['um-bytom', 'admin']], bio: 'Kieruję zespołem rewitalizacji śródmieścia Bytomia.' }),
	p({ name: 'Agnieszka Wójcik (demo)', email: 'agnieszka.wojcik@headframe.example', city: 'bytom', locale: 'pl', languages: ['pl'], areas: ['participation', 'social-inclusion'], organisations: [['bytom-podworka', 'admin']], bio: 'Sąsiadka z Rozbarku. Razem odnawiamy podwórka.' }),
	p({ name: 'Paweł Kamiński (demo)', email: 'pawel.kaminski@headframe.example', city: 'lodz', locale: 'pl', languages: ['pl', 'en'], areas: ['housing', 'participation'], public: true, organisations: [['lodz-pracownia', 'admin']], bio: 'Architekt i animator, pracuję z mieszkańcami łódzkich kamienic.' }),
	p({ name: 'Piotr Zieliński (demo)', email: 'piotr.zielinski@headframe.example', city: 'katowice', locale: 'pl', languages: ['pl', 'en'], areas: ['demography', 'economic-diversification'], public: true, organisations: [['us-katowice', 'admin']], bio: 'Badacz miast poprzemysłowych. Porównuję wskaźniki demograficzne i rynku pracy.' }),
	p({ name: 'Katarzyna Dąbrowska (demo)', email: 'katarzyna.dabrowska@headframe.example', city: 'katowice', locale: 'pl', languages: ['pl', 'en', 'cs'], areas: ['energy-transition'], organisations: [['us-katowice', 'member']], bio: 'Doktorantka; badam sprawiedliwą transformację energetyczną na Śląsku.' }),
	p({ name: 'Marta Szymańska (demo)', email: 'marta.szymanska@headframe.example', city: 'zyrardow', locale: 'pl', languages: ['pl', 'en'], areas: ['culture-identity'], organisations: [['zyrardow-len', 'admin']], bio: 'Kustoszka, prowadzę edukację muzealną w dawnej fabryce lnu.' }),
	p({ name: 'Jan Novák (demo)', email: 'jan.novak@headframe.example', city: 'ostrava', locale: 'en', languages: ['cs', 'en', 'pl'], areas: ['brownfield-reuse', 'economic-diversification'], public: true, organisations: [['ostrava-city', 'admin']], bio: 'Strategic planner at the city of Ostrava, working on brownfields and new jobs.' }),
	p({ name: 'Lucie Dvořáková (demo)', email: 'lucie.dvorakova@headframe.example', city: 'ostrava', locale: 'en', languages: ['cs', 'en'], areas: ['culture-identity', 'participation'], organisations: [['ostrava-michal', 'admin']], bio: 'I coordinate the volunteers of a former colliery turned community venue.' }),
	p({ name: 'Thomas Becker (demo)', email: 'thomas.becker@headframe.example', city: 'essen', locale: 'en', languages: ['de', 'en'], areas: ['economic-diversification', 'energy-transition'], public: true, organisations: [['ruhr-zukunft', 'admin']], bio: 'Project manager at an NGO in Essen. I apply for EU funds and look for partners.' }),
	p({ name: 'Sabine Hoffmann (demo)', email: 'sabine.hoffmann@headframe.example', city: 'essen', locale: 'en', languages: ['de', 'en', 'fr'], areas: ['social-inclusion'], organisations: [['ruhr-zukunft', 'member']], bio: 'Social worker running skills programmes for former miners’ families.' }),
	p({ name: 'Markus Schneider (demo)', email: 'markus.schneider@headframe.example', city: 'bochum', locale: 'en', languages: ['de', 'en'], areas: ['brownfield-reuse', 'mobility'], organisations: [['bochum-city', 'admin']], bio: 'Urban planner; the reuse of the former Opel site is my daily work.' }),
	p({ name: 'Julia Fischer (demo)', email: 'julia.fischer@headframe.example', city: 'dortmund', locale: 'en', languages: ['de', 'en'], areas: ['housing', 'brownfield-reuse'], organisations: [['dortmund-phoenix', 'admin']], bio: 'Development manager for the Phoenix site.' }),
	p({ name: 'Claire Dubois (demo)', email: 'claire.dubois@headframe.example', city: 'charleroi', locale: 'en', languages: ['fr', 'en', 'nl'], areas: ['brownfield-reuse', 'culture-identity'], public: true, organisations: [['charleroi-city', 'admin']], bio: 'Urban renewal officer in Charleroi, interested in slag heaps as green landmarks.' }),
	p({ name: 'Pieter Janssens (demo)', email: 'pieter.janssens@headframe.example', city: 'genk', locale: 'en', languages: ['nl', 'en', 'fr'], areas: ['culture-identity', 'social-inclusion'], organisations: [['genk-erfgoed', 'admin']], bio: 'Historian of the Limburg mines and their migrant communities.' }),
	p({ name: 'Ainhoa Etxeberria (demo)', email: 'ainhoa.etxeberria@headframe.example', city: 'bilbao', locale: 'en', languages: ['es', 'en', 'fr'], areas: ['participation', 'brownfield-reuse'], organisations: [['bilbao-ria', 'admin']], bio: 'Community organiser on the estuary; I help residents take part in big projects.' }),
	p({ name: 'Javier Martínez (demo)', email: 'javier.martinez@headframe.example', city: 'bilbao', locale: 'en', languages: ['es', 'en'], areas: ['mobility'], organisations: [['bilbao-ria', 'member']], bio: 'Transport engineer, volunteer with Ría Berria.' }),
	p({ name: 'Sarah Thompson (demo)', email: 'sarah.thompson@headframe.example', city: 'sheffield', locale: 'en', languages: ['en'], areas: ['culture-identity'], organisations: [['sheffield-trust', 'admin']], bio: 'Heritage manager; steel workshops, oral history and volunteering.' }),
	p({ name: 'David Hughes (demo)', email: 'david.hughes@headframe.example', city: 'sheffield', locale: 'en', languages: ['en', 'de'], areas: ['demography', 'housing'], public: true, organisations: [['sheffield-lab', 'admin']], bio: 'Researcher in urban studies: health, housing and work in former steel towns.' }),
	p({ name: 'Camille Laurent (demo)', email: 'camille.laurent@headframe.example', city: 'saint-etienne', locale: 'en', languages: ['fr', 'en', 'it'], areas: ['economic-diversification', 'brownfield-reuse'], organisations: [['se-design', 'admin']], bio: 'Designer; we turn empty industrial halls into workshops.' }),
	p({ name: 'Aino Virtanen (demo)', email: 'aino.virtanen@headframe.example', city: 'tampere', locale: 'en', languages: ['en', 'de'], areas: ['culture-identity', 'participation'], organisations: [['tampere-yhteiso', 'admin']], bio: 'Artist and organiser in the old mill buildings of Tampere.' }),
	p({ name: 'Giulia Rossi (demo)', email: 'giulia.rossi@headframe.example', city: 'torino', locale: 'en', languages: ['it', 'en', 'fr'], areas: ['social-inclusion', 'economic-diversification'], organisations: [['torino-aps', 'admin']], bio: 'I run community programmes on former car-industry sites in Turin.' }),
	p({ name: 'Marco Bianchi (demo)', email: 'marco.bianchi@headframe.example', city: 'torino', locale: 'en', languages: ['it', 'en'], areas: ['mobility', 'energy-transition'], organisations: [['torino-aps', 'member']], bio: 'Volunteer and energy consultant.' }),
	p({ name: 'Michał Kaczmarek (demo)', email: 'michal.kaczmarek@headframe.example', city: 'gdansk', locale: 'pl', languages: ['pl', 'en'], areas: ['culture-identity', 'economic-diversification'], organisations: [['gdansk-coop', 'admin']], bio: 'Współzałożyciel spółdzielni na terenach postoczniowych.' }),
	p({ name: 'Barbara Grabowska (demo)', email: 'barbara.grabowska@headframe.example', city: 'zabrze', locale: 'pl', languages: ['pl', 'de'], areas: ['culture-identity'], organisations: [['zabrze-dziedzictwo', 'admin']], bio: 'Przewodniczka i edukatorka w podziemnych trasach Zabrza.' }),
	p({ name: 'Robert Pawlak (demo)', email: 'robert.pawlak@headframe.example', city: 'lodz', locale: 'pl', languages: ['pl', 'en'], areas: ['energy-transition', 'housing'], individualSince: '2025-02', bio: 'Niezależny ekspert ds. efektywności energetycznej budynków pofabrycznych.' }),
	p({ name: 'Elena Costa (demo)', email: 'elena.costa@headframe.example', city: 'torino', locale: 'en', languages: ['it', 'en', 'es'], areas: ['demography'], bio: 'Freelance demographer; I would like to join the network as an individual expert.' })
];

/** Pending applications for the coordinator's queue: organisation key, or the individual's e-mail. */
export const DEMO_PENDING: { organisation?: string; applicant: string; motivation: string; offers: string; seeks: string }[] = [
	{ organisation: 'ostrava-michal', applicant: 'lucie.dvorakova@headframe.example', motivation: 'We run a former colliery as a community venue and want to learn how other towns finance and staff similar places.', offers: 'Guided tours, volunteer training materials in Czech and English.', seeks: 'Partners for a cross-border heritage project.' },
	{ organisation: 'dortmund-phoenix', applicant: 'julia.fischer@headframe.example', motivation: 'The Phoenix site is a large brownfield turned lake district; we want to share what worked and what did not.', offers: 'Study visits, data on land remediation costs.', seeks: 'Exchange with towns planning similar lake or park projects.' },
	{ applicant: 'elena.costa@headframe.example', motivation: 'I study population decline in industrial towns and would like to share my analyses with the network.', offers: 'Demographic analyses and projections.', seeks: 'Cities willing to share local data.' }
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
