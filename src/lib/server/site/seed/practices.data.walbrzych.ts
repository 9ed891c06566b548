/** Demo practices of Wałbrzych, Bytom and Żyrardów (written in Polish). */
import { fund, link, outcome, practice } from './practices.data.types';

export const WALBRZYCH_BYTOM_ZYRARDOW = [
	practice({
		key: 'walbrzych-stara-kopalnia',
		city: 'walbrzych',
		language: 'pl',
		status: 'completed',
		period: ['2008-03-01', '2014-12-31'],
		written: '2024-06-12',
		areas: ['brownfield-reuse', 'culture-identity', 'economic-diversification'],
		organisations: ['um-walbrzych', 'stara-kopalnia'],
		partners: ['Stowarzyszenie byłych górników kopalni Julia', 'Dolnośląski Wojewódzki Konserwator Zabytków'],
		author: 'ewa@headframe.example',
		contacts: ['ewa@headframe.example', 'joanna.mazur@headframe.example'],
		funding: [
			fund('eu', 63_000_000, 'PLN', 'Europejski Fundusz Rozwoju Regionalnego, Regionalny Program Operacyjny dla Dolnego Śląska 2007–2013'),
			fund('national', 3_500_000, 'PLN', 'Program Ministra Kultury „Dziedzictwo kulturowe”'),
			fund('municipal', 21_000_000, 'PLN', 'Wkład własny gminy, częściowo z obligacji komunalnych')
		],
		outcomes: [
			outcome('Odwiedzający rocznie', 0, 187_000, 'osób', 2019),
			outcome('Miejsca pracy w obiekcie', 0, 95, 'etatów', 2019),
			outcome('Powierzchnia odnowionych budynków', 0, 25_000, 'm²', 2014)
		],
		links: [
			link('https://walbrzych.example.org/stara-kopalnia', 'Program funkcjonalny Starej Kopalni (PDF)'),
			link('https://urbact.eu/', 'URBACT – metoda transferu dobrych praktyk')
		],
		texts: {
			title: 'Stara Kopalnia w Wałbrzychu: z kopalni Julia w centrum nauki i sztuki',
			summary: `Zamknięta w 1996 roku Kopalnia Węgla Kamiennego „Julia” przez kilkanaście lat niszczała w środku miasta. Gmina przejęła teren, odnowiła szyby kopalniane, łaźnię łańcuszkową i cechownię, a w 2014 roku otworzyła Centrum Nauki i Sztuki „Stara Kopalnia” z trasą prowadzoną przez byłych górników, pracowniami artystycznymi i salami konferencyjnymi.`,
			context: `Po likwidacji wałbrzyskich kopalń w latach 1996–1998 bezrobocie w mieście przekroczyło 30%, a zabudowania kopalni „Julia” stały puste i były rozkradane. Zabytkowe wieże szybowe, sortownia i elektrownia groziły zawaleniem, a ogrodzony teren odcinał dzielnicę Sobięcin od śródmieścia. Mieszkańcy kojarzyli to miejsce z upadkiem miasta, a nie z jego dumą.`,
			approach: `Miasto kupiło teren od spółki restrukturyzacji kopalń i przygotowało program funkcjonalny razem z byłymi górnikami, artystami i szkołami.\n\n- Remont i zabezpieczenie 12 obiektów, w tym dwóch wież szybowych i łaźni łańcuszkowej.\n- Trasa turystyczna z byłymi górnikami jako przewodnikami i odtworzonym chodnikiem kopalnianym.\n- Pracownie ceramiki i porcelany nawiązujące do tradycji wałbrzyskich fabryk, rezydencje artystyczne.\n- Sale konferencyjne i wynajem przestrzeni na wydarzenia, które współfinansują utrzymanie.\n- Instytucja kultury powołana przez gminę, z własnym budżetem i zespołem edukacyjnym.`,
			actors: `Urząd Miasta Wałbrzych (inwestor i organizator instytucji), Fundacja Szyb Julia (program dla młodzieży i archiwum wspomnień górników), stowarzyszenie byłych górników (przewodnicy), Wojewódzki Konserwator Zabytków, szkoły i uczelnie z regionu.`,
			funding_notes: `Większość kosztów remontu pokrył Europejski Fundusz Rozwoju Regionalnego. Wkład własny gminy sfinansowano częściowo z obligacji komunalnych. Bieżące utrzymanie to dotacja miasta oraz przychody z biletów, wynajmu sal i pracowni – obecnie pokrywają one około 40% kosztów.`,
			results: `W pierwszym pełnym roku obiekt odwiedziło ponad 100 tys. osób, a przed pandemią blisko 190 tys. Stara Kopalnia stała się miejscem festiwali, konferencji i wydarzeń miejskich; w sąsiedztwie otwarto kawiarnie i noclegi. W badaniu wizerunku miasta mieszkańcy najczęściej wymieniają ją jako powód do dumy.`,
			failures: `Koszty utrzymania okazały się o około jedną trzecią wyższe niż w studium wykonalności, głównie przez ogrzewanie dużych hal. Pracownie artystyczne przez pierwsze lata stały częściowo puste, bo czynsze były za wysokie dla lokalnych twórców. Sobięcin skorzystał mniej, niż zakładano: potrzebny okazał się osobny program społeczny dla dzielnicy.`,
			transfer_conditions: `Teren i budynki w rękach gminy (albo długoterminowa umowa), obiekty zabytkowe w stanie pozwalającym na remont, ludzie pamiętający pracę kopalni, realny plan przychodów z wynajmu i edukacji przygotowany przed inwestycją. Od początku warto zaplanować program dla sąsiedniej dzielnicy i zarezerwować budżet na ogrzewanie.`
		},
		translations: {
			en: {
				by: 'joanna.mazur@headframe.example',
				title: 'Stara Kopalnia in Wałbrzych: from the Julia colliery to a centre for science and art',
				summary: `Closed in 1996, the Julia hard-coal mine decayed for over a decade in the middle of the town. The municipality took over the site, restored the shaft towers, the chain bathhouse and the miners' hall, and in 2014 opened the "Stara Kopalnia" Centre for Science and Art, with a route guided by former miners, artists' studios and conference rooms.`,
				context: `After Wałbrzych's mines closed in 1996–1998, unemployment rose above 30% and the buildings of the Julia mine stood empty and were looted. The listed shaft towers, the coal-sorting plant and the power house were at risk of collapse, and the fenced site cut the Sobięcin district off from the town centre. Residents associated the place with the town's decline rather than its pride.`,
				approach: `The town bought the site from the mine restructuring company and drew up the use programme together with former miners, artists and schools.\n\n- Repair and stabilisation of 12 buildings, including two headframes and the chain bathhouse.\n- A visitor route guided by former miners, with a reconstructed mine gallery.\n- Ceramics and porcelain studios drawing on Wałbrzych's factories, and artist residencies.\n- Conference rooms and event hire that co-finance upkeep.\n- A municipal cultural institution with its own budget and education team.`,
				actors: `Wałbrzych City Hall (investor and founder of the institution), the Szyb Julia Foundation (youth programme and archive of miners' memories), the former miners' association (guides), the regional heritage conservator, schools and universities of the region.`,
				funding_notes: `Most of the renovation was paid by the European Regional Development Fund. The town's own contribution was partly financed by municipal bonds. Running costs are covered by a municipal grant and income from tickets, room hire and studios, which now covers about 40% of costs.`,
				results: `More than 100,000 people visited in the first full year and almost 190,000 before the pandemic. Stara Kopalnia hosts festivals, conferences and civic events; cafés and guesthouses opened nearby. In a survey of the town's image, residents name it most often as a reason to be proud.`,
				failures: `Running costs were about a third higher than in the feasibility study, mainly for heating the large halls. The studios stood partly empty in the first years because rents were too high for local artists. Sobięcin benefited less than expected: the district needed its own social programme.`,
				transfer_conditions: `Site and buildings owned by the municipality (or a long lease), listed buildings that can still be repaired, people who remember the mine at work, and a realistic income plan from hire and education prepared before the investment. Plan a programme for the neighbouring district from the start and budget for heating.`
			}
		}
	}),
	practice({
		key: 'walbrzych-haldy',
		city: 'walbrzych',
		language: 'pl',
		status: 'ongoing',
		period: ['2020-04-01', null],
		written: '2025-03-04',
		areas: ['brownfield-reuse', 'participation', 'culture-identity'],
		organisations: ['um-walbrzych', 'stara-kopalnia'],
		partners: ['Politechnika Wrocławska – Wydział Geoinżynierii, Górnictwa i Geologii'],
		author: 'ewa@headframe.example',
		contacts: ['ewa@headframe.example'],
		funding: [
			fund('eu', 14_500_000, 'PLN', 'Program Infrastruktura i Środowisko 2014–2020, działanie dotyczące terenów zdegradowanych'),
			fund('regional', 4_000_000, 'PLN', 'Pożyczka Wojewódzkiego Funduszu Ochrony Środowiska i Gospodarki Wodnej we Wrocławiu'),
			fund('municipal', 2_200_000, 'PLN', 'Ścieżki, ławki i oświetlenie'),
			fund('municipal', 150_000, 'PLN', 'Budżet obywatelski: nasadzenia i punkt widokowy')
		],
		outcomes: [
			outcome('Aktywne ogniska pożarowe na hałdach', 7, 0, 'szt.', 2024),
			outcome('Powierzchnia zrekultywowana', 0, 18.5, 'ha', 2024),
			outcome('Ścieżki spacerowe na hałdach', 0, 3.2, 'km', 2024)
		],
		texts: {
			title: 'Hałdy na Sobięcinie i Białym Kamieniu: od zagrożenia pożarowego do parków na wzgórzach',
			summary: `Dwie hałdy pogórnicze w dzielnicach Sobięcin i Biały Kamień tliły się latami i niepokoiły mieszkańców. Miasto ugasiło i ustabilizowało zwałowiska, obsadziło je roślinnością pionierską i razem z mieszkańcami wytyczyło ścieżki widokowe; szczyt jednej z hałd jest dziś punktem widokowym nad miastem.`,
			context: `W Wałbrzychu pozostało kilkanaście hałd i zwałowisk skały płonnej. Część z nich zawierała resztki węgla i ulegała samozapaleniu, co powodowało zadymienie i obawy o zdrowie. Hałdy, choć wpisane w krajobraz, były dla mieszkańców symbolem zaniedbania, a dzieci bawiły się na nich bez żadnego zabezpieczenia.`,
			approach: `- Badania termowizyjne i geotechniczne, mapa ognisk pożarowych.\n- Gaszenie i uszczelnianie zwałowiska warstwą gliny, profilowanie skarp.\n- Nasadzenia brzozy, sosny i murawy, które znoszą ubogie podłoże.\n- Warsztaty z mieszkańcami na miejscu: gdzie ścieżki, gdzie ławki, czego nie ruszać.\n- Tablice o historii wydobycia przygotowane z Fundacją Szyb Julia.`,
			actors: `Urząd Miasta Wałbrzych (Wydział Rewitalizacji), spółka restrukturyzacji kopalń jako dawny właściciel, Politechnika Wrocławska (badania), Fundacja Szyb Julia, rady osiedli Sobięcin i Biały Kamień.`,
			funding_notes: `Rekultywację sfinansowano głównie ze środków unijnych na tereny zdegradowane oraz z pożyczki funduszu ochrony środowiska. Ścieżki i małą architekturę pokrył budżet miasta, a część nasadzeń – budżet obywatelski.`,
			results: `Ogniska pożarowe na hałdzie w Białym Kamieniu wygaszono; pomiary temperatury od dwóch lat są w normie. Ścieżki są używane codziennie, a latem odbywa się tam sąsiedzki festyn. Hałdy pojawiają się w materiałach promocyjnych miasta jako „wałbrzyskie wzgórza”.`,
			failures: `Hałda na Sobięcinie jest wciąż tylko częściowo dostępna, bo spór o własność działek trwał ponad trzy lata. Pierwsze nasadzenia częściowo uschły w suchym 2022 roku – zabrakło podlewania w okresie przejściowym i umowy na pielęgnację.`,
			transfer_conditions: `Rozpoznanie termiczne i geotechniczne przed jakimkolwiek projektem, uregulowana własność gruntu, budżet na kilkuletnią pielęgnację zieleni, udział mieszkańców w wyborze funkcji. Dobrze sprawdza się współpraca z uczelnią, która prowadzi pomiary także po zakończeniu prac.`
		}
	}),
	practice({
		key: 'walbrzych-mieszkanie-za-remont',
		city: 'walbrzych',
		language: 'pl',
		status: 'ongoing',
		period: ['2016-01-01', null],
		written: '2024-09-20',
		areas: ['housing', 'demography', 'social-inclusion'],
		organisations: ['um-walbrzych'],
		partners: ['Miejski Ośrodek Pomocy Społecznej w Wałbrzychu'],
		author: 'krzysztof.nowicki@headframe.example',
		contacts: ['ewa@headframe.example'],
		funding: [
			fund('municipal', 1_800_000, 'PLN', 'Doradztwo techniczne, kosztorysy i odbiory 2016–2024'),
			fund('national', 3_200_000, 'PLN', 'Dopłaty do wymiany pieców węglowych z programu „Czyste Powietrze”'),
			fund('private', null, null, 'Nakłady najemców na remont, średnio ok. 45 tys. zł na mieszkanie')
		],
		outcomes: [
			outcome('Pustostany w zasobie komunalnym', 1_540, 610, 'mieszkań', 2024),
			outcome('Mieszkania wyremontowane przez najemców', 0, 860, 'mieszkań', 2024)
		],
		texts: {
			title: '„Mieszkanie za remont” w wałbrzyskich kamienicach',
			summary: `Gmina oddaje zniszczone mieszkania komunalne osobom, które same je wyremontują, i zalicza część nakładów na poczet czynszu. Program zmniejszył liczbę pustostanów w śródmieściu o ponad połowę i pozwolił młodym rodzinom zostać w mieście.`,
			context: `Po odpływie mieszkańców w zasobie komunalnym Wałbrzycha było ponad 1500 pustych mieszkań, wiele bez łazienki i z piecami węglowymi. Jednocześnie na mieszkanie komunalne czekało kilkaset rodzin, a gminy nie było stać na remonty w takiej skali.`,
			approach: `- Lista pustostanów z oceną stanu technicznego i kosztorysem, publikowana dwa razy w roku.\n- Umowa najmu po zakończeniu remontu, z harmonogramem i odbiorem przez zarządcę.\n- Zaliczenie części nakładów na poczet czynszu przez kilka lat.\n- Dopłata do wymiany pieców węglowych na ogrzewanie gazowe lub pompę ciepła.\n- Doradca techniczny w zarządzie budynków, dyżurujący dla najemców.`,
			actors: `Urząd Miasta Wałbrzych, miejska spółka zarządzająca zasobem mieszkaniowym, Miejski Ośrodek Pomocy Społecznej (kwalifikacja rodzin), lokalne hurtownie budowlane, które dają uczestnikom rabaty.`,
			funding_notes: `Koszty remontów ponoszą najemcy; gmina finansuje doradztwo, ocenę techniczną i odbiory, a wymianę źródeł ciepła wspiera program „Czyste Powietrze” i budżet miasta.`,
			results: `Do końca 2024 roku najemcy wyremontowali 860 mieszkań, a liczba pustostanów spadła z ponad 1500 do około 600. Wśród nowych najemców przeważają rodziny z dziećmi do lat 10; w kilku kamienicach po raz pierwszy od lat zawiązały się wspólnoty lokatorskie.`,
			failures: `Część najemców nie ukończyła remontu w terminie – zbyt optymistycznie oceniali koszty, zwłaszcza po wzroście cen materiałów w 2022 roku. Program nie poprawia stanu części wspólnych: dachy, piony i instalacje elektryczne w całych budynkach nadal wymagają inwestycji gminy.`,
			transfer_conditions: `Duży zasób pustych mieszkań komunalnych, uchwała rady określająca zasady zaliczania nakładów, rzetelne kosztorysy przygotowane przez gminę, doradztwo techniczne dla najemców i równoległy plan remontu części wspólnych.`
		}
	}),
	practice({
		key: 'bytom-podworka',
		city: 'bytom',
		language: 'pl',
		status: 'ongoing',
		period: ['2022-04-01', null],
		written: '2025-05-18',
		areas: ['participation', 'social-inclusion', 'housing'],
		organisations: ['bytom-podworka', 'um-bytom'],
		partners: ['Bytomskie Centrum Kultury'],
		author: 'agnieszka.wojcik@headframe.example',
		contacts: ['agnieszka.wojcik@headframe.example', 'tomasz.lewandowski@headframe.example'],
		funding: [
			fund('municipal', 420_000, 'PLN', 'Budżet obywatelski 2022–2024'),
			fund('municipal', 300_000, 'PLN', 'Gminny program rewitalizacji: materiały i sprzęt'),
			fund('private', 45_000, 'PLN', 'Mikrogranty lokalnej fundacji społecznej')
		],
		outcomes: [
			outcome('Odnowione podwórka', 0, 7, 'szt.', 2024),
			outcome('Aktywni wolontariusze', 12, 64, 'osoby', 2024),
			outcome('Zgłoszenia dewastacji na odnowionych podwórkach', 38, 15, 'zgłoszeń rocznie', 2024)
		],
		texts: {
			title: 'Sąsiedzkie odnawianie podwórek na bytomskim Rozbarku',
			summary: `Mieszkańcy Rozbarku co roku wybierają podwórko do odnowienia, projektują je razem z architektką i większość prac wykonują sami. Miasto zapewnia materiały, sprzęt i zgody, a grupa sąsiedzka – ludzi i organizację.`,
			context: `Rozbark to dzielnica kamienic i familoków przy dawnej kopalni „Rozbark”. Szkody górnicze, ubóstwo i wyjazdy młodych sprawiły, że podwórka zamieniły się w klepiska i dzikie parkingi, a sąsiedzi przestali się znać. Wcześniejsze projekty robione „z góry” szybko niszczały.`,
			approach: `- Nabór podwórek: wniosek podpisany przez co najmniej połowę gospodarstw domowych.\n- Trzy spotkania projektowe na podwórku, z makietą i głosowaniem kropkami.\n- Wspólne prace w weekendy: rozbiórka komórek, nasadzenia, ławki z drewna z odzysku.\n- Umowa użyczenia między miastem a grupą: kto dba o zieleń i trzyma klucze do szopy z narzędziami.\n- Święto podwórka na otwarcie, które przyciąga sąsiadów z innych ulic.`,
			actors: `Bytomskie Podwórka – grupa sąsiedzka, Urząd Miejski w Bytomiu (zespół ds. rewitalizacji), zarządca budynków komunalnych, Bytomskie Centrum Kultury, szkoła podstawowa z Rozbarku.`,
			funding_notes: `Materiały i sprzęt pochodzą z budżetu obywatelskiego i gminnego programu rewitalizacji, drobne wydatki pokrywają mikrogranty lokalnej fundacji. Praca mieszkańców jest wolontariacka.`,
			results: `Od 2022 roku odnowiono siedem podwórek. Na odnowionych podwórkach zgłoszenia dewastacji spadły o ponad połowę, a grupa urosła z 12 do ponad 60 aktywnych osób. Dwa podwórka prowadzą własne ogródki warzywne ze szkołą.`,
			failures: `Na jednym podwórku nie udało się porozumieć z właścicielem prywatnej kamienicy i projekt trzeba było okroić. Po trzecim roku dwie liderki odeszły zmęczone; od 2024 roku grupa dzieli role i szkoli nowych koordynatorów.`,
			transfer_conditions: `Grupa mieszkańców gotowa poprowadzić prace, urzędnik, który załatwia zgody i materiały w tygodnie, a nie miesiące, jasne zasady użyczenia terenu i niewielki, ale pewny budżet na kilka lat.`
		}
	}),
	practice({
		key: 'bytom-szombierki',
		city: 'bytom',
		language: 'pl',
		status: 'idea',
		published: false,
		period: ['2025-09-01', null],
		written: '2025-10-14',
		areas: ['brownfield-reuse', 'culture-identity', 'energy-transition'],
		organisations: ['um-bytom'],
		author: 'tomasz.lewandowski@headframe.example',
		contacts: ['tomasz.lewandowski@headframe.example'],
		funding: [
			fund('eu', null, null, 'Do sprawdzenia: Fundusz Sprawiedliwej Transformacji, program regionalny Fundusze Europejskie dla Śląska')
		],
		outcomes: [outcome('Powierzchnia obiektu do zabezpieczenia', 12_000, null, 'm²', 2025)],
		texts: {
			title: 'Nowe funkcje dla Elektrociepłowni Szombierki – koncepcja do konsultacji',
			summary: `Szkic koncepcji ratowania zabytkowej Elektrociepłowni Szombierki: etapowe zabezpieczenie budynku, wydarzenia tymczasowe w hali turbin i wybór partnera na stałe funkcje. Dokument roboczy do konsultacji w sieci.`,
			context: `Elektrociepłownia Szombierki z lat 20. XX wieku to jeden z najcenniejszych zabytków techniki na Górnym Śląsku. Nieczynna od ponad dekady, zmieniała prywatnych właścicieli, z których żaden nie znalazł dla niej funkcji. Budynek szybko niszczeje, a miasto rozważa przejęcie obiektu.`,
			approach: `Proponujemy trzy etapy:\n\n1. Zabezpieczenie dachu i okien, inwentaryzacja, udostępnianie obiektu podczas Industriady.\n2. Wydarzenia tymczasowe w hali turbin (koncerty, targi), które sprawdzą popyt.\n3. Stałe funkcje wybrane w konkursie – np. centrum edukacji energetycznej i pracownie rzemieślnicze.`,
			actors: `Urząd Miejski w Bytomiu, Śląski Wojewódzki Konserwator Zabytków; do rozmów: muzea regionu i stowarzyszenia miłośników zabytków techniki.`,
			funding_notes: `Do ustalenia. Rozważamy Fundusz Sprawiedliwej Transformacji, Rządowy Program Odbudowy Zabytków i partnera prywatnego na część komercyjną.`,
			results: `Brak – koncepcja przed konsultacją.`,
			failures: `Wcześniejsze próby sprzedaży obiektu nie przyniosły inwestora zdolnego do remontu.`,
			transfer_conditions: `Pytania do sieci: jak Łódź (EC1) i Ostrawa (Dolní Vítkovice) finansowały pierwsze lata utrzymania? Kto był operatorem i jak wybrano pierwsze funkcje?`
		}
	}),
	practice({
		key: 'zyrardow-lofty',
		city: 'zyrardow',
		language: 'pl',
		status: 'completed',
		period: ['2005-01-01', '2012-12-31'],
		written: '2024-11-08',
		areas: ['housing', 'brownfield-reuse', 'culture-identity', 'demography'],
		organisations: ['zyrardow-len'],
		partners: ['Urząd Miasta Żyrardowa', 'Mazowiecki Wojewódzki Konserwator Zabytków'],
		author: 'marta.szymanska@headframe.example',
		contacts: ['marta.szymanska@headframe.example'],
		funding: [
			fund('private', 180_000_000, 'PLN', 'Inwestycja prywatna w przebudowę przędzalni (szacunek)'),
			fund('eu', 24_000_000, 'PLN', 'Regionalny Program Operacyjny Województwa Mazowieckiego: rewitalizacja osady fabrycznej'),
			fund('municipal', 6_500_000, 'PLN', 'Plan miejscowy, przestrzeń publiczna, połączenie z parkiem')
		],
		outcomes: [
			outcome('Mieszkania w przebudowanej przędzalni', 0, 486, 'mieszkań', 2012),
			outcome('Zmiana liczby mieszkańców miasta rok do roku', -0.9, 0.2, '%', 2015)
		],
		texts: {
			title: 'Lofty w dawnej przędzalni lnu: jak Żyrardów oddał fabrykę mieszkańcom',
			summary: `Zabytkowa przędzalnia zakładów lniarskich w Żyrardowie, zamknięta pod koniec lat 90., została przebudowana na blisko 500 mieszkań typu loft. Miasto ustaliło z inwestorem warunki konserwatorskie i przestrzenne, a Muzeum Lnu opowiada historię osady fabrycznej nowym mieszkańcom.`,
			context: `Żyrardów to wyjątkowo kompletnie zachowana XIX-wieczna osada fabryczna, zbudowana wokół zakładów lniarskich. Po upadku zakładów ogromne budynki przędzalni stały puste, a miasto, położone 45 km od Warszawy, traciło mieszkańców na rzecz stolicy.`,
			approach: `- Miejscowy plan zagospodarowania przestrzennego z funkcją mieszkaniową i usługową na terenie fabryki.\n- Wytyczne konserwatorskie: zachowanie elewacji z czerwonej cegły, żeliwnych słupów i stropów odcinkowych.\n- Etapowa sprzedaż budynków inwestorowi prywatnemu z obowiązkiem remontu w określonym terminie.\n- Publiczne przejścia przez teren fabryki i połączenie z parkiem miejskim.\n- Program muzeum: spacery po osadzie, lekcje dla szkół, „Dni Lnu” dla nowych i dawnych mieszkańców.`,
			actors: `Urząd Miasta Żyrardowa, Muzeum Lnu w Żyrardowie, inwestor prywatny, Mazowiecki Wojewódzki Konserwator Zabytków, lokalne stowarzyszenia.`,
			funding_notes: `Przebudowę przędzalni sfinansował inwestor prywatny. Miasto opłaciło plan, przestrzeń publiczną i część remontu osady ze środków regionalnego programu operacyjnego.`,
			results: `W loftach zamieszkało około 1200 osób, w większości młodych, często dojeżdżających do Warszawy. Wokół otwarto kawiarnie i usługi, a liczba mieszkańców miasta przestała spadać. Muzeum Lnu co roku oprowadza po osadzie kilka tysięcy osób.`,
			failures: `Lofty są drogie dla dawnych mieszkańców osady, a część nowych lokatorów spędza w mieście „tylko noce”. Przez pierwsze lata brakowało miejsc parkingowych i przedszkoli, bo plan nie przewidział tak szybkiego napływu rodzin.`,
			transfer_conditions: `Duże, konstrukcyjnie zdrowe budynki fabryczne, popyt na mieszkania (np. dobre połączenie kolejowe z dużym miastem), plan miejscowy z jasnymi warunkami konserwatorskimi i program integracji nowych mieszkańców z dawnymi.`
		}
	})
];
