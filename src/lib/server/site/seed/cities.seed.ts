import type { Deps } from '../../platform/core';
import type { Industry } from '../../directory/cities';

export interface DemoCity {
	slug: string;
	name: string;
	name_en: string | null;
	country_code: string;
	region: string;
	/** City-centre coordinates (GeoNames), 4 decimals. */
	latitude: number;
	longitude: number;
	/** Approximate current population. */
	population: number;
	industries: Industry[];
	/** In Polish for Polish cities, in English for the others (the column holds one text). */
	story: string;
}

/**
 * Real post-industrial cities for the demo network. The network seed finds them by slug
 * (`DEMO_CITIES.find((c) => c.slug === 'walbrzych')`, or a query on cities.slug).
 */
export const DEMO_CITIES: DemoCity[] = [
	{
		slug: 'walbrzych',
		name: 'Wałbrzych',
		name_en: null,
		country_code: 'PL',
		region: 'województwo dolnośląskie',
		latitude: 50.7714,
		longitude: 16.2843,
		population: 108_000,
		industries: ['coal_mining', 'glass_ceramics', 'textiles'],
		story:
			'Przez ponad dwa stulecia Wałbrzych żył z węgla kamiennego, porcelany i tkanin. Zamknięcie kopalń w latach 90. przyniosło bezrobocie, które należało do najwyższych w Polsce, i odpływ mieszkańców.\n\nDawna Kopalnia Julia stała się Centrum Nauki i Sztuki „Stara Kopalnia”, które przyciąga turystów, artystów i szkoły. Miasto odnawia śródmieście i osiedla robotnicze, a nowe zakłady powstają w specjalnej strefie ekonomicznej.'
	},
	{
		slug: 'bytom',
		name: 'Bytom',
		name_en: null,
		country_code: 'PL',
		region: 'województwo śląskie',
		latitude: 50.348,
		longitude: 18.9328,
		population: 158_000,
		industries: ['coal_mining', 'steel'],
		story:
			'Bytom, jedno z najstarszych miast Górnego Śląska, przez wieki rozwijał się dzięki rudom srebra i ołowiu, a potem węglowi i hutom. Po 1990 roku zamykanie kopalń, szkody górnicze i wyludnienie zniszczyły dużą część śródmieścia.\n\nDziś miasto stawia na rewitalizację centrum, kulturę i nowe funkcje terenów pokopalnianych, ucząc się od innych miast regionu.'
	},
	{
		slug: 'lodz',
		name: 'Łódź',
		name_en: null,
		country_code: 'PL',
		region: 'województwo łódzkie',
		latitude: 51.7706,
		longitude: 19.474,
		population: 655_000,
		industries: ['textiles'],
		story:
			'Łódź wyrosła w XIX wieku na przemyśle włókienniczym i była największym ośrodkiem tekstylnym w Polsce. Upadek zakładów w latach 90. odebrał pracę dziesiątkom tysięcy osób.\n\nDawne fabryki zmieniły się w miejsca handlu, kultury i mieszkania, jak Manufaktura w zakładach Poznańskiego czy lofty w Księżym Młynie. Wokół przebudowanego dworca Łódź Fabryczna powstaje Nowe Centrum Łodzi.'
	},
	{
		slug: 'katowice',
		name: 'Katowice',
		name_en: null,
		country_code: 'PL',
		region: 'województwo śląskie',
		latitude: 50.2584,
		longitude: 19.0275,
		population: 280_000,
		industries: ['coal_mining', 'steel'],
		story:
			'Katowice przez ponad sto lat były sercem górnictwa i hutnictwa Górnego Śląska. Na terenie dawnej kopalni „Katowice” powstała Strefa Kultury z Muzeum Śląskim, siedzibą Narodowej Orkiestry Symfonicznej Polskiego Radia i Międzynarodowym Centrum Kongresowym.\n\nMiasto rozwija usługi, uczelnie i przemysły kreatywne, a od 2015 roku jest Miastem Kreatywnym UNESCO w dziedzinie muzyki.'
	},
	{
		slug: 'zyrardow',
		name: 'Żyrardów',
		name_en: null,
		country_code: 'PL',
		region: 'województwo mazowieckie',
		latitude: 52.0488,
		longitude: 20.446,
		population: 39_000,
		industries: ['textiles'],
		story:
			'Żyrardów powstał w XIX wieku jako osada fabryczna wokół zakładów lniarskich i nosi imię wynalazcy Filipa de Girarda. Po upadku zakładów w latach 90. miasto zostało z jednym z najlepiej zachowanych w Europie zespołów osady przemysłowej.\n\nBudynki dawnej przędzalni zamieniono na lofty, a dziedzictwo lniarstwa przybliża mieszkańcom i gościom Muzeum Lniarstwa.'
	},
	{
		slug: 'ostrava',
		name: 'Ostrava',
		name_en: null,
		country_code: 'CZ',
		region: 'Moravian-Silesian Region',
		latitude: 49.8347,
		longitude: 18.282,
		population: 283_000,
		industries: ['coal_mining', 'steel'],
		story:
			'Ostrava was the centre of Czech coal mining and steelmaking; deep mining in the city ended in 1994.\n\nLower Vítkovice, with its blast furnace, gas holder and colliery, became a place for culture, science and education, with the Gong concert hall and a large science centre. The city now leads the transformation of the coal region with European just-transition funds.'
	},
	{
		slug: 'essen',
		name: 'Essen',
		name_en: null,
		country_code: 'DE',
		region: 'North Rhine-Westphalia',
		latitude: 51.4566,
		longitude: 7.0123,
		population: 584_000,
		industries: ['coal_mining', 'steel'],
		story:
			'Essen grew into one of the largest coal and steel cities in Europe. The Zollverein colliery closed in 1986 and its coking plant in 1993.\n\nZollverein is now a UNESCO World Heritage Site with the Ruhr Museum, design schools and creative businesses. Essen led the Ruhr as European Capital of Culture in 2010 and was European Green Capital in 2017.'
	},
	{
		slug: 'bochum',
		name: 'Bochum',
		name_en: null,
		country_code: 'DE',
		region: 'North Rhine-Westphalia',
		latitude: 51.4817,
		longitude: 7.2165,
		population: 364_000,
		industries: ['coal_mining', 'steel', 'other'],
		story:
			'Bochum lost its last colliery in 1973 and its Opel car plant in 2014, and has rebuilt itself around universities and research.\n\nThe Jahrhunderthalle, a former steelworks power hall, hosts the Ruhrtriennale festival, and the German Mining Museum tells the region’s story. On the former Opel site, MARK 51°7 brings together research institutes and new companies.'
	},
	{
		slug: 'charleroi',
		name: 'Charleroi',
		name_en: null,
		country_code: 'BE',
		region: 'Wallonia',
		latitude: 50.4114,
		longitude: 4.4445,
		population: 203_000,
		industries: ['coal_mining', 'steel', 'glass_ceramics'],
		story:
			'Charleroi was a cradle of the industrial revolution on the continent, with coal mines, steelworks and glassworks along the Sambre. Their closure left high unemployment and vast brownfields.\n\nThe Bois du Cazier mine is now a UNESCO World Heritage Site with a glass museum, and the city is renewing its centre through a long-term urban project led by a city architect.'
	},
	{
		slug: 'genk',
		name: 'Genk',
		name_en: null,
		country_code: 'BE',
		region: 'Flanders',
		latitude: 50.965,
		longitude: 5.5008,
		population: 67_000,
		industries: ['coal_mining', 'other'],
		story:
			'Genk grew from a village into a city of many nationalities around three coal mines, the last of which closed in 1988; the Ford car plant followed in 2014.\n\nThe former Winterslag mine has become C-mine, a centre for culture, design and creative businesses. The city works with its people to create new jobs in technology, logistics and creative industries.'
	},
	{
		slug: 'bilbao',
		name: 'Bilbao',
		name_en: null,
		country_code: 'ES',
		region: 'Basque Country',
		latitude: 43.2627,
		longitude: -2.9253,
		population: 346_000,
		industries: ['steel', 'shipbuilding'],
		story:
			'Bilbao lived from iron ore, steelworks and shipyards along the Nervión estuary until they fell into deep crisis in the 1980s.\n\nThe city and the Basque government cleaned the river and rebuilt its banks; the Guggenheim Museum opened in 1997 on the former Abandoibarra docks. Bilbao became a reference for culture-led regeneration and is now turning the Zorrotzaurre peninsula into a new district.'
	},
	{
		slug: 'sheffield',
		name: 'Sheffield',
		name_en: null,
		country_code: 'GB',
		region: 'South Yorkshire, England',
		latitude: 53.383,
		longitude: -1.4659,
		population: 556_000,
		industries: ['steel'],
		story:
			'Sheffield made its name with cutlery and special steels, and lost tens of thousands of steel jobs in the 1980s.\n\nThe Lower Don Valley was redeveloped with sports venues and Meadowhall, and the city centre with the Winter Garden and the Peace Gardens. The university’s Advanced Manufacturing Research Centre helps local firms move into high-value manufacturing.'
	},
	{
		slug: 'saint-etienne',
		name: 'Saint-Étienne',
		name_en: null,
		country_code: 'FR',
		region: 'Auvergne-Rhône-Alpes',
		latitude: 45.4339,
		longitude: 4.39,
		population: 173_000,
		industries: ['coal_mining', 'steel', 'textiles'],
		story:
			'Saint-Étienne grew with coal mining, arms making, bicycles and ribbon weaving; the last mine of its basin closed in 1983.\n\nThe Couriot pit is now a mining museum and the former national arms factory houses the Cité du design. A UNESCO City of Design since 2010, the city uses design to renew its neighbourhoods and economy.'
	},
	{
		slug: 'tampere',
		name: 'Tampere',
		name_en: null,
		country_code: 'FI',
		region: 'Pirkanmaa',
		latitude: 61.4991,
		longitude: 23.7871,
		population: 255_000,
		industries: ['textiles', 'other'],
		story:
			'Tampere was the textile city of Finland, the “Manchester of the North”, with mills along the Tammerkoski rapids.\n\nWhen the Finlayson and Tampella mills closed in the late twentieth century, their red-brick halls became museums, offices, cinemas and homes. Today the city grows with technology firms, universities and a new tramway.'
	},
	{
		slug: 'torino',
		name: 'Torino',
		name_en: 'Turin',
		country_code: 'IT',
		region: 'Piedmont',
		latitude: 45.0705,
		longitude: 7.6868,
		population: 845_000,
		industries: ['other', 'steel'],
		story:
			'Turin was Italy’s car capital, built around the Fiat factories, and lost a large share of its industrial jobs from the 1980s on.\n\nThe Lingotto plant became a centre for fairs, shopping and culture, and the railway and factory land along the Spina Centrale was rebuilt as boulevards and new districts. The 2006 Winter Olympics and a network of museums helped the city become a destination for culture and tourism.'
	},
	{
		slug: 'gdansk',
		name: 'Gdańsk',
		name_en: null,
		country_code: 'PL',
		region: 'województwo pomorskie',
		latitude: 54.3523,
		longitude: 18.6491,
		population: 487_000,
		industries: ['shipbuilding'],
		story:
			'Stocznia Gdańska, kolebka Solidarności, zatrudniała kiedyś kilkanaście tysięcy osób; po 1990 roku przemysł stoczniowy gwałtownie się skurczył.\n\nNa terenach postoczniowych powstaje nowa dzielnica Młode Miasto, a obok historycznej bramy stoczni działa Europejskie Centrum Solidarności. Dawne hale stoczniowe służą dziś kulturze, usługom i mieszkańcom.'
	},
	{
		slug: 'zabrze',
		name: 'Zabrze',
		name_en: null,
		country_code: 'PL',
		region: 'województwo śląskie',
		latitude: 50.3249,
		longitude: 18.7858,
		population: 156_000,
		industries: ['coal_mining', 'steel'],
		story:
			'Zabrze było jednym z głównych ośrodków górnictwa węgla kamiennego i hutnictwa na Śląsku. Miasto uczyniło z dziedzictwa przemysłowego swoją markę: Zabytkowa Kopalnia Guido, Sztolnia Królowa Luiza i Główna Kluczowa Sztolnia Dziedziczna przyciągają turystów z całej Polski.\n\nZabrze rozwija też medycynę i naukę, ze Śląskim Centrum Chorób Serca na czele.'
	},
	{
		slug: 'dortmund',
		name: 'Dortmund',
		name_en: null,
		country_code: 'DE',
		region: 'North Rhine-Westphalia',
		latitude: 51.5149,
		longitude: 7.466,
		population: 595_000,
		industries: ['coal_mining', 'steel', 'other'],
		story:
			'Dortmund was a city of coal, steel and beer; its last colliery closed in 1987 and steelmaking ended in 2001, when the Phoenix-Ost steelworks closed and was shipped to China.\n\nOn the Phoenix-Ost site a lake, Phoenix See, is now surrounded by homes, and Phoenix-West hosts technology firms. The former Union brewery tower, the Dortmunder U, has become a centre for art and creativity.'
	}
];

export async function seedCities({ db }: Deps): Promise<void> {
	await db
		.insertInto('cities')
		.values(DEMO_CITIES.map((city) => ({ ...city, industries: [...city.industries], is_demo: true })))
		.execute();
}
