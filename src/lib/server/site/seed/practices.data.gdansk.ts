/** Demo practices of Gdańsk and Zabrze (written in Polish). */
import { fund, link, outcome, practice } from './practices.data.types';

export const GDANSK_ZABRZE = [
	practice({
		key: 'gdansk-stocznia-kultury',
		city: 'gdansk',
		language: 'pl',
		status: 'ongoing',
		period: ['2019-05-01', null],
		written: '2025-07-15',
		areas: ['economic-diversification', 'culture-identity', 'brownfield-reuse'],
		organisations: ['gdansk-coop'],
		partners: ['Instytut Kultury Miejskiej', 'Biuro Rozwoju Gdańska'],
		author: 'michal.kaczmarek@headframe.example',
		contacts: ['michal.kaczmarek@headframe.example'],
		funding: [
			fund('private', 850_000, 'PLN', 'Wkłady członków spółdzielni i pożyczka bankowa na podstawowy remont hali'),
			fund('eu', 400_000, 'PLN', 'Pożyczka z funduszu ekonomii społecznej (Europejski Fundusz Społeczny Plus)'),
			fund('municipal', 240_000, 'PLN', 'Granty miasta na program kulturalny 2021–2024')
		],
		outcomes: [
			outcome('Pracownie w hali', 0, 21, 'pracowni', 2024),
			outcome('Osoby pracujące na miejscu', 0, 38, 'osób', 2024),
			outcome('Wydarzenia otwarte', 0, 60, 'rocznie', 2024)
		],
		texts: {
			title: 'Spółdzielnia Stocznia Kultury: pracownie i wydarzenia w halach postoczniowych',
			summary: `Spółdzielnia rzemieślników, projektantek i organizatorów wydarzeń wynajmuje od właściciela terenu dawną halę stoczniową i dzieli ją na pracownie, wspólny warsztat i scenę. Tymczasowe użytkowanie przerodziło się w stałą umowę, a spółdzielnia stała się partnerem w planowaniu nowej dzielnicy.`,
			context: `Po upadku Stoczni Gdańskiej część terenów postoczniowych przez lata stała pusta, czekając na inwestorów. Młodzi twórcy i rzemieślnicy nie mogli znaleźć w mieście tanich pracowni, a zabytkowe hale niszczały. Plan nowej dzielnicy zakładał zabudowę mieszkaniową i biurową, bez miejsca na produkcję i kulturę.`,
			approach: `- Umowa tymczasowego użytkowania na trzy lata z opcją przedłużenia i czynszem rosnącym stopniowo.\n- Spółdzielnia jako jeden najemca, który podnajmuje pracownie członkom.\n- Wspólny warsztat (stolarnia, spawalnia, maszyny cyfrowe) otwarty dla mieszkańców w wyznaczone dni.\n- Program wydarzeń: targi rzemiosła, koncerty, dni otwartych pracowni.\n- Udział w konsultacjach planu miejscowego i zapis o funkcji produkcyjno-kulturalnej.`,
			actors: `Spółdzielnia Stocznia Kultury, właściciel terenu (spółka deweloperska), Miasto Gdańsk (Biuro Rozwoju Gdańska), Instytut Kultury Miejskiej, lokalni rzemieślnicy i szkoły artystyczne.`,
			funding_notes: `Podstawowy remont (dach, instalacja elektryczna, sanitariaty) sfinansowali członkowie spółdzielni i pożyczka z funduszu ekonomii społecznej. Program kulturalny wspierają granty miasta; reszta to czynsze z pracowni i wynajem sceny.`,
			results: `W hali pracuje 38 osób w 21 pracowniach, a spółdzielnia organizuje około 60 otwartych wydarzeń rocznie. W planie miejscowym zapisano 4000 m² na funkcje produkcyjno-kulturalne, co zabezpiecza miejsce dla rzemiosła po zabudowie okolicy.`,
			failures: `Pierwsza zima była trudna: hala nie miała ogrzewania i pracownie opustoszały. Relacje z mieszkańcami nowych apartamentowców psuły się przez hałas po koncertach, więc wprowadziliśmy ciszę po 22:00 i stałe godziny dyżurów.`,
			transfer_conditions: `Właściciel terenu gotowy na tymczasowe użytkowanie, grupa twórców zdolna do wspólnego zarządzania, miasto, które chce zapisać funkcje produkcyjne w planie, i wkład własny na podstawowy remont.`
		}
	}),
	practice({
		key: 'gdansk-ecs',
		city: 'gdansk',
		language: 'pl',
		status: 'completed',
		period: ['2007-11-01', '2014-08-31'],
		written: '2024-10-01',
		areas: ['participation', 'culture-identity'],
		organisations: ['gdansk-coop'],
		partners: ['Europejskie Centrum Solidarności', 'Miasto Gdańsk', 'Samorząd Województwa Pomorskiego'],
		author: 'michal.kaczmarek@headframe.example',
		contacts: ['michal.kaczmarek@headframe.example'],
		funding: [
			fund('eu', 150_000_000, 'PLN', 'Program Operacyjny Infrastruktura i Środowisko'),
			fund('national', 70_000_000, 'PLN', 'Ministerstwo Kultury i Dziedzictwa Narodowego'),
			fund('municipal', 40_000_000, 'PLN', 'Miasto Gdańsk')
		],
		outcomes: [
			outcome('Odwiedzający rocznie', 0, 420_000, 'osób', 2019),
			outcome('Organizacje z biurem w budynku', 0, 40, 'organizacji', 2023)
		],
		links: [link('https://ecs.gda.pl/', 'Europejskie Centrum Solidarności')],
		texts: {
			title: 'Europejskie Centrum Solidarności: dziedzictwo stoczni jako miejsce dialogu obywatelskiego',
			summary: `Przy historycznej Bramie nr 2 Stoczni Gdańskiej powstał budynek, który łączy muzeum ruchu Solidarności z biblioteką, przestrzenią dla organizacji pozarządowych i programem debat. Centrum pomaga rozumieć transformację nie tylko jako historię, ale jako zadanie na dziś.`,
			context: `Stocznia Gdańska, kolebka Solidarności, po 1990 roku traciła zamówienia i pracowników, a jej tereny stopniowo przejmowali deweloperzy. Istniało ryzyko, że pamięć o strajkach z 1980 roku zostanie zamknięta w kilku tablicach, a byli stoczniowcy i młode pokolenie nie będą mieli gdzie się spotykać.`,
			approach: `- Instytucja kultury współprowadzona przez miasto, województwo, ministerstwo i związek zawodowy.\n- Budynek nawiązujący do kadłubów statków, z zielonym, ogólnodostępnym ogrodem zimowym.\n- Wystawa stała oparta na relacjach uczestników strajków.\n- Biura dla organizacji pozarządowych i inicjatyw mieszkańców za symboliczny czynsz.\n- Edukacja obywatelska i debaty o przyszłości terenów postoczniowych.`,
			actors: `Miasto Gdańsk, Samorząd Województwa Pomorskiego, Ministerstwo Kultury, związek zawodowy „Solidarność”, stowarzyszenia byłych stoczniowców, organizacje pozarządowe.`,
			funding_notes: `Budowę sfinansowały fundusze unijne, budżet państwa i miasto. Działalność finansują wspólnie instytucje współprowadzące na podstawie wieloletniej umowy.`,
			results: `Centrum odwiedza rocznie kilkaset tysięcy osób, a w budynku działa około 40 organizacji pozarządowych. Stało się naturalnym miejscem debat miejskich, w tym o planie dla terenów postoczniowych i o budżecie obywatelskim.`,
			failures: `Spory polityczne wokół interpretacji historii i finansowania instytucji utrudniały planowanie programu na kilka lat naprzód. Pracownicy innych zakładów Wybrzeża czuli się pominięci w narracji wystawy.`,
			transfer_conditions: `Miejsce o silnym znaczeniu symbolicznym, szerokie porozumienie instytucji współprowadzących i program, w którym przestrzeń dla mieszkańców jest równie ważna jak muzeum.`
		},
		translations: {
			en: {
				by: 'michal.kaczmarek@headframe.example',
				title: 'European Solidarity Centre: shipyard heritage as a place for civic dialogue',
				summary: `Next to the historic Gate No. 2 of the Gdańsk Shipyard stands a building that combines a museum of the Solidarity movement with a library, space for NGOs and a programme of debates. The centre helps people see transformation not only as history but as a task for today.`,
				context: `After 1990 the Gdańsk Shipyard, birthplace of Solidarity, lost orders and workers, and developers gradually took over its land. There was a risk that the memory of the 1980 strikes would shrink to a few plaques, and that former shipyard workers and the young would have nowhere to meet.`,
				approach: `- A cultural institution run jointly by the city, the region, the ministry and the trade union.\n- A building recalling ships' hulls, with a green, publicly accessible winter garden.\n- A permanent exhibition built on the accounts of those who took part in the strikes.\n- Offices for NGOs and residents' initiatives at a symbolic rent.\n- Civic education and debates on the future of the former shipyard.`,
				actors: `The City of Gdańsk, the Pomeranian regional government, the Ministry of Culture, the Solidarity trade union, former shipyard workers' associations, NGOs.`,
				funding_notes: `Construction was financed by EU funds, the state budget and the city. The founding institutions fund operations together under a multi-year agreement.`,
				results: `Several hundred thousand people visit each year and about 40 NGOs work in the building. It has become the natural venue for city debates, including on the plan for the former shipyard and the participatory budget.`,
				failures: `Political disputes about how to read history and how to fund the institution made multi-year programming difficult. Workers of other coastal plants felt left out of the exhibition's story.`,
				transfer_conditions: `A place of strong symbolic meaning, a broad agreement between founding institutions, and a programme in which space for residents matters as much as the museum.`
			}
		}
	}),
	practice({
		key: 'zabrze-sztolnie',
		city: 'zabrze',
		language: 'pl',
		status: 'completed',
		period: ['2010-01-01', '2018-06-30'],
		written: '2024-06-28',
		areas: ['culture-identity', 'economic-diversification'],
		organisations: ['zabrze-dziedzictwo'],
		partners: ['Urząd Miasta Zabrze', 'Spółka Restrukturyzacji Kopalń', 'Szlak Zabytków Techniki Województwa Śląskiego'],
		author: 'barbara.grabowska@headframe.example',
		contacts: ['barbara.grabowska@headframe.example'],
		funding: [
			fund('eu', 120_000_000, 'PLN', 'Regionalne Programy Operacyjne Województwa Śląskiego 2007–2013 i 2014–2020'),
			fund('national', 25_000_000, 'PLN', 'Ministerstwo Kultury: ochrona zabytków'),
			fund('municipal', 35_000_000, 'PLN', 'Budżet Miasta Zabrze')
		],
		outcomes: [
			outcome('Odwiedzający obiekty podziemne rocznie', 70_000, 320_000, 'osób', 2019),
			outcome('Długość tras podziemnych', 0.5, 5, 'km', 2018)
		],
		texts: {
			title: 'Sztolnia Królowa Luiza i Główna Kluczowa Sztolnia Dziedziczna: turystyka podziemna w Zabrzu',
			summary: `Zabrze udostępniło zwiedzającym zabytkową kopalnię „Królowa Luiza” i odkopaną, ponad dwustuletnią Główną Kluczową Sztolnię Dziedziczną, po której pływa się łodziami. Podziemne trasy stały się podstawą marki miasta jako stolicy turystyki przemysłowej.`,
			context: `Zabrze przez dwa stulecia żyło z węgla; po zamknięciu większości kopalń bezrobocie i odpływ mieszkańców zmieniały je w sypialnię aglomeracji. Zabytkowe wyrobiska groziły zalaniem, a ich utrzymanie wymagało stałego odwadniania i wentylacji.`,
			approach: `- Przejęcie kopalni przez miejską instytucję i połączenie jej z muzeum górnictwa.\n- Odkopanie i zabezpieczenie ponad 2,5 km sztolni z trasą wodną.\n- Trasy dla rodzin, szkół i osób o ograniczonej mobilności, z windą w szybie.\n- Przewodnicy – byli górnicy i przeszkoleni młodzi mieszkańcy.\n- Festiwal Industriada i wspólna promocja na Szlaku Zabytków Techniki.`,
			actors: `Zabrzańskie Centrum Dziedzictwa Górniczego, Urząd Miasta Zabrze, Spółka Restrukturyzacji Kopalń, Samorząd Województwa Śląskiego (Szlak Zabytków Techniki), szkoły górnicze.`,
			funding_notes: `Prace górnicze i udostępnienie tras sfinansowano w większości z regionalnych programów operacyjnych. Miasto pokrywa wkład własny i stałą dotację na odwadnianie, wentylację i ratownictwo górnicze.`,
			results: `Liczba turystów wzrosła ponad czterokrotnie, a sztolnia została uznana za Pomnik Historii. Przy trasach otwarto kilkadziesiąt firm gastronomicznych i noclegowych, a miasto wypromowało się jako stolica turystyki przemysłowej.`,
			failures: `Koszty odwadniania i wentylacji są bardzo wysokie i rosną; bez stałej dotacji miasta obiekt nie może działać. Ruch turystyczny skupia się w weekendy i wakacje, a w tygodniu trasy są wykorzystywane głównie przez szkoły.`,
			transfer_conditions: `Zabytkowe wyrobiska, które da się bezpiecznie udostępnić, specjaliści górniczy do utrzymania (odwadnianie, wentylacja, ratownictwo), trwałe finansowanie kosztów stałych i regionalna sieć do wspólnej promocji.`
		}
	}),
	practice({
		key: 'zabrze-woda-kopalniana',
		city: 'zabrze',
		language: 'pl',
		status: 'ongoing',
		period: ['2024-02-01', null],
		written: '2026-04-09',
		areas: ['energy-transition', 'housing'],
		organisations: ['zabrze-dziedzictwo'],
		partners: ['Politechnika Śląska', 'Miejskie Przedsiębiorstwo Energetyki Cieplnej w Zabrzu'],
		author: 'barbara.grabowska@headframe.example',
		contacts: ['barbara.grabowska@headframe.example'],
		funding: [
			fund('eu', 9_500_000, 'PLN', 'Fundusz Sprawiedliwej Transformacji: pilotaż sieci niskotemperaturowej'),
			fund('national', 2_000_000, 'PLN', 'Narodowy Fundusz Ochrony Środowiska i Gospodarki Wodnej: studium wykonalności'),
			fund('municipal', 1_500_000, 'PLN', 'Wkład własny miasta')
		],
		outcomes: [
			outcome('Potencjał cieplny wody z pompowni', 0, 2, 'MW', 2025),
			outcome('Emisja CO₂ budynków objętych pilotażem', 1_450, null, 't/rok', 2024)
		],
		texts: {
			title: 'Ciepło z wody kopalnianej dla osiedla w Zabrzu – projekt pilotażowy',
			summary: `Z zalanych wyrobisk zamkniętej kopalni wypompowuje się wodę o temperaturze około 20°C, którą dziś zrzuca się do rzeki. Pilotaż zakłada wykorzystanie jej przez pompy ciepła do ogrzewania szkoły i dwóch bloków komunalnych, na wzór Bochum i Heerlen.`,
			context: `Odwadnianie zamkniętych kopalń musi trwać, aby chronić czynne kopalnie i ujęcia wody pitnej, więc ciepła woda i tak jest wypompowywana. Osiedla wokół dawnych kopalń ogrzewa się często węglem, a ubóstwo energetyczne dotyka wielu rodzin.`,
			approach: `- Pomiary temperatury i przepływu wody na pompowni przez 12 miesięcy.\n- Studium wykonalności z uczelnią i operatorem pompowni.\n- Pilotaż: wymiennik ciepła, pompy ciepła i krótka sieć do szkoły i dwóch bloków.\n- Wizyta studyjna w Bochum i Heerlen z udziałem radnych.\n- Model taryfy, aby koszt ogrzewania nie wzrósł dla lokatorów.`,
			actors: `Zabrzańskie Centrum Dziedzictwa Górniczego (wiedza o wyrobiskach), Urząd Miasta Zabrze, miejskie przedsiębiorstwo ciepłownicze, Politechnika Śląska, Spółka Restrukturyzacji Kopalń.`,
			funding_notes: `Studium wykonalności sfinansował krajowy fundusz ochrony środowiska, a budowę pilotażu – Fundusz Sprawiedliwej Transformacji z wkładem miasta.`,
			results: `Pomiary potwierdziły stałą temperaturę 19–21°C i przepływ wystarczający na około 2 MW mocy cieplnej. Studium wykonalności jest gotowe, a pilotaż jest w budowie; pierwszy sezon grzewczy planujemy na zimę 2026/2027.`,
			failures: `Uzgodnienie zasad korzystania z pompowni ze spółką odpowiedzialną za odwadnianie zajęło rok. Pierwszy przetarg na wykonawcę nie przyniósł żadnej oferty mieszczącej się w budżecie.`,
			transfer_conditions: `Pompownia wody kopalnianej blisko odbiorców ciepła, porozumienie z operatorem odwadniania, przedsiębiorstwo ciepłownicze gotowe prowadzić sieć niskotemperaturową i odbiorcy publiczni na początek.`
		}
	})
];
