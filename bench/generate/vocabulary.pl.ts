/**
 * Polish domain vocabulary for generated practices, with real case forms, so the search
 * benchmark exercises the lemmatiser the way real texts do ("rewitalizacji terenów
 * poprzemysłowych" must find "rewitalizacja"). Forms: nominative|genitive|accusative|
 * instrumental|locative. Places carry the preposition their locative takes ("w"/"na").
 */
export interface PolishPhrase {
	forms: [nom: string, gen: string, acc: string, inst: string, loc: string];
	area: string;
	place?: 'w' | 'na';
}

const phrase = (area: string, forms: string, place?: 'w' | 'na'): PolishPhrase => ({
	forms: forms.split('|') as PolishPhrase['forms'],
	area,
	place
});

export const PL_PHRASES: PolishPhrase[] = [
	phrase(
		'brownfield-reuse',
		'rewitalizacja terenów poprzemysłowych|rewitalizacji terenów poprzemysłowych|rewitalizację terenów poprzemysłowych|rewitalizacją terenów poprzemysłowych|rewitalizacji terenów poprzemysłowych'
	),
	phrase(
		'brownfield-reuse',
		'teren poprzemysłowy|terenu poprzemysłowego|teren poprzemysłowy|terenem poprzemysłowym|terenie poprzemysłowym',
		'na'
	),
	phrase('brownfield-reuse', 'hałda pogórnicza|hałdy pogórniczej|hałdę pogórniczą|hałdą pogórniczą|hałdzie pogórniczej', 'na'),
	phrase('brownfield-reuse', 'szyb kopalniany|szybu kopalnianego|szyb kopalniany|szybem kopalnianym|szybie kopalnianym'),
	phrase('brownfield-reuse', 'dawna kopalnia|dawnej kopalni|dawną kopalnię|dawną kopalnią|dawnej kopalni', 'w'),
	phrase('brownfield-reuse', 'zabytkowa huta|zabytkowej huty|zabytkową hutę|zabytkową hutą|zabytkowej hucie', 'w'),
	phrase('brownfield-reuse', 'hala fabryczna|hali fabrycznej|halę fabryczną|halą fabryczną|hali fabrycznej', 'w'),
	phrase(
		'brownfield-reuse',
		'rekultywacja zwałowiska|rekultywacji zwałowiska|rekultywację zwałowiska|rekultywacją zwałowiska|rekultywacji zwałowiska'
	),
	phrase(
		'brownfield-reuse',
		'dawna elektrociepłownia|dawnej elektrociepłowni|dawną elektrociepłownię|dawną elektrociepłownią|dawnej elektrociepłowni',
		'w'
	),
	phrase('brownfield-reuse', 'remediacja gruntów|remediacji gruntów|remediację gruntów|remediacją gruntów|remediacji gruntów'),
	phrase('brownfield-reuse', 'wieża szybowa|wieży szybowej|wieżę szybową|wieżą szybową|wieży szybowej'),
	phrase(
		'brownfield-reuse',
		'nowa funkcja budynków pofabrycznych|nowej funkcji budynków pofabrycznych|nową funkcję budynków pofabrycznych|nową funkcją budynków pofabrycznych|nowej funkcji budynków pofabrycznych'
	),
	phrase(
		'economic-diversification',
		'strefa ekonomiczna|strefy ekonomicznej|strefę ekonomiczną|strefą ekonomiczną|strefie ekonomicznej',
		'w'
	),
	phrase(
		'economic-diversification',
		'inkubator przedsiębiorczości|inkubatora przedsiębiorczości|inkubator przedsiębiorczości|inkubatorem przedsiębiorczości|inkubatorze przedsiębiorczości',
		'w'
	),
	phrase(
		'economic-diversification',
		'tworzenie nowych miejsc pracy|tworzenia nowych miejsc pracy|tworzenie nowych miejsc pracy|tworzeniem nowych miejsc pracy|tworzeniu nowych miejsc pracy'
	),
	phrase(
		'economic-diversification',
		'przemysł kreatywny|przemysłu kreatywnego|przemysł kreatywny|przemysłem kreatywnym|przemyśle kreatywnym'
	),
	phrase(
		'economic-diversification',
		'spółdzielnia socjalna|spółdzielni socjalnej|spółdzielnię socjalną|spółdzielnią socjalną|spółdzielni socjalnej',
		'w'
	),
	phrase(
		'economic-diversification',
		'turystyka przemysłowa|turystyki przemysłowej|turystykę przemysłową|turystyką przemysłową|turystyce przemysłowej'
	),
	phrase(
		'economic-diversification',
		'lokalna przedsiębiorczość|lokalnej przedsiębiorczości|lokalną przedsiębiorczość|lokalną przedsiębiorczością|lokalnej przedsiębiorczości'
	),
	phrase(
		'economic-diversification',
		'przekwalifikowanie górników|przekwalifikowania górników|przekwalifikowanie górników|przekwalifikowaniem górników|przekwalifikowaniu górników'
	),
	phrase('social-inclusion', 'włączenie społeczne|włączenia społecznego|włączenie społeczne|włączeniem społecznym|włączeniu społecznym'),
	phrase('social-inclusion', 'klub seniora|klubu seniora|klub seniora|klubem seniora|klubie seniora', 'w'),
	phrase('social-inclusion', 'pomoc sąsiedzka|pomocy sąsiedzkiej|pomoc sąsiedzką|pomocą sąsiedzką|pomocy sąsiedzkiej'),
	phrase('social-inclusion', 'aktywizacja zawodowa|aktywizacji zawodowej|aktywizację zawodową|aktywizacją zawodową|aktywizacji zawodowej'),
	phrase(
		'social-inclusion',
		'ubóstwo energetyczne|ubóstwa energetycznego|ubóstwo energetyczne|ubóstwem energetycznym|ubóstwie energetycznym'
	),
	phrase(
		'social-inclusion',
		'świetlica środowiskowa|świetlicy środowiskowej|świetlicę środowiskową|świetlicą środowiskową|świetlicy środowiskowej',
		'w'
	),
	phrase(
		'culture-identity',
		'dziedzictwo przemysłowe|dziedzictwa przemysłowego|dziedzictwo przemysłowe|dziedzictwem przemysłowym|dziedzictwie przemysłowym'
	),
	phrase('culture-identity', 'tożsamość lokalna|tożsamości lokalnej|tożsamość lokalną|tożsamością lokalną|tożsamości lokalnej'),
	phrase('culture-identity', 'pamięć górników|pamięci górników|pamięć górników|pamięcią górników|pamięci górników'),
	phrase('culture-identity', 'trasa turystyczna|trasy turystycznej|trasę turystyczną|trasą turystyczną|trasie turystycznej', 'na'),
	phrase(
		'culture-identity',
		'festiwal industrialny|festiwalu industrialnego|festiwal industrialny|festiwalem industrialnym|festiwalu industrialnym',
		'na'
	),
	phrase('culture-identity', 'pracownia ceramiki|pracowni ceramiki|pracownię ceramiki|pracownią ceramiki|pracowni ceramiki', 'w'),
	phrase('culture-identity', 'archiwum społeczne|archiwum społecznego|archiwum społeczne|archiwum społecznym|archiwum społecznym', 'w'),
	phrase('demography', 'wyludnienie miasta|wyludnienia miasta|wyludnienie miasta|wyludnieniem miasta|wyludnieniu miasta'),
	phrase(
		'demography',
		'starzenie się mieszkańców|starzenia się mieszkańców|starzenie się mieszkańców|starzeniem się mieszkańców|starzeniu się mieszkańców'
	),
	phrase('demography', 'odpływ młodych|odpływu młodych|odpływ młodych|odpływem młodych|odpływie młodych'),
	phrase(
		'demography',
		'prognoza demograficzna|prognozy demograficznej|prognozę demograficzną|prognozą demograficzną|prognozie demograficznej'
	),
	phrase('demography', 'opieka nad seniorami|opieki nad seniorami|opiekę nad seniorami|opieką nad seniorami|opiece nad seniorami'),
	phrase(
		'energy-transition',
		'transformacja energetyczna|transformacji energetycznej|transformację energetyczną|transformacją energetyczną|transformacji energetycznej'
	),
	phrase('energy-transition', 'pompa ciepła|pompy ciepła|pompę ciepła|pompą ciepła|pompie ciepła'),
	phrase(
		'energy-transition',
		'instalacja fotowoltaiczna|instalacji fotowoltaicznej|instalację fotowoltaiczną|instalacją fotowoltaiczną|instalacji fotowoltaicznej'
	),
	phrase(
		'energy-transition',
		'termomodernizacja budynków|termomodernizacji budynków|termomodernizację budynków|termomodernizacją budynków|termomodernizacji budynków'
	),
	phrase('energy-transition', 'sieć ciepłownicza|sieci ciepłowniczej|sieć ciepłowniczą|siecią ciepłowniczą|sieci ciepłowniczej'),
	phrase(
		'energy-transition',
		'wymiana pieców węglowych|wymiany pieców węglowych|wymianę pieców węglowych|wymianą pieców węglowych|wymianie pieców węglowych'
	),
	phrase(
		'energy-transition',
		'społeczność energetyczna|społeczności energetycznej|społeczność energetyczną|społecznością energetyczną|społeczności energetycznej'
	),
	phrase(
		'energy-transition',
		'ciepło z wody kopalnianej|ciepła z wody kopalnianej|ciepło z wody kopalnianej|ciepłem z wody kopalnianej|cieple z wody kopalnianej'
	),
	phrase('housing', 'osiedle robotnicze|osiedla robotniczego|osiedle robotnicze|osiedlem robotniczym|osiedlu robotniczym', 'na'),
	phrase('housing', 'kamienica komunalna|kamienicy komunalnej|kamienicę komunalną|kamienicą komunalną|kamienicy komunalnej', 'w'),
	phrase('housing', 'mieszkanie komunalne|mieszkania komunalnego|mieszkanie komunalne|mieszkaniem komunalnym|mieszkaniu komunalnym', 'w'),
	phrase('housing', 'familok|familoka|familok|familokiem|familoku', 'w'),
	phrase('housing', 'remont kamienic|remontu kamienic|remont kamienic|remontem kamienic|remoncie kamienic'),
	phrase('housing', 'budownictwo społeczne|budownictwa społecznego|budownictwo społeczne|budownictwem społecznym|budownictwie społecznym'),
	phrase('housing', 'zasób pustostanów|zasobu pustostanów|zasób pustostanów|zasobem pustostanów|zasobie pustostanów'),
	phrase('mobility', 'transport publiczny|transportu publicznego|transport publiczny|transportem publicznym|transporcie publicznym'),
	phrase('mobility', 'ścieżka rowerowa|ścieżki rowerowej|ścieżkę rowerową|ścieżką rowerową|ścieżce rowerowej', 'na'),
	phrase('mobility', 'linia tramwajowa|linii tramwajowej|linię tramwajową|linią tramwajową|linii tramwajowej', 'na'),
	phrase('mobility', 'węzeł przesiadkowy|węzła przesiadkowego|węzeł przesiadkowy|węzłem przesiadkowym|węźle przesiadkowym', 'na'),
	phrase(
		'mobility',
		'dawna bocznica kolejowa|dawnej bocznicy kolejowej|dawną bocznicę kolejową|dawną bocznicą kolejową|dawnej bocznicy kolejowej',
		'na'
	),
	phrase(
		'mobility',
		'strefa uspokojonego ruchu|strefy uspokojonego ruchu|strefę uspokojonego ruchu|strefą uspokojonego ruchu|strefie uspokojonego ruchu',
		'w'
	),
	phrase('participation', 'budżet obywatelski|budżetu obywatelskiego|budżet obywatelski|budżetem obywatelskim|budżecie obywatelskim'),
	phrase(
		'participation',
		'konsultacje społeczne|konsultacji społecznych|konsultacje społeczne|konsultacjami społecznymi|konsultacjach społecznych'
	),
	phrase('participation', 'rada osiedla|rady osiedla|radę osiedla|radą osiedla|radzie osiedla'),
	phrase(
		'participation',
		'partycypacja mieszkańców|partycypacji mieszkańców|partycypację mieszkańców|partycypacją mieszkańców|partycypacji mieszkańców'
	),
	phrase('participation', 'spacer badawczy|spaceru badawczego|spacer badawczy|spacerem badawczym|spacerze badawczym'),
	phrase('participation', 'panel obywatelski|panelu obywatelskiego|panel obywatelski|panelem obywatelskim|panelu obywatelskim')
];

