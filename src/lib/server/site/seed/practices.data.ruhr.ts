/** Demo practices of the Ruhr: Essen, Bochum and Dortmund (English and German originals). */
import { fund, link, outcome, practice } from './practices.data.types';

export const RUHR = [
	practice({
		key: 'essen-zollverein',
		city: 'essen',
		language: 'en',
		status: 'ongoing',
		period: ['1989-01-01', null],
		written: '2024-05-21',
		areas: ['culture-identity', 'brownfield-reuse', 'economic-diversification'],
		organisations: ['ruhr-zukunft'],
		partners: ['Stiftung Zollverein', 'City of Essen', 'Regionalverband Ruhr'],
		author: 'thomas.becker@headframe.example',
		contacts: ['thomas.becker@headframe.example'],
		funding: [
			fund('eu', 45_000_000, 'EUR', 'ERDF, North Rhine-Westphalia regional programmes 2000–2020'),
			fund('regional', 110_000_000, 'EUR', 'State of North Rhine-Westphalia'),
			fund('municipal', 20_000_000, 'EUR', 'City of Essen'),
			fund('private', 8_000_000, 'EUR', 'Foundations and sponsors')
		],
		outcomes: [outcome('Visitors per year', 200_000, 1_500_000, 'people', 2019), outcome('Jobs on the site', 0, 1_500, 'jobs', 2019)],
		links: [
			link('https://www.zollverein.de/', 'Zollverein World Heritage Site'),
			link('https://whc.unesco.org/en/list/975', 'UNESCO World Heritage List: Zollverein')
		],
		texts: {
			title: 'Zollverein: managing a colliery and coking plant as a living World Heritage landscape',
			summary: `After Zollverein colliery closed in 1986 and its coking plant in 1993, the city, the state and a foundation kept the whole ensemble instead of demolishing it. Today the World Heritage site combines a regional museum, a design museum, creative firms, a park on former railway tracks and events, all run under one heritage management plan.`,
			context: `Zollverein's Shaft XII, opened in 1932, was for years among the most productive coal mines in the world and employed thousands of people in the north of Essen. When it closed, the northern districts lost their main employer and demolition was the default. The site lies between Katernberg and Stoppenberg, neighbourhoods with high unemployment and many migrant families who felt shut out of the redevelopment debate.`,
			approach: `- A foundation owns and runs the site, with the city and the state on its board.\n- A heritage management plan agreed with UNESCO: what must stay, what may change, how new buildings fit in.\n- Anchor uses first: a museum in the coal washery, a design museum in the boiler house, a design school.\n- Cheap space for creative start-ups in former workshops.\n- The park and the coking plant free to enter, with an ice rink in winter and a pool in summer.\n- Neighbourhood programmes: jobs on site for residents, guides from former miners' families.`,
			actors: `The Zollverein foundation, the City of Essen, the state of North Rhine-Westphalia, the Ruhr regional association, the Ruhr Museum, Ruhr Zukunft e.V. (neighbourhood programmes and EU projects), former miners' associations.`,
			funding_notes: `The state of North Rhine-Westphalia carried most of the investment, with ERDF money for restoration and infrastructure. Upkeep of the huge steel structures is paid mainly by the state and the city through the foundation; rents, events and sponsorship cover a growing share.`,
			results: `About 1.5 million people visit each year and more than 1,500 people work on the site in over a hundred firms and institutions. Zollverein became the symbol of the Ruhr as European Capital of Culture in 2010 and is the region's best-known landmark.`,
			failures: `Some early uses struggled: the first design school closed after a few years and its building stood half empty. Residents of Katernberg saw few of the new jobs for a long time, which is why the neighbourhood job agency was set up. Maintaining the steel structures costs millions each year and depends on state money.`,
			transfer_conditions: `A site with heritage value beyond the region, an owner able to plan for decades (a foundation or public company), secured public money for maintenance, anchor institutions willing to move in first, and a deliberate programme for the neighbouring districts from day one.`
		},
		translations: {
			pl: {
				by: 'koordynator@headframe.example',
				title: 'Zollverein: zarządzanie kopalnią i koksownią jako żywym krajobrazem światowego dziedzictwa',
				summary: `Po zamknięciu kopalni Zollverein w 1986 roku i koksowni w 1993 roku miasto, kraj związkowy i fundacja zachowały cały zespół zamiast go wyburzyć. Dziś obiekt z listy światowego dziedzictwa łączy muzeum regionu, muzeum designu, firmy kreatywne, park na dawnych torowiskach i wydarzenia, a wszystkim zarządza się według jednego planu ochrony dziedzictwa.`,
				context: `Szyb XII kopalni Zollverein, otwarty w 1932 roku, przez lata należał do najbardziej wydajnych kopalń węgla na świecie i dawał pracę tysiącom mieszkańców północnego Essen. Po jego zamknięciu północne dzielnice straciły głównego pracodawcę, a rozbiórka wydawała się oczywista. Teren leży między Katernbergiem a Stoppenbergiem – dzielnicami z wysokim bezrobociem i wieloma rodzinami migrantów, które czuły się wykluczone z dyskusji o przyszłości kopalni.`,
				approach: `- Właścicielem i operatorem terenu jest fundacja, w której radzie zasiadają miasto i kraj związkowy.\n- Plan zarządzania dziedzictwem uzgodniony z UNESCO: co musi zostać, co może się zmienić, jak wpisać nowe budynki.\n- Najpierw funkcje kotwiczące: muzeum w płuczce węgla, muzeum designu w kotłowni, szkoła projektowania.\n- Tanie przestrzenie dla firm kreatywnych w dawnych warsztatach.\n- Bezpłatny wstęp do parku i koksowni, zimą lodowisko, latem basen.\n- Programy dla sąsiednich dzielnic: praca na miejscu dla mieszkańców, przewodnicy z rodzin górniczych.`,
				actors: `Fundacja Zollverein, Miasto Essen, kraj związkowy Nadrenia Północna-Westfalia, związek regionalny Zagłębia Ruhry, Ruhr Museum, Ruhr Zukunft e.V. (programy sąsiedzkie i projekty unijne), stowarzyszenia byłych górników.`,
				funding_notes: `Większość inwestycji sfinansował kraj związkowy, ze wsparciem Europejskiego Funduszu Rozwoju Regionalnego na remonty i infrastrukturę. Utrzymanie ogromnych konstrukcji stalowych opłacają głównie kraj związkowy i miasto za pośrednictwem fundacji; coraz większą część pokrywają czynsze, wydarzenia i sponsorzy.`,
				results: `Obiekt odwiedza rocznie około 1,5 mln osób, a na terenie pracuje ponad 1500 osób w ponad stu firmach i instytucjach. Zollverein stał się symbolem Zagłębia Ruhry jako Europejskiej Stolicy Kultury 2010 i najbardziej rozpoznawalnym miejscem regionu.`,
				failures: `Niektóre pierwsze funkcje się nie sprawdziły: pierwszą szkołę projektowania zamknięto po kilku latach, a jej budynek stał w połowie pusty. Mieszkańcy Katernbergu przez długi czas rzadko dostawali nowe miejsca pracy, dlatego powstało sąsiedzkie biuro pośrednictwa pracy. Utrzymanie stalowych konstrukcji kosztuje co roku miliony i zależy od pieniędzy kraju związkowego.`,
				transfer_conditions: `Obiekt o wartości dziedzictwa wykraczającej poza region, właściciel zdolny planować na dziesięciolecia (fundacja lub spółka publiczna), zapewnione publiczne środki na utrzymanie, instytucje gotowe wprowadzić się jako pierwsze i przemyślany program dla sąsiednich dzielnic od pierwszego dnia.`
			}
		}
	}),
	practice({
		key: 'essen-rs1',
		city: 'essen',
		language: 'de',
		status: 'ongoing',
		period: ['2010-01-01', null],
		written: '2025-02-26',
		areas: ['mobility', 'brownfield-reuse', 'energy-transition'],
		organisations: ['ruhr-zukunft'],
		partners: ['Regionalverband Ruhr', 'Stadt Essen', 'Universität Duisburg-Essen'],
		author: 'thomas.becker@headframe.example',
		contacts: ['thomas.becker@headframe.example'],
		funding: [
			fund('national', 20_000_000, 'EUR', 'Bund: Förderung von Radschnellwegen'),
			fund('regional', 14_000_000, 'EUR', 'Land Nordrhein-Westfalen'),
			fund('municipal', 3_000_000, 'EUR', 'Stadt Essen: Zugänge und Beleuchtung'),
			fund('eu', 1_800_000, 'EUR', 'EFRE: Machbarkeitsstudie und erste Planung')
		],
		outcomes: [
			outcome('Radfahrende pro Werktag an der Zählstelle Essen', 400, 2_600, 'Fahrten/Tag', 2023),
			outcome('Fertiggestellte Kilometer', 0, 23, 'km', 2024)
		],
		texts: {
			title: 'Radschnellweg Ruhr RS1: Radfahren auf der ehemaligen Rheinischen Bahn',
			summary: `Auf der stillgelegten Trasse der Rheinischen Bahn entsteht ein Radschnellweg, der Duisburg, Essen, Bochum, Dortmund und Hamm verbinden soll. In Essen ist der Abschnitt zwischen Universität und Mülheim seit Jahren in Betrieb: vier Meter breit, weitgehend kreuzungsfrei und beleuchtet.`,
			context: `Das Ruhrgebiet ist dicht besiedelt, aber auf das Auto ausgerichtet; Staus auf der A40 gehören zum Alltag. Viele Bahntrassen der Zechen und Stahlwerke lagen brach. Radfahren galt als Freizeitbeschäftigung, nicht als Verkehrsmittel für den Weg zur Arbeit oder zur Hochschule.`,
			approach: `- Machbarkeitsstudie des Regionalverbands für rund 100 km Trasse.\n- Nutzung ehemaliger Bahntrassen, Brücken und Dämme, damit der Weg kreuzungsfrei bleibt.\n- Standards: 4 m Radweg plus 2 m Gehweg, Beleuchtung, Winterdienst.\n- Anschluss an Hochschulen, Innenstädte und Wohnquartiere.\n- Bürgerbeteiligung zu Trassenvarianten und Zugängen in den Stadtteilen.`,
			actors: `Regionalverband Ruhr, Stadt Essen, Land Nordrhein-Westfalen, Universität Duisburg-Essen, Ruhr Zukunft e.V. (Beteiligung in den Stadtteilen), Fahrradclub.`,
			funding_notes: `Bund und Land tragen den größten Teil der Baukosten. Die Stadt finanziert Zugänge, Beleuchtung und Anschlüsse an das städtische Radnetz; die Machbarkeitsstudie wurde mit EFRE-Mitteln bezahlt.`,
			results: `Auf dem Essener Abschnitt werden an Werktagen durchschnittlich rund 2.600 Fahrten gezählt, sechsmal mehr als auf der alten Route. Die Universität berichtet über einen deutlich höheren Anteil an Studierenden, die mit dem Rad kommen.`,
			failures: `Der Gesamtausbau verzögert sich um viele Jahre: Planungsrecht, Grunderwerb und fehlendes Personal in den Kommunen bremsen. Lücken zwischen fertigen Abschnitten machen den Weg für Pendlerinnen und Pendler weniger attraktiv.`,
			transfer_conditions: `Stillgelegte Bahntrassen in öffentlicher Hand oder zu kaufen, eine regionale Stelle, die über Stadtgrenzen hinweg plant, verbindliche Ausbaustandards, Planungspersonal in den Kommunen und verlässliche Finanzierung von Bund und Land.`
		},
		translations: {
			en: {
				by: 'thomas.becker@headframe.example',
				title: 'Ruhr cycle highway RS1: cycling on the former Rhenish Railway',
				summary: `On the disused line of the Rhenish Railway, a cycle highway is being built to link Duisburg, Essen, Bochum, Dortmund and Hamm. In Essen the section between the university and Mülheim has been open for years: four metres wide, largely free of crossings and lit.`,
				context: `The Ruhr is densely populated but built around the car; traffic jams on the A40 are part of daily life. Many railway lines of the collieries and steelworks lay abandoned. Cycling was seen as a leisure activity, not as a way to get to work or university.`,
				approach: `- A feasibility study by the regional association for about 100 km of route.\n- Former railway lines, bridges and embankments used so the route avoids crossings.\n- Standards: a 4 m cycle path plus a 2 m footpath, lighting, winter gritting.\n- Connections to universities, town centres and residential areas.\n- Public participation on route variants and access points in the neighbourhoods.`,
				actors: `The Ruhr regional association, the City of Essen, the state of North Rhine-Westphalia, the University of Duisburg-Essen, Ruhr Zukunft e.V. (participation in the neighbourhoods), the cyclists' club.`,
				funding_notes: `The federal government and the state pay most of the construction. The city pays for access points, lighting and links to its own cycle network; the feasibility study was paid with ERDF money.`,
				results: `On the Essen section about 2,600 trips are counted on an average weekday, six times more than on the old route. The university reports a clearly higher share of students arriving by bike.`,
				failures: `The full route is many years late: planning law, land purchase and a lack of staff in the municipalities slow it down. Gaps between finished sections make it less attractive for commuters.`,
				transfer_conditions: `Disused railway lines in public hands or for sale, a regional body that plans across town boundaries, binding design standards, planning staff in the municipalities and reliable national and regional funding.`
			}
		}
	}),
	practice({
		key: 'essen-katernberg-jobs',
		city: 'essen',
		language: 'en',
		status: 'ongoing',
		visibility: 'members',
		period: ['2019-03-01', null],
		written: '2025-11-05',
		areas: ['social-inclusion', 'economic-diversification', 'demography'],
		organisations: ['ruhr-zukunft'],
		partners: ['Jobcenter Essen', 'Volkshochschule Essen'],
		author: 'sabine.hoffmann@headframe.example',
		contacts: ['sabine.hoffmann@headframe.example', 'thomas.becker@headframe.example'],
		funding: [
			fund('eu', 2_400_000, 'EUR', 'European Social Fund Plus, North Rhine-Westphalia programme'),
			fund('national', 600_000, 'EUR', 'Jobcenter Essen: coaching and training vouchers'),
			fund('municipal', 300_000, 'EUR', 'City of Essen: shopfront rent and childcare')
		],
		outcomes: [
			outcome('Residents coached', 0, 540, 'people', 2024),
			outcome('Started a job or apprenticeship', 0, 230, 'people', 2024),
			outcome('Still in work after 12 months', null, 61, '%', 2024)
		],
		texts: {
			title: 'Skills bridges in Essen-Katernberg: a neighbourhood job agency for miners’ families',
			summary: `A small job office in a shopfront in Katernberg, close to Zollverein, connects long-term unemployed residents – many from former miners' and migrant families – with training and jobs on the heritage site and in local firms. Staff speak Turkish, Arabic and Polish and coach whole families rather than individuals.`,
			context: `Katernberg has unemployment twice the city average and many households living on benefits. The official job centre is far away, and many residents, especially women with children and older men, had stopped using it. Zollverein's success created jobs next door that few locals got.`,
			approach: `- A shopfront office on the main street, open without appointment three days a week.\n- Family coaching: one coach for the whole household.\n- Short courses designed with employers on the Zollverein site: hospitality, security, facility management, events.\n- German courses with childcare.\n- Follow-up for 12 months after someone starts a job.`,
			actors: `Ruhr Zukunft e.V. (operator), Jobcenter Essen, the Zollverein foundation and firms on the site, local mosque associations and parishes, the adult education centre.`,
			funding_notes: `ESF+ pays the coaches and courses; the job centre adds training vouchers for participants, and the city pays the shopfront and childcare.`,
			results: `Since 2019, 540 people have been coached and 230 have started a job or an apprenticeship; 61% of them were still in work a year later. Half of those placed are women, most of whom had never been registered with the job centre.`,
			failures: `Employers' promises did not hold in the pandemic, when events and hospitality stopped. The project depends on ESF rounds: two coaches left in the gap between funding periods and trust in the street had to be rebuilt.`,
			transfer_conditions: `A large employer or site nearby that wants local staff, a job centre ready to share cases, multilingual staff from the community itself, and a funding bridge between EU programming periods.`
		}
	}),
	practice({
		key: 'bochum-mark-51-7',
		city: 'bochum',
		language: 'en',
		status: 'ongoing',
		period: ['2014-12-01', null],
		written: '2024-12-03',
		areas: ['brownfield-reuse', 'economic-diversification', 'energy-transition'],
		organisations: ['bochum-city'],
		partners: ['Ruhr University Bochum', 'Bochum Perspektive 2022 GmbH'],
		author: 'markus.schneider@headframe.example',
		contacts: ['markus.schneider@headframe.example'],
		funding: [
			fund('eu', 25_000_000, 'EUR', 'ERDF, North Rhine-Westphalia programme: site infrastructure'),
			fund('regional', 30_000_000, 'EUR', 'State of North Rhine-Westphalia'),
			fund('private', 60_000_000, 'EUR', 'The carmaker’s contribution to demolition and remediation'),
			fund('municipal', 8_000_000, 'EUR', 'City of Bochum')
		],
		outcomes: [outcome('Jobs on the site', 3_300, 4_800, 'jobs', 2024), outcome('Plots sold or reserved', 0, 95, '%', 2024)],
		texts: {
			title: 'Mark 51°7: turning the Opel car plant in Bochum into a quarter for knowledge and production',
			summary: `When car production in Bochum ended in 2014, the city and the carmaker set up a joint development company, took over the 70-hectare plant, cleared it and sold plots to research institutes, IT security firms and manufacturers. The site, named after its latitude, now has more jobs than the last car plant and a heating network fed by mine water.`,
			context: `The plant employed over 20,000 people at its peak and about 3,300 when it closed after a long public fight. Bochum had already lost its coal mines; the closure hit suppliers and the city's self-image. The site lies next to the motorway and near the university, and there was strong pressure to fill it quickly with warehouses.`,
			approach: `- A development company owned jointly by the city and the carmaker, with a clear mandate and a time limit.\n- A masterplan with rules: no pure logistics, a minimum number of jobs per hectare, space for the university.\n- Remediation and roads before sale, so plots were ready to build on.\n- A heating network using warm water from the old colliery workings below the site.\n- Marketing aimed at research-driven manufacturers, not at the highest bidder.`,
			actors: `City of Bochum (urban development office), the joint development company, the carmaker, Ruhr University Bochum, the local energy utility, the state of North Rhine-Westphalia.`,
			funding_notes: `The carmaker paid for demolition and most of the remediation as part of the closure agreement. ERDF and state money paid for roads, utilities and the mine-water heating; plot sales refinance the city's share.`,
			results: `Within ten years almost all plots were sold or reserved. The site hosts university institutes, IT security companies, manufacturers and a parcel hub; about 4,800 people already work there, more than in the last years of car production.`,
			failures: `One large plot went to a parcel distribution centre after pressure to sell; it met the job density rule but brought heavy lorry traffic, and residents of the next district protested. The mine-water heating took longer to approve than the buildings it serves.`,
			transfer_conditions: `An owner of the closing plant willing to share costs, a time-limited joint company with the authority to refuse low-value uses, remediation money up front, and a university or research partner that needs space.`
		}
	}),
	practice({
		key: 'dortmund-phoenix-see',
		city: 'dortmund',
		language: 'de',
		status: 'completed',
		period: ['2001-01-01', '2018-12-31'],
		written: '2025-04-17',
		areas: ['brownfield-reuse', 'housing'],
		organisations: ['dortmund-phoenix'],
		partners: ['Stadt Dortmund', 'Emschergenossenschaft'],
		author: 'julia.fischer@headframe.example',
		contacts: ['julia.fischer@headframe.example'],
		funding: [
			fund('regional', 38_000_000, 'EUR', 'Land Nordrhein-Westfalen: Städtebauförderung'),
			fund('eu', 10_000_000, 'EUR', 'EFRE: Renaturierung und Infrastruktur'),
			fund('municipal', 40_000_000, 'EUR', 'Stadt Dortmund und Stadtwerke'),
			fund('private', 120_000_000, 'EUR', 'Erlöse aus Grundstücksverkäufen (Refinanzierung)')
		],
		outcomes: [
			outcome('Wohneinheiten am See', 0, 1_300, 'Wohnungen', 2020),
			outcome('Arbeitsplätze im Quartier', 0, 2_000, 'Arbeitsplätze', 2020),
			outcome('Wasserfläche', 0, 24, 'ha', 2011)
		],
		texts: {
			title: 'Phoenix-See: Ein See auf dem Gelände des ehemaligen Stahlwerks in Dortmund-Hörde',
			summary: `Wo bis 2001 das Stahlwerk Phoenix-Ost stand, wurde ein 24 Hektar großer See ausgehoben. Um ihn herum entstanden Wohnungen, Büros, ein Hafenquartier und ein Rundweg; zugleich wurde die Emscher aus ihrem Betonbett befreit und naturnah umgestaltet.`,
			context: `Hörde war über 150 Jahre vom Stahlwerk geprägt. Nach der Schließung und dem Verkauf der Anlagen ins Ausland blieb ein belastetes Gelände zurück, das den Stadtteil von der Landschaft abschnitt. Hörde hatte hohe Arbeitslosigkeit und ein schlechtes Image.`,
			approach: `- Eine städtische Gesellschaft kaufte das Gelände und plante See, Wohnbauflächen und Grün gemeinsam.\n- Aushub von rund 2,5 Millionen Kubikmetern Boden und Sanierung belasteter Flächen.\n- Renaturierung der Emscher, der See dient zugleich als Hochwasserrückhalt.\n- Verkauf der Grundstücke am Ufer zur Refinanzierung.\n- Erhalt einzelner Industriedenkmäler als Erinnerung an das Stahlwerk.`,
			actors: `Stadt Dortmund, eine Entwicklungsgesellschaft der Stadtwerke, Emschergenossenschaft, Land Nordrhein-Westfalen, private Bauträger.`,
			funding_notes: `Städtebauförderung des Landes und EFRE-Mittel finanzierten Sanierung, Aushub und Renaturierung. Ein großer Teil der Kosten wurde über den Verkauf der Ufergrundstücke refinanziert.`,
			results: `Rund 1.300 Wohnungen und Häuser und etwa 2.000 Arbeitsplätze sind entstanden. Der See ist ein beliebtes Ausflugsziel für die ganze Stadt, und das Image von Hörde hat sich deutlich verbessert.`,
			failures: `Die Uferbebauung ist überwiegend hochpreisig; viele alteingesessene Hörder können sich dort keine Wohnung leisten. Die Kosten stiegen deutlich über die ursprüngliche Planung, und die Wasserqualität war in den ersten Jahren wegen Algen schwierig.`,
			transfer_conditions: `Eine große zusammenhängende Fläche in öffentlicher Hand, Nachfrage nach Wohnungen in der Region, enge Zusammenarbeit mit dem Wasserverband und ein von Anfang an festgelegter Anteil geförderter Wohnungen.`
		},
		translations: {
			en: {
				by: 'julia.fischer@headframe.example',
				title: 'Phoenix Lake: a lake on the site of the former steelworks in Dortmund-Hörde',
				summary: `Where the Phoenix-East steelworks stood until 2001, a 24-hectare lake was dug. Homes, offices, a harbour quarter and a lakeside path grew around it, and the Emscher river was freed from its concrete bed and given a natural course.`,
				context: `Hörde was shaped by its steelworks for over 150 years. After closure and the sale of the plant abroad, contaminated land remained that cut the district off from the landscape. Hörde had high unemployment and a poor image.`,
				approach: `- A municipal company bought the land and planned the lake, housing plots and green space together.\n- About 2.5 million cubic metres of soil excavated and contaminated areas remediated.\n- The Emscher restored to a natural course; the lake also serves as flood storage.\n- Lakeside plots sold to refinance the project.\n- Some industrial monuments kept as a reminder of the steelworks.`,
				actors: `The City of Dortmund, a development company of the municipal utilities, the Emscher water board, the state of North Rhine-Westphalia, private developers.`,
				funding_notes: `State urban development grants and ERDF money paid for remediation, excavation and river restoration. A large share of the cost was refinanced through the sale of lakeside plots.`,
				results: `About 1,300 homes and around 2,000 jobs have been created. The lake is a popular destination for the whole city, and Hörde's image has improved markedly.`,
				failures: `Most lakeside homes are expensive; many long-standing residents of Hörde cannot afford them. Costs rose well above the original plan, and water quality was difficult in the first years because of algae.`,
				transfer_conditions: `A large contiguous site in public hands, demand for housing in the region, close cooperation with the water board, and a share of subsidised homes fixed from the start.`
			}
		}
	})
];
