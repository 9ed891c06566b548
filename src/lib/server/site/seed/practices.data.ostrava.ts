/** Demo practices of Ostrava, Charleroi, Genk and Bilbao (English, one Czech original). */
import { fund, link, outcome, practice } from './practices.data.types';

export const OSTRAVA_CHARLEROI_GENK_BILBAO = [
	practice({
		key: 'ostrava-dolni-vitkovice',
		city: 'ostrava',
		language: 'en',
		status: 'completed',
		period: ['2009-01-01', '2015-12-31'],
		written: '2024-07-25',
		areas: ['brownfield-reuse', 'culture-identity', 'economic-diversification'],
		organisations: ['ostrava-city'],
		partners: ['Moravian-Silesian Region', 'VŠB – Technical University of Ostrava'],
		author: 'jan.novak@headframe.example',
		contacts: ['jan.novak@headframe.example'],
		funding: [
			fund('eu', 76_000_000, 'EUR', 'ERDF: Integrated Operational Programme and Regional Operational Programme Moravia-Silesia 2007–2013'),
			fund('regional', 12_000_000, 'EUR', 'Moravian-Silesian Region'),
			fund('municipal', 9_000_000, 'EUR', 'City of Ostrava'),
			fund('private', 15_000_000, 'EUR', 'Site owner’s co-financing')
		],
		outcomes: [
			outcome('Visitors to the area per year', 0, 1_000_000, 'people', 2019),
			outcome('Science centre visitors per year', 0, 520_000, 'people', 2019)
		],
		texts: {
			title: 'Dolní Vítkovice: an ironworks turned into a district for science, music and congresses',
			summary: `The blast furnaces, gas holder and coal mine of the Vítkovice ironworks, closed in 1998, were kept and given new uses: a science centre in the former power house, a concert and congress hall inside the gas holder, a viewpoint on top of Blast Furnace No. 1 and a large music festival. The owner, the city and the region run the area through a joint association.`,
			context: `For over 170 years the Vítkovice ironworks were the heart of Ostrava and employed tens of thousands. When production at Dolní Vítkovice ended in 1998, a vast site next to the city centre fell silent. Declared a national cultural monument in 2002, it was expensive to keep and nobody saw a use for it.`,
			approach: `- An association of the owner, the city and the region to manage the area, keep it open and seek funds.\n- The gas holder converted into a multi-purpose hall for about 1,500 people, reusing the steel shell.\n- A science and technology centre in the former power house.\n- A glass extension on top of Blast Furnace No. 1 with a café and viewpoint.\n- Large festivals to make the site known to a young audience.`,
			actors: `City of Ostrava (strategic development department), Moravian-Silesian Region, the site owner, the area management association, VŠB – Technical University of Ostrava, festival organisers, volunteers of former mines.`,
			funding_notes: `EU regional funds paid most of the conversions; the region, the city and the owner added co-financing. Operation relies on ticket income, congress business and a public contribution towards maintenance of the monuments.`,
			results: `Around one million people visit every year, over half a million of them the science centre. The area hosts international congresses and concerts and has become the symbol of Ostrava's new image.`,
			failures: `Large parts of the site are still empty and in poor condition, and maintaining the blast furnaces is costly. Links with the surrounding housing estates stayed weak. EU sustainability rules limited commercial uses for years.`,
			transfer_conditions: `A monument of national importance, an owner willing to work with public bodies, a joint body with a clear mandate, strong anchor uses for schools and tourists, and a long-term maintenance fund.`
		},
		translations: {
			pl: {
				by: 'jan.novak@headframe.example',
				title: 'Dolní Vítkovice: huta żelaza zamieniona w dzielnicę nauki, muzyki i kongresów',
				summary: `Wielkie piece, zbiornik gazu i kopalnia huty Vítkovice, zamkniętej w 1998 roku, zostały zachowane i dostały nowe funkcje: centrum nauki w dawnej elektrowni, salę koncertową i kongresową w zbiorniku gazu, punkt widokowy na wielkim piecu nr 1 i duży festiwal muzyczny. Właściciel, miasto i region zarządzają terenem przez wspólne stowarzyszenie.`,
				context: `Przez ponad 170 lat huta Vítkovice była sercem Ostrawy i dawała pracę dziesiątkom tysięcy ludzi. Gdy w 1998 roku zakończono produkcję w zakładach Dolní Vítkovice, ogromny teren obok centrum miasta ucichł. Uznany w 2002 roku za narodowy zabytek kultury, był drogi w utrzymaniu i nikt nie widział dla niego funkcji.`,
				approach: `- Stowarzyszenie właściciela, miasta i regionu, które zarządza terenem, utrzymuje go otwartym i szuka środków.\n- Zbiornik gazu przebudowany na salę wielofunkcyjną dla około 1500 osób, z zachowaniem stalowej powłoki.\n- Centrum nauki i techniki w dawnej elektrowni.\n- Szklana nadbudowa na wielkim piecu nr 1 z kawiarnią i punktem widokowym.\n- Duże festiwale, dzięki którym miejsce poznała młoda publiczność.`,
				actors: `Miasto Ostrawa (wydział rozwoju strategicznego), kraj morawsko-śląski, właściciel terenu, stowarzyszenie zarządzające, Uniwersytet Techniczny VŠB w Ostrawie, organizatorzy festiwali, wolontariusze z dawnych kopalń.`,
				funding_notes: `Większość przebudów sfinansowały unijne fundusze regionalne; region, miasto i właściciel dołożyli wkład własny. Działalność opiera się na biletach, kongresach i publicznym wsparciu utrzymania zabytków.`,
				results: `Teren odwiedza rocznie około miliona osób, z czego ponad pół miliona centrum nauki. Odbywają się tu międzynarodowe kongresy i koncerty, a Dolní Vítkovice stały się symbolem nowego wizerunku Ostrawy.`,
				failures: `Duża część terenu wciąż stoi pusta i jest w złym stanie, a utrzymanie wielkich pieców jest kosztowne. Powiązania z sąsiednimi osiedlami pozostały słabe. Unijne zasady trwałości projektów przez lata ograniczały funkcje komercyjne.`,
				transfer_conditions: `Zabytek o znaczeniu krajowym, właściciel gotowy współpracować z instytucjami publicznymi, wspólny podmiot z jasnym mandatem, silne funkcje kotwiczące dla szkół i turystów oraz długoterminowy fundusz na utrzymanie.`
			}
		}
	}),
	practice({
		key: 'ostrava-brownfieldy',
		city: 'ostrava',
		language: 'cs',
		status: 'ongoing',
		period: ['2017-01-01', null],
		written: '2025-08-06',
		areas: ['brownfield-reuse', 'economic-diversification'],
		organisations: ['ostrava-city'],
		partners: ['CzechInvest', 'Moravskoslezský kraj'],
		author: 'jan.novak@headframe.example',
		contacts: ['jan.novak@headframe.example'],
		funding: [
			fund('national', 420_000_000, 'CZK', 'Národní program regenerace brownfieldů (Ministerstvo průmyslu a obchodu)'),
			fund('eu', 310_000_000, 'CZK', 'Operační program Podnikání a inovace pro konkurenceschopnost'),
			fund('municipal', 260_000_000, 'CZK', 'Rozpočet statutárního města Ostravy: výkupy pozemků')
		],
		outcomes: [outcome('Připravené plochy', 0, 64, 'ha', 2024), outcome('Nová pracovní místa na plochách', 0, 1_900, 'míst', 2024)],
		texts: {
			title: 'Program revitalizace brownfieldů: příprava průmyslových ploch pro nové investory v Ostravě',
			summary: `Město Ostrava systematicky vykupuje a připravuje bývalé průmyslové plochy – průzkum, sanace, sítě, územní plán – a nabízí je firmám jako připravené zóny. Na plochách bývalých dolů a hutí tak vznikají nová pracovní místa místo dalších hal na zelené louce.`,
			context: `Po útlumu těžby a hutnictví zůstaly v Ostravě stovky hektarů brownfieldů, často s nejasným vlastnictvím a ekologickou zátěží. Investoři dávali přednost zelené louce, protože sanace byla drahá a pomalá. Nezaměstnanost v regionu patřila k nejvyšším v zemi.`,
			approach: `- Databáze brownfieldů s hodnocením podle vlastnictví, zátěže a dopravní dostupnosti.\n- Výkup pozemků prostřednictvím městské společnosti a sjednocení vlastnictví.\n- Průzkum a sanace ekologických zátěží před prodejem.\n- Zasíťování a změna územního plánu pro lehký průmysl a služby.\n- Jedno kontaktní místo pro investory na magistrátu.`,
			actors: `Statutární město Ostrava (odbor strategického rozvoje), městská developerská společnost, Moravskoslezský kraj, agentura CzechInvest.`,
			funding_notes: `Průzkumy a sanace hradí hlavně národní program pro brownfieldy a evropské fondy; výkupy pozemků platí město z vlastního rozpočtu a část nákladů se vrací při prodeji investorům.`,
			results: `Od roku 2017 bylo připraveno 64 ha ploch a prodáno 38 ha; firmy zde vytvořily přes 1 900 pracovních míst. Podíl brownfieldů na nových investicích ve městě výrazně vzrostl.`,
			failures: `Sanace dvou ploch byly dražší, než ukázal průzkum, a jejich příprava se zpozdila o dva roky. Některé zóny přilákaly hlavně sklady s malým počtem pracovních míst.`,
			transfer_conditions: `Městská společnost schopná vykupovat pozemky, přístup k národním dotacím na brownfieldy, kvalitní průzkum zátěží a pravidla pro výběr investorů podle počtu a kvality pracovních míst.`
		},
		translations: {
			en: {
				by: 'jan.novak@headframe.example',
				title: 'Brownfield regeneration programme: preparing industrial land for new investors in Ostrava',
				summary: `The City of Ostrava systematically buys and prepares former industrial land – surveys, remediation, utilities, zoning – and offers it to firms as ready sites. New jobs are created on former mines and steelworks instead of more sheds on greenfield land.`,
				context: `After mining and steelmaking declined, Ostrava was left with hundreds of hectares of brownfields, often with unclear ownership and contamination. Investors preferred greenfield sites because remediation was expensive and slow. Unemployment in the region was among the highest in the country.`,
				approach: `- A brownfield database rating sites by ownership, contamination and transport access.\n- Land purchase through a municipal company to consolidate ownership.\n- Surveys and remediation of contamination before sale.\n- Utilities and rezoning for light industry and services.\n- A single contact point for investors at the city hall.`,
				actors: `The City of Ostrava (strategic development department), a municipal development company, the Moravian-Silesian Region, the CzechInvest agency.`,
				funding_notes: `Surveys and remediation are paid mainly by the national brownfield programme and EU funds; the city pays for land purchases from its own budget and recovers part of the cost when selling to investors.`,
				results: `Since 2017, 64 ha have been prepared and 38 ha sold; firms have created over 1,900 jobs there. The share of brownfields in new investment in the city has risen markedly.`,
				failures: `Remediation of two sites cost more than the surveys showed, delaying them by two years. Some zones attracted mainly warehouses with few jobs.`,
				transfer_conditions: `A municipal company able to buy land, access to national brownfield grants, good contamination surveys, and rules for choosing investors by the number and quality of jobs.`
			}
		}
	}),
	practice({
		key: 'charleroi-rive-gauche',
		city: 'charleroi',
		language: 'en',
		status: 'completed',
		period: ['2013-01-01', '2019-12-31'],
		written: '2024-10-22',
		areas: ['economic-diversification', 'brownfield-reuse', 'culture-identity'],
		organisations: ['charleroi-city'],
		partners: ['Walloon Region', 'Quai 10 non-profit'],
		author: 'claire.dubois@headframe.example',
		contacts: ['claire.dubois@headframe.example'],
		funding: [
			fund('eu', 60_000_000, 'EUR', 'ERDF Wallonia 2014–2020: public spaces and Quai 10'),
			fund('regional', 35_000_000, 'EUR', 'Walloon Region'),
			fund('private', 270_000_000, 'EUR', 'Developer of the shopping district'),
			fund('municipal', 12_000_000, 'EUR', 'City of Charleroi')
		],
		outcomes: [
			outcome('Shop vacancy in the lower town', 31, 14, '%', 2023),
			outcome('Quai 10 visitors per year', 0, 120_000, 'people', 2023)
		],
		texts: {
			title: 'Rive Gauche and Quai 10: rebuilding Charleroi’s lower town around a shopping district and a cinema-games centre',
			summary: `Charleroi's lower town, emptied by the closure of steelworks and the flight of shops to out-of-town malls, was rebuilt under a city masterplan: a covered shopping district replaced a decaying 1970s mall, and Quai 10 – a cinema, video-game museum and café – opened on the riverside.`,
			context: `In the 2000s Charleroi's centre had one of the highest shop vacancy rates in Belgium. The city had a reputation as one of the ugliest in Europe, the riverbank was a ring road, and residents went shopping elsewhere.`,
			approach: `- A city masterplan with a chief architect who reviews every project.\n- A public–private partnership for the shopping district, with the city providing land and public space.\n- Quai 10: arthouse cinema, video-game museum, café and education rooms in one riverside building.\n- Squares and riverside walks rebuilt; the ring road moved away from the river.\n- Temporary uses in empty shops while works ran.`,
			actors: `Ville de Charleroi (urban renewal service), the city's chief architect, the Walloon Region, the private developer of the shopping district, the Quai 10 non-profit.`,
			funding_notes: `The developer financed the shopping district. ERDF and the Walloon Region paid for public spaces and Quai 10; the city paid studies and part of the squares.`,
			results: `Shop vacancy in the lower town fell from 31% to 14%, footfall rose and Quai 10 welcomes about 120,000 visitors a year. Press coverage of Charleroi shifted from "ugliest city" to "city in renewal".`,
			failures: `The new mall drew shoppers away from independent shops in the upper town, where vacancy rose. Works lasted years and some small businesses next to the site did not survive the disruption.`,
			transfer_conditions: `A masterplan and a chief architect with real influence, a developer ready to invest in a weak market, public money for public spaces, and a plan for existing high streets so a new mall does not empty them.`
		}
	}),
	practice({
		key: 'charleroi-terrils',
		city: 'charleroi',
		language: 'en',
		status: 'ongoing',
		period: ['2019-04-01', null],
		written: '2025-06-11',
		areas: ['culture-identity', 'mobility', 'participation'],
		organisations: ['charleroi-city'],
		partners: ['Naturalists’ association of Hainaut', 'Walking clubs of Charleroi'],
		author: 'claire.dubois@headframe.example',
		contacts: ['claire.dubois@headframe.example'],
		funding: [
			fund('regional', 1_200_000, 'EUR', 'Walloon Region: nature and forests department'),
			fund('municipal', 450_000, 'EUR', 'City of Charleroi: trails and signs'),
			fund('eu', 300_000, 'EUR', 'Interreg France–Wallonia–Flanders: cross-border heritage route')
		],
		outcomes: [
			outcome('Trails across slag heaps', 0, 38, 'km', 2024),
			outcome('Participants in guided walks', 0, 6_000, 'people/year', 2024)
		],
		texts: {
			title: 'Slag heaps as landmarks: a walking route across the terrils of Charleroi',
			summary: `Charleroi has dozens of slag heaps (terrils) left by coal mining. A terril route links a dozen of them with marked trails, viewpoints, volunteer-guided walks and a nature management plan, turning symbols of decline into green landmarks.`,
			context: `The slag heaps were seen as dumps and eyesores; some were quarried for material, others became illegal motorbike tracks. Yet they had become rich habitats and offered the best views of the city, which few residents knew.`,
			approach: `- An inventory of heaps by ownership, stability and ecological value.\n- Management agreements with owners for public access.\n- Marked trails, stairs and viewpoints; no new buildings on top.\n- Volunteer guides trained with a naturalists' association.\n- An annual terril festival with walks, runs and concerts.`,
			actors: `Ville de Charleroi, the Walloon Region (nature and forests department), a naturalists' association, walking clubs, schools.`,
			funding_notes: `The region pays most of the nature management; the city pays trails and signs; an Interreg project links the route with heaps across the French border.`,
			results: `Twelve heaps are connected by 38 km of trails, and guided walks reach about 6,000 people a year. Several heaps are now protected as sites of great biological interest.`,
			failures: `Agreements with two private owners fell through, leaving a gap in the route. Erosion from heavy use damaged slopes and needed extra work. Motorbikes still use some heaps illegally.`,
			transfer_conditions: `Heaps that are stable and not burning, owners open to access agreements, a nature partner, a small permanent maintenance budget and a base of volunteers.`
		}
	}),
	practice({
		key: 'genk-c-mine',
		city: 'genk',
		language: 'en',
		status: 'completed',
		period: ['2005-01-01', '2012-12-31'],
		written: '2024-08-30',
		areas: ['culture-identity', 'economic-diversification', 'brownfield-reuse'],
		organisations: ['genk-erfgoed'],
		partners: ['City of Genk', 'Province of Limburg'],
		author: 'pieter.janssens@headframe.example',
		contacts: ['pieter.janssens@headframe.example'],
		funding: [
			fund('eu', 20_000_000, 'EUR', 'ERDF Flanders: Limburg mining areas'),
			fund('regional', 25_000_000, 'EUR', 'Flemish government and Province of Limburg'),
			fund('municipal', 15_000_000, 'EUR', 'City of Genk')
		],
		outcomes: [outcome('Creative companies on site', 0, 40, 'companies', 2023), outcome('Visitors per year', 0, 350_000, 'people', 2019)],
		texts: {
			title: 'C-Mine: the Winterslag colliery turned into a creative hub with a design school and cinema',
			summary: `The Winterslag colliery in Genk, closed in 1988, became C-Mine: an arts centre, an arthouse cinema, a design school, creative businesses and an underground route through the mine's tunnels. The site is a meeting place for Genk's many communities.`,
			context: `Genk grew around three coal mines that brought workers from Italy, Turkey, Morocco, Greece and beyond. When the Limburg mines closed in the 1980s and 1990s, the town lost its economic base; the mine sites stood empty, although they were still the heart of the mining neighbourhoods.`,
			approach: `- The city bought the site and made a masterplan with creative industries as the main theme.\n- Anchor institutions first: the arts centre, the cinema and the design academy.\n- Engine houses and headframes kept, with new architecture inserted into them.\n- A business incubator for creative start-ups with affordable rents.\n- Programmes with residents of the mining neighbourhoods: memories, music and food.`,
			actors: `City of Genk, Genk Mijnerfgoed vzw (heritage and memory programmes), Province of Limburg, the Flemish government, the design academy, private tenants.`,
			funding_notes: `ERDF money for former mining areas, the Flemish government and the province financed the conversion; the city owns the site and covers the deficit of the public parts.`,
			results: `C-Mine welcomes several hundred thousand visitors a year and houses around 40 creative companies. The design school trains hundreds of students, some of whom stay in Genk.`,
			failures: `Residents of the nearby mining neighbourhoods at first felt the site was "for artists from elsewhere"; participation programmes came late. Creative firms remain a small employer compared with the mines and the car plant that also closed.`,
			transfer_conditions: `Iconic mine buildings, an education partner willing to move in, long-term municipal commitment and early involvement of the mining communities.`
		}
	}),
	practice({
		key: 'genk-cite-councils',
		city: 'genk',
		language: 'en',
		status: 'ongoing',
		visibility: 'members',
		period: ['2021-01-01', null],
		written: '2025-10-28',
		areas: ['participation', 'social-inclusion', 'housing'],
		organisations: ['genk-erfgoed'],
		partners: ['City of Genk', 'Social housing company of Genk'],
		author: 'pieter.janssens@headframe.example',
		contacts: ['pieter.janssens@headframe.example'],
		funding: [
			fund('municipal', 750_000, 'EUR', 'Neighbourhood budgets 2021–2024'),
			fund('regional', 400_000, 'EUR', 'Flemish urban policy fund: facilitation and interpreters')
		],
		outcomes: [
			outcome('Residents in neighbourhood councils', 0, 45, 'people', 2024),
			outcome('Small projects carried out', 0, 27, 'projects', 2024),
			outcome('Attendance at renovation information meetings', 40, 125, 'people', 2024)
		],
		texts: {
			title: 'Neighbourhood councils in Genk’s mining cités: residents of many origins plan their streets together',
			summary: `In the garden cities built for miners in Genk, councils of residents of Italian, Turkish, Moroccan, Belgian and newer migrant families co-decide small investments and renovation priorities with the city and the social housing company. Meetings are multilingual and held in community places, not at the town hall.`,
			context: `The cités of Winterslag, Waterschei and Zwartberg house people of dozens of origins. Renovation of the social housing stock brought conflicts over rents, moves and demolition. Formal consultations reached few people other than older Belgian residents.`,
			approach: `- One council per cité, with seats balanced by age, gender and origin, partly chosen by lot.\n- An annual budget the council allocates to small projects.\n- Renovation plans discussed house by house, with interpreters from the community.\n- Meetings in mosques, parish halls and cafés, with childcare.\n- Family stories collected by the heritage association feed into heritage-sensitive renovation.`,
			actors: `City of Genk, the social housing company, Genk Mijnerfgoed vzw, community associations and mosques.`,
			funding_notes: `The city provides the neighbourhood budgets; a Flemish urban policy fund pays facilitators and interpreters.`,
			results: `Three councils with about 45 residents have met regularly since 2021 and carried out 27 small projects. Complaints about the renovation process fell, and attendance at information meetings tripled.`,
			failures: `Young people rarely stayed beyond a few meetings. Seats chosen by lot were hard to fill in one cité. The housing company sometimes decided before the council met, which damaged trust.`,
			transfer_conditions: `A city willing to hand over real budget decisions, facilitators trusted by each community, interpreters, and a housing company that commits to consult before deciding.`
		}
	}),
	practice({
		key: 'bilbao-abandoibarra',
		city: 'bilbao',
		language: 'en',
		status: 'completed',
		period: ['1992-01-01', '2012-12-31'],
		written: '2024-09-09',
		areas: ['brownfield-reuse', 'economic-diversification', 'culture-identity'],
		organisations: ['bilbao-ria'],
		partners: ['Bilbao Ría 2000', 'City of Bilbao', 'Basque Government'],
		author: 'ainhoa.etxeberria@headframe.example',
		contacts: ['ainhoa.etxeberria@headframe.example'],
		funding: [
			fund('eu', 90_000_000, 'EUR', 'ERDF Basque Country'),
			fund('national', 60_000_000, 'EUR', 'Spanish state companies (ports, railways): land and infrastructure'),
			fund('regional', 84_000_000, 'EUR', 'Basque institutions: construction of the museum')
		],
		outcomes: [
			outcome('Museum visitors per year', 0, 1_300_000, 'people', 2019),
			outcome('Unemployment rate in Bilbao', 25, 11, '%', 2019)
		],
		links: [link('https://www.guggenheim-bilbao.eus/', 'Guggenheim Museum Bilbao')],
		texts: {
			title: 'Abandoibarra: from derelict docks and shipyards to a riverfront district around the Guggenheim',
			summary: `On former docks, rail yards and the Euskalduna shipyard along the estuary, Bilbao built a new riverfront district: the Guggenheim museum, a concert and congress hall, a park, university buildings, offices and homes, linked by a tram and promenade. A public company financed it by selling land.`,
			context: `In the 1980s Bilbao lost tens of thousands of jobs as steelworks and shipyards closed; unemployment passed 25%. The estuary was polluted and the riverbanks were fenced industrial land that cut the city off from its river. The 1983 floods deepened the crisis.`,
			approach: `- A public company owned by state, regional and local bodies, which received public land for free.\n- Land value capture: plots sold for offices and homes paid for parks, promenades and infrastructure.\n- A flagship museum as an international landmark.\n- Clean-up of the estuary through a regional sanitation plan.\n- A tram and riverside walks reconnecting neighbourhoods.`,
			actors: `Bilbao Ría 2000, the City of Bilbao, the Basque Government, the provincial council of Biscay, state port and railway companies, Ría Berria Elkartea (residents' involvement in later phases).`,
			funding_notes: `Land sales financed most of the public works; EU regional funds and the state helped with infrastructure; Basque institutions paid for the museum building.`,
			results: `The museum attracts over a million visitors a year, most from outside the Basque Country, and tourism became a real sector. The riverfront is now the city's main public space, and unemployment fell below the national average.`,
			failures: `The "Bilbao effect" is hard to copy: many towns built museums without the other investments. Rising property prices pushed some residents out of nearby areas, and many new jobs are low-paid service work.`,
			transfer_conditions: `Public land that can be pooled, a joint company with authority across government levels, a long-term vision with big infrastructure (sanitation, metro), and a flagship that fits a wider plan rather than replacing it.`
		}
	}),
	practice({
		key: 'bilbao-zorrotzaurre',
		city: 'bilbao',
		language: 'en',
		status: 'ongoing',
		period: ['2012-01-01', null],
		written: '2025-12-02',
		areas: ['participation', 'housing', 'brownfield-reuse'],
		organisations: ['bilbao-ria'],
		partners: ['Zorrotzaurre management commission', 'Zorrotzaurre residents’ association'],
		author: 'ainhoa.etxeberria@headframe.example',
		contacts: ['ainhoa.etxeberria@headframe.example', 'javier.martinez@headframe.example'],
		funding: [
			fund('regional', 45_000_000, 'EUR', 'Basque Government: canal and flood defence'),
			fund('municipal', 30_000_000, 'EUR', 'City of Bilbao: bridges and streets'),
			fund('private', 250_000_000, 'EUR', 'Landowners’ planned investment'),
			fund('eu', 6_000_000, 'EUR', 'ERDF: innovation buildings')
		],
		outcomes: [
			outcome('Residents displaced against their will', null, 0, 'people', 2024),
			outcome('Creative firms in temporary uses', 0, 60, 'firms', 2024),
			outcome('New homes completed', 0, 850, 'homes', 2024)
		],
		texts: {
			title: 'Zorrotzaurre: a residents’ table for the regeneration of an industrial peninsula',
			summary: `The regeneration of Zorrotzaurre, a peninsula of warehouses and workers' houses turned into an island by a new canal, is discussed at a standing residents' table with the management commission. Residents, artists and small firms in old warehouses co-shaped the phasing, the housing mix and temporary uses.`,
			context: `About 400 people live on Zorrotzaurre among industrial buildings, some empty, some used by artists and small businesses. The masterplan foresaw several thousand new homes, and residents feared demolition of their houses and being priced out.`,
			approach: `- A residents' table meeting every two months with the commission, with published minutes.\n- Existing inhabited houses kept in the masterplan.\n- A large share of new homes as subsidised housing.\n- Temporary uses of empty warehouses for culture and start-ups until redevelopment.\n- The canal, bridges and flood protection built before housing.`,
			actors: `The Zorrotzaurre management commission, the City of Bilbao, the Basque Government, landowners, the residents' association, Ría Berria Elkartea (facilitation), artists' collectives.`,
			funding_notes: `Public bodies pay the canal, flood defence and bridges; landowners will finance building and part of the streets in proportion to their plots.`,
			results: `The canal opened in 2018, making Zorrotzaurre an island protected from floods; the first bridges and about 850 homes are built. No resident was displaced against their will, and temporary uses attracted around 60 small creative firms.`,
			failures: `Progress is slow and depends on the property market; residents have lived next to a building site for a decade. Some temporary users had to leave when their plots were sold, which caused conflict.`,
			transfer_conditions: `A masterplan that keeps existing residents, a standing and transparent participation body, clear rules for temporary users, and public infrastructure before private building.`
		}
	})
];