/** Groups of people: genitive and accusative plural (they differ for some). */
export const PL_GROUPS: [gen: string, acc: string][] = [
	['mieszkańców', 'mieszkańców'],
	['seniorów', 'seniorów'],
	['młodych ludzi', 'młodych ludzi'],
	['byłych górników', 'byłych górników'],
	['rodzin z dziećmi', 'rodziny z dziećmi'],
	['przedsiębiorców', 'przedsiębiorców'],
	['artystów', 'artystów'],
	['organizacji pozarządowych', 'organizacje pozarządowe'],
	['osób bezrobotnych', 'osoby bezrobotne'],
	['studentów', 'studentów'],
	['lokatorów', 'lokatorów'],
	['sąsiadów', 'sąsiadów']
];

/** Funding sources in the genitive ("ze środków ..."). */
export const PL_FUNDS = [
	'Europejskiego Funduszu Rozwoju Regionalnego',
	'Funduszu Sprawiedliwej Transformacji',
	'Europejskiego Funduszu Społecznego Plus',
	'budżetu miasta',
	'programu Interreg',
	'Krajowego Planu Odbudowy',
	'Narodowego Funduszu Ochrony Środowiska',
	'budżetu obywatelskiego',
	'regionalnego programu operacyjnego',
	'Rządowego Programu Odbudowy Zabytków'
];

