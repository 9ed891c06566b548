/**
 * Demo general discussions (no group): three conversations among demo people in Polish and
 * English — heating old miners' housing, keeping young people, using EU funds — and one long
 * news board (~120 replies) so that thread pages, links to a reply and "page 2" show.
 * Rows are written directly; participants follow their threads as posting through the site does.
 * "@{email}" in a text becomes that person's @handle.
 */
import type { Kysely } from 'kysely';
import type { Deps } from '../../platform/core';
import type { DB } from '../../platform/db';
import { slugCandidates, slugify } from '../../shared';

const HOUR = 3_600_000;
const ago = (hours: number) => new Date(Date.now() - hours * HOUR);

export const LONG_THREAD_TITLE = 'Wieści z miast sieci / News from our cities';

interface DemoPost {
	by: string;
	text: string;
	/** Hours before now. */
	at: number;
	editedAfter?: number;
}

interface DemoThread {
	title: string;
	posts: DemoPost[];
}

const EWA = 'ewa@headframe.example';
const MAGDA = 'koordynator@headframe.example';
const TOMASZ = 'tomasz.lewandowski@headframe.example';
const ROBERT = 'robert.pawlak@headframe.example';
const KATARZYNA = 'katarzyna.dabrowska@headframe.example';
const PAWEL = 'pawel.kaminski@headframe.example';
const DAVID = 'david.hughes@headframe.example';
const JOANNA = 'joanna.mazur@headframe.example';
const GIULIA = 'giulia.rossi@headframe.example';
const AINO = 'aino.virtanen@headframe.example';
const PIOTR = 'piotr.zielinski@headframe.example';
const SABINE = 'sabine.hoffmann@headframe.example';
const THOMAS = 'thomas.becker@headframe.example';
const JAN = 'jan.novak@headframe.example';
const KRZYSZTOF = 'krzysztof.nowicki@headframe.example';
const CLAIRE = 'claire.dubois@headframe.example';
const MARTA = 'marta.szymanska@headframe.example';
const BARBARA = 'barbara.grabowska@headframe.example';
const MICHAL = 'michal.kaczmarek@headframe.example';
const LUCIE = 'lucie.dvorakova@headframe.example';
const MARKUS = 'markus.schneider@headframe.example';
const SARAH = 'sarah.thompson@headframe.example';
const AGNIESZKA = 'agnieszka.wojcik@headframe.example';

