/** Demo practices of Łódź and Katowice (written in Polish). */
import { fund, link, outcome, practice } from './practices.data.types';

export const LODZ_KATOWICE = [
	practice({
		key: 'lodz-ec1',
		city: 'lodz',
		language: 'pl',
		status: 'completed',
		period: ['2008-01-01', '2018-12-31'],
		written: '2024-07-02',
		areas: ['brownfield-reuse', 'culture-identity', 'energy-transition'],
		organisations: ['lodz-pracownia'],
		partners: ['Urząd Miasta Łodzi', 'EC1 Łódź – Miasto Kultury', 'Politechnika Łódzka'],
		author: 'pawel.kaminski@headframe.example',
		contacts: ['pawel.kaminski@headframe.example'],
		funding: [
			fund('eu', 175_000_000, 'PLN', 'Program Operacyjny Infrastruktura i Środowisko, priorytet Kultura i dziedzictwo kulturowe'),
			fund('national', 30_000_000, 'PLN', 'Ministerstwo Kultury i Dziedzictwa Narodowego'),
			fund('municipal', 110_000_000, 'PLN', 'Budżet Miasta Łodzi')
		],
		outcomes: [
			outcome('Odwiedzający Centrum Nauki i Techniki rocznie', 0, 310_000, 'osób', 2023),
			outcome('Powierzchnia użytkowa po przebudowie', 0, 38_000, 'm²', 2018)
		],
		links: [link('https://lodz.example.org/nowe-centrum-lodzi', 'Nowe Centrum Łodzi – materiały miasta')],
		texts: {
			title: 'EC1 Łódź: z elektrociepłowni w miasto kultury i nauki',
			summary: `Najstarsza łódzka elektrownia, wyłączona w 2000 roku, stała się sercem Nowego Centrum Łodzi: mieści Centrum Nauki i Techniki z planetarium, centrum kultury filmowej i centrum komiksu. Przebudowa trwała dekadę i połączyła ochronę dziedzictwa techniki z nową funkcją edukacyjną.`,
			context: `Elektrownia EC1 zasilała łódzkie fabryki od 1907 roku. Po jej wyłączeniu kompleks hal, kotłowni i chłodni kominowych w ścisłym centrum stał pusty, tuż obok planowanego nowego dworca Łódź Fabryczna. Miasto, które straciło kilkadziesiąt tysięcy miejsc pracy w przemyśle włókienniczym, szukało sposobu na zatrzymanie młodych i odnowę śródmieścia.`,
			approach: `- Powołanie miejskiej instytucji kultury odpowiedzialnej jednocześnie za inwestycję i za program.\n- Zachowanie maszynowni, turbin i rozdzielni jako części ekspozycji o energii.\n- Centrum Nauki i Techniki z wystawami o przemianach energii, przygotowanymi z uczelniami.\n- Połączenie z Nowym Centrum Łodzi: nowe ulice, plac i przejścia do dworca.\n- Wynajem sal na konferencje i wydarzenia filmowe.`,
			actors: `Urząd Miasta Łodzi, instytucja kultury EC1 Łódź – Miasto Kultury, Politechnika Łódzka i Uniwersytet Łódzki (merytoryczne wsparcie wystaw), Ministerstwo Kultury, Łódzka Pracownia Rewitalizacji (konsultacje dotyczące otoczenia).`,
			funding_notes: `Głównym źródłem był program Infrastruktura i Środowisko oraz budżet miasta. Koszt całego przedsięwzięcia przekroczył 300 mln zł; utrzymanie finansuje miasto z dotacji podmiotowej i przychodów z biletów.`,
			results: `Centrum Nauki i Techniki odwiedza rocznie ponad 300 tys. osób, w tym dziesiątki tysięcy uczniów w ramach lekcji. Kompleks stał się znakiem rozpoznawczym nowego centrum miasta i miejscem festiwali filmowych i komiksowych.`,
			failures: `Inwestycja trwała kilka lat dłużej, niż planowano, a koszty wzrosły, m.in. przez nieprzewidziane prace konstrukcyjne w kotłowni. Wysokie koszty utrzymania obciążają budżet miasta. Otoczenie długo pozostawało placem budowy, co ograniczało ruch odwiedzających.`,
			transfer_conditions: `Silna instytucja-operator powołana przed inwestycją, partnerzy naukowi do programu wystaw, realistyczny harmonogram prac w obiekcie zabytkowym, plan pokrycia kosztów utrzymania i związek z większym projektem miejskim, np. węzłem przesiadkowym.`
		},
		translations: {
			en: {
				by: 'pawel.kaminski@headframe.example',
				title: 'EC1 Łódź: from a combined heat and power plant to a city of culture and science',
				summary: `Łódź's oldest power station, switched off in 2000, became the heart of the New Centre of Łódź: it houses a Science and Technology Centre with a planetarium, a film culture centre and a comics centre. The conversion took a decade and combined the protection of industrial heritage with a new educational use.`,
				context: `The EC1 plant had powered the factories of Łódź since 1907. Once switched off, its halls, boiler houses and cooling towers stood empty in the very centre, next to the planned new Łódź Fabryczna station. The city, which had lost tens of thousands of textile jobs, was looking for a way to keep young people and renew its centre.`,
				approach: `- A municipal cultural institution made responsible for both the investment and the programme.\n- The machine hall, turbines and switch room kept as part of an exhibition about energy.\n- A Science and Technology Centre with exhibitions on energy transitions, prepared with universities.\n- Links to the New Centre of Łódź: new streets, a square and walkways to the station.\n- Room hire for conferences and film events.`,
				actors: `Łódź City Hall, the EC1 Łódź – City of Culture institution, Łódź University of Technology and the University of Łódź (content of the exhibitions), the Ministry of Culture, Łódź Revitalisation Workshop (consultations on the surroundings).`,
				funding_notes: `The main sources were the national Infrastructure and Environment operational programme (EU funds) and the city budget. The whole project cost more than PLN 300 million; running costs are paid by a municipal grant and ticket income.`,
				results: `The Science and Technology Centre receives over 300,000 visitors a year, including tens of thousands of pupils on school trips. The complex has become the landmark of the new city centre and hosts film and comics festivals.`,
				failures: `The works took several years longer than planned and costs rose, partly because of unforeseen structural work in the boiler house. High running costs weigh on the city budget. The surroundings remained a building site for a long time, which held visitor numbers back.`,
				transfer_conditions: `A strong operating institution set up before the investment, academic partners for the exhibitions, a realistic schedule for works in a listed building, a plan for running costs and a link to a larger urban project such as a transport hub.`
			}
		}
	}),
	practice({
		key: 'lodz-rewitalizacja-obszarowa',
		city: 'lodz',
		language: 'pl',
		status: 'completed',
		period: ['2016-03-01', '2023-12-31'],
		written: '2025-01-22',
		areas: ['housing', 'social-inclusion', 'participation'],
		organisations: ['lodz-pracownia'],
		partners: ['Urząd Miasta Łodzi – Biuro ds. Rewitalizacji', 'Zarząd Lokali Miejskich'],
		author: 'pawel.kaminski@headframe.example',
		contacts: ['pawel.kaminski@headframe.example', 'robert.pawlak@headframe.example'],
		funding: [
			fund('eu', 400_000_000, 'PLN', 'Regionalny Program Operacyjny Województwa Łódzkiego 2014–2020, oś rewitalizacja'),
			fund('municipal', 120_000_000, 'PLN', 'Wkład własny Miasta Łodzi'),
			fund('municipal', 1_200_000, 'PLN', 'Grant miasta na niezależny punkt doradczy dla lokatorów')
		],
		outcomes: [
			outcome('Mieszkania z łazienką w obszarze', 38, 96, '%', 2023),
			outcome('Wyremontowane kamienice', 0, 104, 'budynki', 2023),
			outcome('Lokatorzy, którzy wrócili do odnowionych mieszkań', 0, 61, '%', 2023)
		],
		texts: {
			title: 'Rewitalizacja obszarowa centrum Łodzi: przeprowadzki tymczasowe i powroty lokatorów',
			summary: `Przy remoncie ponad stu kamienic w centrum Łodzi miasto zaproponowało lokatorom mieszkania tymczasowe i prawo powrotu do odnowionych lokali. Łódzka Pracownia Rewitalizacji towarzyszyła rodzinom jako niezależny doradca: wyjaśniała harmonogramy, zbierała skargi i pilnowała, by nikt nie został sam.`,
			context: `W śródmieściu Łodzi tysiące mieszkań komunalnych nie miały łazienek ani centralnego ogrzewania, a wiele kamienic groziło katastrofą budowlaną. Program rewitalizacji obszarowej objął osiem obszarów w centrum. Wyprowadzka na czas remontu budziła lęk, zwłaszcza wśród starszych lokatorów mieszkających w jednym miejscu od dziesięcioleci.`,
			approach: `- Indywidualne rozmowy z każdym gospodarstwem domowym przed przeprowadzką.\n- Prawo wyboru: powrót do odnowionego mieszkania albo stałe mieszkanie zamienne.\n- Gospodarze obszarów – pracownicy miasta dostępni na miejscu.\n- Niezależny punkt doradczy prowadzony przez organizację pozarządową.\n- Pomoc w przeprowadzce i transport opłacony przez miasto.`,
			actors: `Urząd Miasta Łodzi (Biuro ds. Rewitalizacji), Zarząd Lokali Miejskich, Łódzka Pracownia Rewitalizacji, Miejski Ośrodek Pomocy Społecznej, rady osiedli.`,
			funding_notes: `Remonty kamienic i ulic sfinansowano głównie z regionalnego programu operacyjnego i budżetu miasta. Punkt doradczy działał dzięki osobnemu grantowi miasta dla organizacji pozarządowej, co dawało mu niezależność.`,
			results: `Wyremontowano 104 kamienice i kilkanaście podwórek. Udział mieszkań z łazienką w obszarze wzrósł z 38 do 96%. Około 60% lokatorów wróciło do odnowionych mieszkań; skargi zgłaszane do punktu dotyczyły głównie terminów, a nie warunków mieszkań zamiennych.`,
			failures: `Opóźnienia wykonawców wydłużyły pobyt w mieszkaniach tymczasowych nawet do trzech lat. Część rodzin nie wróciła, bo czynsze i koszty ogrzewania po remoncie były dla nich za wysokie. Zabrakło wsparcia dla drobnych sklepów w parterach w czasie remontu ulic.`,
			transfer_conditions: `Zasób mieszkań zamiennych przygotowany przed rozpoczęciem prac, niezależny doradca, któremu ufają lokatorzy, jawny harmonogram z aktualizacjami i zasady dotyczące czynszów po remoncie ustalone z góry.`
		}
	}),
	practice({
		key: 'lodz-woonerfy',
		city: 'lodz',
		language: 'pl',
		status: 'completed',
		period: ['2014-05-01', '2019-10-31'],
		written: '2025-06-30',
		areas: ['mobility', 'participation'],
		organisations: ['lodz-pracownia'],
		partners: ['Zarząd Inwestycji Miejskich w Łodzi'],
		author: 'pawel.kaminski@headframe.example',
		contacts: ['pawel.kaminski@headframe.example'],
		funding: [
			fund('municipal', 38_000_000, 'PLN', 'Budżet Miasta Łodzi, program przebudowy ulic śródmieścia'),
			fund('municipal', 2_000_000, 'PLN', 'Budżet obywatelski: pierwszy woonerf')
		],
		outcomes: [
			outcome('Piesi w godzinie szczytu, średnio na ulicę', 310, 440, 'osób/h', 2019),
			outcome('Puste lokale w parterach przebudowanych ulic', 23, 9, 'lokali', 2019)
		],
		texts: {
			title: 'Woonerfy w śródmieściu Łodzi: ulice, na których pieszy ma pierwszeństwo',
			summary: `Łódź przebudowała kilkanaście ulic śródmieścia na woonerfy – podwórce miejskie bez podziału na jezdnię i chodnik, z zielenią, ławkami i ograniczonym parkowaniem. Projekty każdej ulicy powstawały razem z jej mieszkańcami i przedsiębiorcami.`,
			context: `Wąskie ulice w centrum Łodzi były zastawione samochodami, bez drzew i miejsc do odpoczynku. Śródmieście traciło mieszkańców na rzecz osiedli i przedmieść, a handel na bocznych ulicach upadał.`,
			approach: `- Wybór ulic na podstawie natężenia ruchu i planów rewitalizacji.\n- Spacery badawcze i warsztaty z mieszkańcami każdej ulicy.\n- Jedna wspólna nawierzchnia, strefa zamieszkania z prędkością do 20 km/h, słupki zamiast krawężników.\n- Drzewa w gruncie tam, gdzie pozwalają sieci podziemne, w innych miejscach w donicach.\n- Ograniczenie liczby miejsc parkingowych o około 30% i parkingi buforowe w pobliżu.`,
			actors: `Zarząd Inwestycji Miejskich, Urząd Miasta Łodzi, Łódzka Pracownia Rewitalizacji (warsztaty), rady osiedli, przedsiębiorcy z parterów kamienic.`,
			funding_notes: `Przebudowy sfinansowano z budżetu miasta; pierwszy woonerf zgłosili mieszkańcy do budżetu obywatelskiego, co ułatwiło przekonanie radnych do kolejnych.`,
			results: `Na przebudowanych ulicach ruch pieszy wzrósł średnio o 40%, a liczba pustych lokali w parterach spadła ponad dwukrotnie. Woonerf na ul. 6 Sierpnia stał się miejscem ogródków kawiarnianych i sąsiedzkich wydarzeń.`,
			failures: `Kierowcy długo nie respektowali strefy zamieszkania; potrzebne były dodatkowe słupki i kontrole straży miejskiej. Na dwóch ulicach drzewa w donicach uschły, a starsi mieszkańcy skarżyli się na brak miejsc parkingowych blisko domu.`,
			transfer_conditions: `Ulice o małym ruchu tranzytowym, polityczna zgoda na ograniczenie parkowania, kilka miesięcy na warsztaty przed projektem oraz rozwiązania dla dostaw i osób z niepełnosprawnościami.`
		}
	}),
	practice({
		key: 'katowice-strefa-kultury',
		city: 'katowice',
		language: 'pl',
		status: 'completed',
		period: ['2007-06-01', '2015-06-30'],
		written: '2024-08-19',
		areas: ['culture-identity', 'brownfield-reuse'],
		organisations: ['us-katowice'],
		partners: ['Muzeum Śląskie w Katowicach', 'Samorząd Województwa Śląskiego', 'Miasto Katowice'],
		author: 'piotr.zielinski@headframe.example',
		contacts: ['piotr.zielinski@headframe.example'],
		funding: [
			fund('eu', 257_000_000, 'PLN', 'Program Operacyjny Infrastruktura i Środowisko, priorytet Kultura i dziedzictwo kulturowe'),
			fund('regional', 70_000_000, 'PLN', 'Samorząd Województwa Śląskiego')
		],
		outcomes: [
			outcome('Odwiedzający Muzeum Śląskie rocznie', 90_000, 372_000, 'osób', 2019),
			outcome('Teren dawnej kopalni otwarty dla mieszkańców', 0, 6.5, 'ha', 2015)
		],
		links: [link('https://muzeumslaskie.pl/', 'Muzeum Śląskie w Katowicach')],
		texts: {
			title: 'Strefa Kultury w Katowicach: Muzeum Śląskie na terenie dawnej kopalni „Katowice”',
			summary: `Na terenie kopalni „Katowice”, zamkniętej w 1999 roku, powstała nowa siedziba Muzeum Śląskiego: większość sal ukryto pod ziemią, a na powierzchni zostały szyb „Warszawa”, maszynownia i łaźnia. Razem z salą koncertową NOSPR i Międzynarodowym Centrum Kongresowym teren tworzy Strefę Kultury.`,
			context: `Kopalnia „Katowice” leżała kilkaset metrów od ścisłego centrum. Po zamknięciu teren niszczał i był zamkniętą wyspą między śródmieściem a Bogucicami. Muzeum Śląskie od dziesięcioleci nie miało siedziby odpowiadającej jego zbiorom.`,
			approach: `- Międzynarodowy konkurs architektoniczny: szklane bryły na powierzchni, ekspozycja pod ziemią, aby nie przesłonić zabudowań kopalni.\n- Wieża szybu „Warszawa” jako punkt widokowy dla zwiedzających.\n- Wystawa stała o historii Górnego Śląska opowiedziana z perspektywy mieszkańców.\n- Teren otwarty jako park i przestrzeń publiczna.\n- Wspólne planowanie z salą koncertową i centrum kongresowym.`,
			actors: `Samorząd Województwa Śląskiego (organizator muzeum), Miasto Katowice, Muzeum Śląskie, Śląski Wojewódzki Konserwator Zabytków, Uniwersytet Śląski (badania społeczne i ewaluacja).`,
			funding_notes: `Budowę sfinansowały głównie fundusze unijne z programu Infrastruktura i Środowisko oraz samorząd województwa. Utrzymanie muzeum pokrywa dotacja województwa.`,
			results: `Muzeum przyjmuje ponad 350 tys. gości rocznie. Strefa Kultury zmieniła wizerunek Katowic i pomogła miastu zdobyć tytuł Miasta Kreatywnego UNESCO w dziedzinie muzyki. Nasze badania pokazują, że mieszkańcy Bogucic korzystają z terenu jak z parku.`,
			failures: `Budowa opóźniła się o ponad rok z powodu sporów z wykonawcą i kosztów podziemnej konstrukcji. Pierwsza wersja wystawy stałej była krytykowana za pominięcie trudnych wątków historii regionu. Korzyści gospodarcze dla sąsiednich dzielnic są na razie ograniczone.`,
			transfer_conditions: `Teren pokopalniany blisko centrum, budynki kopalni o wartości zabytkowej, instytucja ze zbiorami szukająca siedziby, finansowanie z programów kulturalnych UE lub krajowych i plan otwarcia terenu dla sąsiadów.`
		},
		translations: {
			en: {
				by: 'piotr.zielinski@headframe.example',
				title: 'The Culture Zone in Katowice: the Silesian Museum on the site of the former Katowice colliery',
				summary: `On the site of the Katowice colliery, closed in 1999, the Silesian Museum got its new home: most galleries are underground, while the Warszawa shaft, the engine house and the bathhouse remain above. Together with the NOSPR concert hall and the International Congress Centre, the site forms the Culture Zone.`,
				context: `The Katowice colliery lay a few hundred metres from the city centre. After closure the site decayed and formed a closed island between the centre and Bogucice. The Silesian Museum had for decades lacked a building fit for its collections.`,
				approach: `- An international architectural competition: glass volumes above ground, galleries below, so as not to hide the mine buildings.\n- The Warszawa shaft tower as a viewpoint for visitors.\n- A permanent exhibition on the history of Upper Silesia told from residents' point of view.\n- The site opened as a park and public space.\n- Joint planning with the concert hall and the congress centre.`,
				actors: `The Silesian Voivodeship (founder of the museum), the City of Katowice, the Silesian Museum, the regional heritage conservator, the University of Silesia (social research and evaluation).`,
				funding_notes: `Construction was financed mainly by EU funds from the Infrastructure and Environment programme and by the regional government, which also pays the museum's running costs.`,
				results: `The museum receives more than 350,000 visitors a year. The Culture Zone changed the image of Katowice and helped the city become a UNESCO Creative City of Music. Our research shows that residents of Bogucice use the site as a park.`,
				failures: `Construction ran more than a year late because of disputes with the contractor and the cost of the underground structure. The first version of the permanent exhibition was criticised for leaving out difficult chapters of regional history. Economic benefits for the neighbouring districts remain limited.`,
				transfer_conditions: `A former mine site close to the centre, mine buildings of heritage value, an institution with collections looking for a home, EU or national culture funding, and a plan to open the site to its neighbours.`
			}
		}
	}),
	practice({
		key: 'katowice-obserwatorium',
		city: 'katowice',
		language: 'pl',
		status: 'ongoing',
		visibility: 'members',
		period: ['2021-10-01', null],
		written: '2025-09-03',
		areas: ['demography', 'economic-diversification'],
		organisations: ['us-katowice'],
		partners: ['Śląski Związek Gmin i Powiatów', 'Wojewódzki Urząd Pracy w Katowicach'],
		author: 'piotr.zielinski@headframe.example',
		contacts: ['piotr.zielinski@headframe.example'],
		funding: [
			fund('national', 1_400_000, 'PLN', 'Narodowe Centrum Nauki – grant badawczy'),
			fund('municipal', 560_000, 'PLN', 'Składki gmin uczestniczących, 2022–2025'),
			fund('eu', 900_000, 'PLN', 'Fundusz Sprawiedliwej Transformacji – pomoc techniczna')
		],
		outcomes: [
			outcome('Gminy uczestniczące', 3, 14, 'gmin', 2025),
			outcome('Wskaźniki dostępne na poziomie dzielnic', 0, 24, 'wskaźniki', 2025)
		],
		texts: {
			title: 'Obserwatorium demograficzne miast poprzemysłowych: wspólne wskaźniki dla gmin Śląska',
			summary: `Zespół Uniwersytetu Śląskiego co roku zbiera od kilkunastu gmin dane o liczbie mieszkańców, migracjach, strukturze wieku i rynku pracy i publikuje porównywalne wskaźniki dla dzielnic. Gminy używają ich do planowania szkół, mieszkań i usług opiekuńczych.`,
			context: `Gminy poprzemysłowe tracą mieszkańców, ale nie wiedzą dokładnie, których dzielnic to dotyczy i kto wyjeżdża. Dane statystyki publicznej są dostępne głównie dla całych gmin i z opóźnieniem, a każda gmina zamawiała osobne, nieporównywalne analizy.`,
			approach: `- Wspólny zestaw 24 wskaźników uzgodniony z gminami.\n- Umowy o udostępnianiu danych z ewidencji ludności i urzędów pracy, z anonimizacją na poziomie dzielnic.\n- Roczny raport i warsztat interpretacji wyników dla urzędników.\n- Prognozy na 10 lat dla dzielnic, aktualizowane co roku.\n- Otwarte dane dla badaczy po anonimizacji.`,
			actors: `Uniwersytet Śląski – Zespół Badań Miast Poprzemysłowych, 14 gmin województwa śląskiego, Wojewódzki Urząd Pracy, Śląski Związek Gmin i Powiatów.`,
			funding_notes: `Prace badawcze finansuje grant naukowy, a gminy płacą niewielką roczną składkę, która pokrywa warsztaty i raport. Pomoc techniczna Funduszu Sprawiedliwej Transformacji sfinansowała prognozy.`,
			results: `Trzy gminy zmieniły plan sieci szkół na podstawie prognoz dla dzielnic, a dwie przygotowały programy mieszkań dla seniorów. Raport jest cytowany w strategiach rozwoju gmin i w diagnozie do programu regionalnego.`,
			failures: `Uzgodnienie umów o udostępnianiu danych z inspektorami ochrony danych trwało ponad rok. Dwie gminy wycofały się po zmianie władz. Prognozy dla najmniejszych dzielnic mają duży błąd i trzeba je łączyć w większe obszary.`,
			transfer_conditions: `Uczelnia lub instytut z kompetencjami demograficznymi, co najmniej kilka gmin zainteresowanych porównaniami, wzór umowy o udostępnianiu danych i stałe finansowanie na kilka lat.`
		}
	}),
	practice({
		key: 'katowice-nowe-zawody',
		city: 'katowice',
		language: 'pl',
		status: 'ongoing',
		visibility: 'members',
		period: ['2023-09-01', null],
		written: '2026-02-11',
		areas: ['energy-transition', 'economic-diversification', 'social-inclusion'],
		organisations: ['us-katowice'],
		partners: ['Wojewódzki Urząd Pracy w Katowicach', 'Śląska Izba Rzemieślnicza', 'Zespół Szkół Branżowych'],
		author: 'katarzyna.dabrowska@headframe.example',
		contacts: ['katarzyna.dabrowska@headframe.example'],
		funding: [
			fund('eu', 18_000_000, 'PLN', 'Fundusz Sprawiedliwej Transformacji, program Fundusze Europejskie dla Śląska 2021–2027'),
			fund('national', 2_000_000, 'PLN', 'Fundusz Pracy – stypendia szkoleniowe'),
			fund('private', 600_000, 'PLN', 'Wkład firm instalacyjnych: opiekunowie praktyk i sprzęt')
		],
		outcomes: [
			outcome('Absolwenci szkoleń', 0, 212, 'osób', 2025),
			outcome('Zatrudnieni w nowym zawodzie po 6 miesiącach', 0, 68, '%', 2025)
		],
		texts: {
			title: 'Nowe zawody dla rodzin górniczych: szkolenia z montażu pomp ciepła i fotowoltaiki',
			summary: `Program przekwalifikowania dla górników odchodzących z kopalń i członków ich rodzin: półroczne szkolenia z montażu pomp ciepła, fotowoltaiki i termomodernizacji, z praktykami w lokalnych firmach i gwarancją rozmowy o pracę.`,
			context: `Ostatnie kopalnie węgla kamiennego na Śląsku mają zostać zamknięte do 2049 roku. Górnicy z długim stażem często nie chcą się przekwalifikować, bo boją się spadku zarobków, a firmy instalacyjne w regionie nie mogą znaleźć pracowników do programów termomodernizacji.`,
			approach: `- Diagnoza kompetencji każdego uczestnika i indywidualna ścieżka szkolenia.\n- Zajęcia praktyczne w warsztatach szkoły branżowej, popołudniami i w soboty, aby można je łączyć z pracą.\n- Stypendium szkoleniowe wyrównujące część utraconych zarobków.\n- Praktyki w lokalnych firmach oraz uprawnienia F-gazowe i elektryczne.\n- Mentorzy – byli górnicy, którzy już zmienili zawód.`,
			actors: `Uniwersytet Śląski (ewaluacja), Wojewódzki Urząd Pracy, szkoła branżowa, izba rzemieślnicza, firmy instalacyjne, związki zawodowe górników.`,
			funding_notes: `Szkolenia i mentoring finansuje Fundusz Sprawiedliwej Transformacji, stypendia – Fundusz Pracy. Firmy dają opiekunów praktyk i sprzęt do ćwiczeń.`,
			results: `Z pierwszych dwóch edycji 212 osób ukończyło szkolenie, a 68% pracuje w nowym zawodzie pół roku po zakończeniu. Najlepsze wyniki mają uczestnicy, którzy mieli mentora z kopalni.`,
			failures: `Mało kobiet w programie – rekrutacja przez kopalnie dotarła głównie do mężczyzn. Stypendium okazało się za niskie dla górników z najdłuższym stażem i większość z nich zrezygnowała po pierwszym miesiącu.`,
			transfer_conditions: `Popyt na instalatorów w regionie, szkoła z warsztatami, stypendia wyrównujące zarobki, uprawnienia rozpoznawane przez pracodawców i zaangażowanie związków zawodowych od początku.`
		}
	})
];