/** Former industries in the genitive ("po zamknięciu ..."). */
export const PL_INDUSTRIES = [
	'kopalni węgla kamiennego',
	'huty stali',
	'zakładów włókienniczych',
	'stoczni',
	'zakładów chemicznych',
	'huty szkła',
	'fabryki porcelany',
	'koksowni',
	'cementowni'
];

/** Partners in the instrumental ("we współpracy z ..."). */
export const PL_PARTNERS_INST = [
	'organizacjami pozarządowymi',
	'uczelnią techniczną',
	'radą osiedla',
	'lokalnymi firmami',
	'urzędem pracy',
	'konserwatorem zabytków',
	'domem kultury',
	'spółdzielnią mieszkaniową',
	'parafią',
	'szkołą branżową'
];

/** Partners in the nominative, for lists of actors. */
export const PL_PARTNERS_NOM = [
	'urząd miasta',
	'lokalna fundacja',
	'uczelnia techniczna',
	'rada osiedla',
	'spółdzielnia socjalna',
	'powiatowy urząd pracy',
	'wojewódzki konserwator zabytków',
	'miejski dom kultury',
	'stowarzyszenie byłych górników',
	'lokalna grupa działania',
	'miejska spółka mieszkaniowa',
	'izba rzemieślnicza'
];

/** Indicators in the genitive ("wskaźnik ... spadł"). */
export const PL_INDICATORS = [
	'bezrobocia',
	'pustostanów',
	'zanieczyszczenia powietrza',
	'ubóstwa energetycznego',
	'wyjazdów młodych',
	'zgłoszeń dewastacji'
];

export const PL_DISTRICTS = [
	'Śródmieście',
	'Nowe Miasto',
	'Zagórze',
	'Podzamcze',
	'Huta',
	'Kolonia Robotnicza',
	'Stare Miasto',
	'Zatorze',
	'Górki',
	'Piaskowa Góra',
	'Sobięcin',
	'Rozbark',
	'Szombierki',
	'Bogucice',
	'Załęże',
	'Księży Młyn'
];

/** Rare technical words: each appears in a few documents only (the "rare term" queries). */
export const PL_RARE = [
	'sztolnia dziedziczna',
	'łaźnia łańcuszkowa',
	'cechownia',
	'nadszybie',
	'flotacja',
	'kolej wąskotorowa',
	'wieża ciśnień',
	'zbiornik retencyjny',
	'kaplica górnicza',
	'maszyna wyciągowa',
	'sortownia węgla',
	'warsztat tkacki'
];