const THREADS: DemoThread[] = [
	{
		title: 'Ogrzewanie w starych domach górniczych — od czego zacząć?',
		posts: [
			{
				by: EWA,
				at: 240,
				text: `W Wałbrzychu mamy ponad 300 budynków w dawnych koloniach górniczych, w większości z piecami kaflowymi. Program „Czyste powietrze” działa, ale mieszkańcy (często emeryci) boją się formalności i kosztów.

Od czego zaczęliście u siebie? Najbardziej interesuje mnie:

- czy najpierw termomodernizacja, czy od razu wymiana źródła ciepła,
- jak rozmawiać z lokatorami mieszkań komunalnych,
- czy ktoś próbował wspólnej kotłowni dla kilku familoków.`
			},
			{
				by: TOMASZ,
				at: 236,
				text: `W Bytomiu na Rozbarku zaczęliśmy od audytów energetycznych całych podwórek, nie pojedynczych budynków. Wyszło taniej i mieszkańcy widzieli, że sąsiedzi też w tym są.

Kolejność: docieplenie stropów i wymiana okien, dopiero potem pompy ciepła. Bez tego pompa w starym domu pracuje drogo.`
			},
			{
				by: ROBERT,
				at: 230,
				text: `Potwierdzam to, co pisze Tomasz. Dodam jedno: w budynkach z cegły sprzed 1939 r. docieplenie od zewnątrz bywa niemożliwe (elewacje pod ochroną konserwatora). Wtedy zostaje ocieplenie od wewnątrz — trzeba uważać na punkt rosy.

@{${EWA}} mogę podesłać arkusz, którym liczymy opłacalność wariantów dla jednego budynku.`
			},
			{
				by: EWA,
				at: 226,
				text: `> @{${ROBERT}} mogę podesłać arkusz

Bardzo proszę! Przyda się na spotkanie z zarządcą zasobu komunalnego w przyszłym tygodniu.`
			},
			{
				by: KATARZYNA,
				at: 200,
				text: `Z naszych badań na Śląsku: największą barierą nie jest technologia, tylko wkład własny i zaufanie. Tam, gdzie gmina zatrudniła „doradcę energetycznego na klatce”, który chodził od drzwi do drzwi, liczba wniosków wzrosła kilkukrotnie.`,
				editedAfter: 2
			},
			{
				by: PAWEL,
				at: 150,
				text: `W Łodzi robiliśmy wspólną kotłownię dla trzech kamienic w jednym kwartale. Da się, ale potrzebna jest jedna wspólnota albo umowa między wspólnotami — to zajęło nam rok. Chętnie opowiem na konsultacji.`
			}
		]
	},
	{
		title: 'Keeping young people in our towns: what has actually worked?',
		posts: [
			{
				by: DAVID,
				at: 180,
				text: `Our data for Sheffield's former steel districts show the same pattern as many of your cities: people aged 19–30 leave for study and rarely come back.

What has **actually** made a difference where you are? Not strategies — things that changed numbers or at least stories.`
			},
			{
				by: GIULIA,
				at: 175,
				text: `In Turin, the thing that worked best was cheap space: former car-industry halls rented for a symbolic fee to groups of young makers, with a rule that they open the workshop to the neighbourhood once a week. People stay where they have built something.`
			},
			{
				by: JOANNA,
				at: 170,
				text: `W Wałbrzychu (sorry, in English: in Wałbrzych) our foundation runs a summer programme where teenagers record the stories of retired miners. Several of them later studied history or film — and two came back to work with us. Small numbers, but real.`
			},
			{
				by: AINO,
				at: 160,
				text: `Housing is the quiet factor. In Tampere the first flat matters more than jobs for many graduates; the city's rental company keeps a quota for people under 30 in the old mill districts.

@{${DAVID}} do you have figures on housing costs vs. leaving?`
			},
			{
				by: DAVID,
				at: 150,
				text: `@{${AINO}} yes, there is a clear link in our 2023 survey: rent above a third of a starting salary doubles the share of those who plan to leave. I will add the table to the knowledge base.`
			},
			{
				by: PIOTR,
				at: 120,
				text: `Z Katowic: pomogło połączenie stypendiów z praktykami w lokalnych firmach — warunkiem stypendium jest rok pracy w mieście po studiach. Wyniki pokażemy na konferencji w przyszłym miesiącu.`
			},
			{
				by: SABINE,
				at: 90,
				text: `From Essen: do not forget the young people who never left but have no prospects. Our skills programme for miners' families starts with what they already do (repairing, caring, organising) and turns it into certificates.`
			}
		]
	},
	{
		title: 'Using EU funds without drowning in paperwork / Fundusze UE bez tonięcia w papierach',
		posts: [
			{
				by: THOMAS,
				at: 100,
				text: `The Just Transition Fund calls are finally open in several of our regions. Every time, small organisations give up because of the reporting.

Who has a working split of tasks between a city hall and NGOs, where the city carries the administration and NGOs do the work?`
			},
			{
				by: JAN,
				at: 96,
				text: `Ostrava does this with a "grant office" in the city that prepares and reports joint applications. NGOs sign a partnership agreement and report activities, not invoices. It took a year to set up, but the number of partners doubled.`
			},
			{
				by: KRZYSZTOF,
				at: 80,
				text: `U nas w Wałbrzychu podobnie, tylko na mniejszą skalę: urząd prowadzi rozliczenie, organizacje dostają zaliczki. Kluczowe było jedno wspólne narzędzie do dokumentowania wskaźników — nawet zwykły arkusz.`
			},
			{
				by: CLAIRE,
				at: 60,
				text: `In Charleroi we learned to budget the administration itself (up to 7% of direct costs) instead of hiding it. Then the city can pay a real person to do it.`
			},
			{
				by: MAGDA,
				at: 30,
				text: `Dziękuję za te przykłady. Zbierzemy je w jedną praktykę w bazie wiedzy — @{${JAN}} i @{${CLAIRE}}, czy mogę Was poprosić o krótkie opisy do końca miesiąca?`
			}
		]
	}
];

/** The long thread: news of the week from the network's cities, about 120 replies. */
const NEWS: { by: string; text: string }[] = [
	{ by: EWA, text: 'Wałbrzych: ruszył nabór do programu wymiany pieców w koloniach górniczych. Pierwsze 40 wniosków w tydzień.' },
	{ by: JAN, text: 'Ostrava: the second hall of the former Hlubina mine opened as a rehearsal space for young bands.' },
	{ by: THOMAS, text: 'Essen: we submitted our Just Transition Fund application with four partner NGOs. Fingers crossed.' },
	{ by: CLAIRE, text: 'Charleroi: the slag heap walking trail now has signs in four languages.' },
	{ by: TOMASZ, text: 'Bytom: na Rozbarku odnowiliśmy kolejne dwa podwórka; mieszkańcy sami wybrali rośliny.' },
	{ by: MARTA, text: 'Żyrardów: w dawnej przędzalni otworzyliśmy warsztaty tkackie dla dzieci — komplet na pół roku.' },
	{ by: DAVID, text: 'Sheffield: our housing and health survey got 1,200 answers; first results next month.' },
	{ by: GIULIA, text: 'Turin: twelve young makers moved into the former body shop; open workshop every Thursday.' },
	{ by: BARBARA, text: 'Zabrze: nowa trasa podziemna dla osób na wózkach jest już w fazie testów z mieszkańcami.' },
	{ by: MICHAL, text: 'Gdańsk: spółdzielnia na terenach postoczniowych przyjęła pięciu nowych członków.' },
	{ by: LUCIE, text: 'Ostrava: volunteers at Michal colliery started guided tours led by former miners.' },
	{ by: MARKUS, text: 'Bochum: the traffic plan for the former Opel site passed the city council.' },
	{ by: SARAH, text: 'Sheffield: oral history evening in a steel workshop — eighty people, many first-time visitors.' },
	{ by: AGNIESZKA, text: 'Bytom: sąsiedzka naprawialnia rowerów działa już w trzech podwórkach.' },
	{ by: PAWEL, text: 'Łódź: mieszkańcy kamienicy przy Wschodniej sami zaprojektowali wspólną pralnię.' },
	{ by: KATARZYNA, text: 'Katowice: opublikowaliśmy raport o ubóstwie energetycznym w dzielnicach górniczych.' },
	{ by: SABINE, text: 'Essen: 18 people finished the skills course this term; six already have job offers.' },
	{ by: AINO, text: 'Tampere: the mill district festival is looking for partner cities for next summer.' },
	{ by: ROBERT, text: 'Łódź: audyt energetyczny dawnej fabryki wykazał, że pompa ciepła zwróci się w 9 lat.' },
	{ by: PIOTR, text: 'Katowice: pierwsze dwie osoby ze stypendium „Zostań w mieście” zaczęły pracę w lokalnych firmach.' }
];

function longThread(): DemoThread {
	const posts: DemoPost[] = [
		{
			by: MAGDA,
			at: 24 * 60,
			text: `Krótkie wieści z naszych miast — jedno, dwa zdania, co się zmieniło w tym tygodniu. Piszcie po polsku albo po angielsku.

*Short news from our cities: one or two sentences on what changed this week, in Polish or English.*`
		}
	];
	const rounds = 6;
	const count = NEWS.length * rounds; // 120 replies
	for (let i = 0; i < count; i++) {
		const news = NEWS[i % NEWS.length];
		const week = Math.floor(i / NEWS.length) + 1;
		const label = /^(Wałbrzych|Bytom|Żyrardów|Zabrze|Gdańsk|Łódź|Katowice):/.test(news.text) ? `Tydzień ${week}` : `Week ${week}`;
		posts.push({ by: news.by, text: `**${label}.** ${news.text}`, at: 24 * 60 - (i + 1) * 11 });
	}
	return { title: LONG_THREAD_TITLE, posts };
}

async function freeSlug(db: Kysely<DB>, title: string): Promise<string> {
	const base = slugify(title, 'discussion');
	for (const slug of slugCandidates(base)) {
		const taken = await db.selectFrom('threads').select('id').where('slug', '=', slug).executeTakeFirst();
		if (!taken) return slug;
	}
	throw new Error('unreachable');
}

export async function seedDiscussions({ db }: Deps): Promise<void> {
	const emails = new Set<string>();
	const threads = [...THREADS, longThread()];
	for (const thread of threads) for (const post of thread.posts) emails.add(post.by);
	const people = await db
		.selectFrom('people')
		.select(['id', 'email', 'handle'])
		.where('email', 'in', [...emails])
		.execute();
	const byEmail = new Map(people.map((p) => [p.email, p]));
	const person = (email: string) => {
		const found = byEmail.get(email);
		if (!found) throw new Error(`discussions seed: no demo person ${email}`);
		return found;
	};
	const withHandles = (text: string) => text.replace(/@\{([^}]+)\}/g, (_, email: string) => `@${person(email).handle}`);

	for (const thread of threads) {
		const first = thread.posts[0];
		const last = thread.posts[thread.posts.length - 1];
		const row = await db
			.insertInto('threads')
			.values({
				slug: await freeSlug(db, thread.title),
				group_id: null,
				title: thread.title,
				author_id: person(first.by).id,
				post_count: thread.posts.length,
				last_post_at: ago(last.at),
				created_at: ago(first.at),
				updated_at: ago(last.at)
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		const rows = thread.posts.map((post, index) => ({
			thread_id: row.id,
			number: index + 1,
			author_id: person(post.by).id,
			body: withHandles(post.text),
			created_at: ago(post.at),
			edited_at: post.editedAfter ? ago(post.at - post.editedAfter) : null
		}));
		for (let i = 0; i < rows.length; i += 500)
			await db
				.insertInto('posts')
				.values(rows.slice(i, i + 500))
				.execute();
		const participants = [...new Set(thread.posts.map((post) => person(post.by).id))];
		await db
			.insertInto('follows')
			.values(participants.map((id) => ({ person_id: id, target_type: 'thread' as const, target_id: row.id })))
			.onConflict((oc) => oc.doNothing())
			.execute();
	}
}
