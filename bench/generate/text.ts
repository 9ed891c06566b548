/**
 * Practice texts of realistic length from sentence templates and the domain vocabulary: a
 * summary of about 60 words and sections of 150–400 words in all. Polish sentences use the
 * case each slot needs (gen/acc/inst/loc), and impersonal verb forms ("rozpoczęto",
 * "przygotowano") so no verb has to agree with a generated subject.
 */
import type { Rng } from '../lib/prng';
import {
	PL_DISTRICTS,
	PL_FUNDS,
	PL_GROUPS,
	PL_INDICATORS,
	PL_INDUSTRIES,
	PL_PARTNERS_INST,
	PL_PARTNERS_NOM,
	PL_PHRASES,
	PL_RARE,
	type PolishPhrase
} from './vocabulary.pl';
import {
	EN_DISTRICTS,
	EN_FUNDS,
	EN_GROUPS,
	EN_INDICATORS,
	EN_INDUSTRIES,
	EN_PARTNERS,
	EN_PHRASES,
	EN_RARE,
	type EnglishPhrase
} from './vocabulary.en';

export interface PracticeText {
	title: string;
	summary: string;
	context: string;
	approach: string;
	actors: string;
	funding_notes: string;
	results: string;
	failures: string;
	transfer_conditions: string;
}

export interface TextContext {
	town: string;
	/** Another town of the network, for "we learnt from ..." sentences. */
	otherTown: string;
	areas: string[];
	year: number;
	/** A rare word to weave in, or null (most practices). */
	rare: string | null;
	/** Set by practiceText. */
	language?: 'pl' | 'en';
}

type Section = Exclude<keyof PracticeText, 'title' | 'summary'>;
const SECTIONS: [Section, number][] = [
	['context', 0.2],
	['approach', 0.25],
	['actors', 0.1],
	['funding_notes', 0.1],
	['results', 0.15],
	['failures', 0.1],
	['transfer_conditions', 0.1]
];

const byArea = <T extends { area: string }>(items: T[]) => {
	const map = new Map<string, T[]>();
	for (const item of items) map.set(item.area, [...(map.get(item.area) ?? []), item]);
	return map;
};
const PL_BY_AREA = byArea(PL_PHRASES);
const EN_BY_AREA = byArea(EN_PHRASES);
const PL_PLACES = PL_PHRASES.filter((p) => p.place);
const EN_PLACES = EN_PHRASES.filter((p) => p.place);

const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

type Builder = (rng: Rng, ctx: TextContext) => string;

/** Fills sections with sentences from their builders until each reaches its word budget. */
function compose(rng: Rng, ctx: TextContext, builders: Record<Section | 'summary' | 'title', Builder[]>): PracticeText {
	const total = rng.int(150, 400);
	const text = { title: rng.pick(builders.title)(rng, ctx) } as PracticeText;
	const fill = (section: Section | 'summary', budget: number) => {
		const sentences: string[] = [];
		let words = 0;
		// every template once before any repeats, so a section does not say the same thing twice
		let order: Builder[] = [];
		while (words < budget) {
			if (order.length === 0) order = rng.sample(builders[section], builders[section].length);
			const sentence = order.pop()!(rng, ctx);
			sentences.push(sentence);
			words += countWords(sentence);
		}
		// approach reads as a list, as members write it
		return section === 'approach' ? sentences.map((s) => `- ${s}`).join('\n') : sentences.join(' ');
	};
	text.summary = fill('summary', rng.int(50, 65));
	for (const [section, share] of SECTIONS) text[section] = fill(section, Math.max(12, Math.round(total * share)));
	if (ctx.rare) text.context += ctx.language === 'pl' ? ` Zachowano też obiekt: ${ctx.rare}.` : ` The ${ctx.rare} was kept as well.`;
	return text;
}

// ---- Polish ----

const CASE = { nom: 0, gen: 1, acc: 2, inst: 3, loc: 4 } as const;
function plPhrase(rng: Rng, ctx: TextContext): PolishPhrase {
	const own = ctx.areas.length && rng.chance(0.75) ? PL_BY_AREA.get(rng.pick(ctx.areas)) : undefined;
	return rng.pick(own ?? PL_PHRASES);
}
const np = (rng: Rng, ctx: TextContext, c: keyof typeof CASE) => plPhrase(rng, ctx).forms[CASE[c]];
const place = (rng: Rng) => {
	const p = rng.pick(PL_PLACES);
	return `${p.place} ${p.forms[CASE.loc]}`;
};
const group = (rng: Rng) => rng.pick(PL_GROUPS)[0];
const groupAcc = (rng: Rng) => rng.pick(PL_GROUPS)[1];
const district = (rng: Rng) => rng.pick(PL_DISTRICTS);

const PL: Record<Section | 'summary' | 'title', Builder[]> = {
	title: [
		(r, c) => `${cap(np(r, c, 'nom'))} ${place(r)} w mieście ${c.town}`,
		(r, c) => `${cap(np(r, c, 'nom'))} w dzielnicy ${district(r)}: ${np(r, c, 'nom')} dla ${group(r)}`,
		(r, c) => `${c.town}: ${np(r, c, 'nom')} i ${np(r, c, 'nom')}`
	],
	summary: [
		(r, c) =>
			`W latach ${c.year}–${c.year + r.int(2, 8)} miasto ${c.town} prowadziło ${np(r, c, 'acc')} ${place(r)} w dzielnicy ${district(r)}.`,
		(r, c) => `Projekt połączył ${np(r, c, 'acc')} z ${np(r, c, 'inst')}, a jego celem było ograniczenie ${np(r, c, 'gen')}.`,
		(r, c) => `Działania objęły ${np(r, c, 'acc')}, ${np(r, c, 'acc')} oraz wsparcie dla ${group(r)}.`,
		(r) => `Z rozwiązania skorzystało ${r.int(40, 4000)} ${group(r)}.`,
		(r, c) => `Opisujemy, co się udało, czego nie udało się osiągnąć i czego potrzebuje inne miasto, aby powtórzyć ${np(r, c, 'acc')}.`
	],
	context: [
		(r, c) =>
			`Po zamknięciu ${r.pick(PL_INDUSTRIES)} w ${c.year - r.int(5, 30)} roku w mieście ${c.town} ubyło ${r.int(800, 12000)} miejsc pracy.`,
		(r, c) => `Największym wyzwaniem pozostaje kwestia ${np(r, c, 'gen')}, zwłaszcza w dzielnicy ${district(r)}.`,
		(r, c) => `Mieszkańcy od lat zwracali uwagę na ${np(r, c, 'acc')} i brak ${np(r, c, 'gen')}.`,
		(r, c) =>
			`Liczba mieszkańców spadła od ${c.year - r.int(10, 25)} roku o ${r.int(5, 30)}%, a pilnych działań wymaga też kwestia ${np(r, c, 'gen')}.`,
		(r, c) => `Dotychczasowe programy nie obejmowały ${np(r, c, 'gen')} ani ${np(r, c, 'gen')}.`,
		(r) => `${cap(place(r))} od lat nie prowadzono żadnych inwestycji.`,
		(r) => `Wśród ${group(r)} bezrobocie było dwukrotnie wyższe niż średnia w regionie.`
	],
	approach: [
		(r, c) => `W ${c.year} roku rozpoczęto ${np(r, c, 'acc')} ${place(r)}.`,
		(r) => `Przeprowadzono ${r.int(5, 40)} spotkań konsultacyjnych z udziałem ${group(r)}.`,
		(r, c) => `Przygotowano ${np(r, c, 'acc')} we współpracy z ${r.pick(PL_PARTNERS_INST)}.`,
		(r, c) => `Zaplanowano ${np(r, c, 'acc')} oraz ${np(r, c, 'acc')} dla ${group(r)}.`,
		(r) => `${cap(place(r))} powstały pracownie, kawiarnie i przestrzeń dla ${group(r)}.`,
		(r) => `Zespół projektu prowadził dyżury w dzielnicy ${district(r)} dwa razy w tygodniu.`,
		(r, c) => `Wykorzystano doświadczenia miasta ${c.otherTown} w zakresie ${np(r, c, 'gen')}.`,
		(r, c) => `Uruchomiono ${np(r, c, 'acc')} z naciskiem na ${np(r, c, 'acc')}.`
	],
	actors: [
		(r) =>
			`Partnerzy: ${r
				.sample(PL_PARTNERS_NOM, 4)
				.join(', ')
				.replace(/, ([^,]*)$/, ' i $1')}.`,
		(r) => `W projekt zaangażowało się ${r.int(5, 30)} organizacji pozarządowych i ${r.int(5, 20)} lokalnych firm.`,
		(r) => `Kluczową rolę odegrała współpraca z ${r.pick(PL_PARTNERS_INST)}.`
	],
	funding_notes: [
		(r) => `Projekt sfinansowano ze środków ${r.pick(PL_FUNDS)} (${r.int(1, 80)} mln zł) oraz ${r.pick(PL_FUNDS)}.`,
		(r) => `Wkład własny gminy wyniósł ${r.int(10, 40)}% kosztów.`,
		() => `Koszty utrzymania pokrywa budżet miasta i przychody z wynajmu.`,
		(r) => `Część działań wsparto z ${r.pick(PL_FUNDS)} w ramach naboru z ${r.int(2015, 2025)} roku.`
	],
	results: [
		(r, c) => `Liczba ${group(r)} korzystających z ${np(r, c, 'gen')} wzrosła z ${r.int(10, 300)} do ${r.int(400, 5000)}.`,
		(r) => `${cap(place(r))} powstało ${r.int(5, 400)} nowych miejsc pracy.`,
		(r) => `Wskaźnik ${r.pick(PL_INDICATORS)} spadł z ${r.int(15, 40)}% do ${r.int(3, 14)}%.`,
		(r, c) => `Efektem projektu jest też lepsza opinia mieszkańców o ${np(r, c, 'loc')}.`
	],
	failures: [
		(r, c) => `Nie udało się utrzymać ${np(r, c, 'gen')} po zakończeniu finansowania.`,
		(r) => `Opóźnienia wynikały z procedur przetargowych i sporów o własność gruntów w dzielnicy ${district(r)}.`,
		(r) => `Zbyt późno włączono ${groupAcc(r)} w planowanie.`,
		(r, c) => `Koszty ${np(r, c, 'gen')} okazały się o ${r.int(10, 60)}% wyższe, niż zakładano.`,
		(r, c) => `Część ${group(r)} nie skorzystała z ${np(r, c, 'gen')}.`
	],
	transfer_conditions: [
		(r, c) => `Miasto, które chce powtórzyć to rozwiązanie, powinno zadbać o ${np(r, c, 'acc')} i ${np(r, c, 'acc')}.`,
		(r, c) => `Ważne jest wcześniejsze przygotowanie ${np(r, c, 'gen')}.`,
		(r, c) => `Warto skontaktować się z zespołem z miasta ${c.town} przed złożeniem wniosku do ${r.pick(PL_FUNDS)}.`,
		(r) => `Potrzebne jest zaangażowanie ${group(r)} od samego początku.`
	]
};

// ---- English ----

function enPhrase(rng: Rng, ctx: TextContext): EnglishPhrase {
	const own = ctx.areas.length && rng.chance(0.75) ? EN_BY_AREA.get(rng.pick(ctx.areas)) : undefined;
	return rng.pick(own ?? EN_PHRASES);
}
const en = (rng: Rng, ctx: TextContext) => enPhrase(rng, ctx).text;
const enPlace = (rng: Rng) => {
	const p = rng.pick(EN_PLACES);
	return `${p.place} ${p.text}`;
};

const EN: Record<Section | 'summary' | 'title', Builder[]> = {
	title: [
		(r, c) => `${cap(en(r, c))} ${enPlace(r)} in ${c.town}`,
		(r, c) => `${cap(en(r, c))} in the ${r.pick(EN_DISTRICTS)} district: ${en(r, c)} for ${r.pick(EN_GROUPS)}`,
		(r, c) => `${c.town}: ${en(r, c)} and ${en(r, c)}`
	],
	summary: [
		(r, c) =>
			`From ${c.year} to ${c.year + r.int(2, 8)} the town of ${c.town} worked on ${en(r, c)} ${enPlace(r)} in the ${r.pick(EN_DISTRICTS)} district.`,
		(r, c) => `The project linked ${en(r, c)} with ${en(r, c)}, aiming to reduce ${r.pick(EN_INDICATORS)}.`,
		(r, c) => `It covered ${en(r, c)}, ${en(r, c)} and support for ${r.pick(EN_GROUPS)}.`,
		(r) => `About ${r.int(40, 4000)} ${r.pick(EN_GROUPS)} took part.`,
		() => `We describe what worked, what did not, and what another town needs to repeat it.`
	],
	context: [
		(r, c) => `When ${r.pick(EN_INDUSTRIES)} closed in ${c.year - r.int(5, 30)}, ${c.town} lost around ${r.int(800, 12000)} jobs.`,
		(r, c) => `The biggest challenge remains ${en(r, c)}, especially in the ${r.pick(EN_DISTRICTS)} district.`,
		(r, c) => `For years residents had pointed to ${en(r, c)} and the lack of ${en(r, c)}.`,
		(r, c) => `The population has fallen by ${r.int(5, 30)}% since ${c.year - r.int(10, 25)}, and ${en(r, c)} needs urgent attention.`,
		(r, c) => `Earlier programmes did not cover ${en(r, c)} or ${en(r, c)}.`,
		(r) => `Nothing had been invested ${enPlace(r)} for decades.`,
		(r) => `Among ${r.pick(EN_GROUPS)}, unemployment was twice the regional average.`
	],
	approach: [
		(r, c) => `In ${c.year} work started on ${en(r, c)} ${enPlace(r)}.`,
		(r) => `We held ${r.int(5, 40)} consultation meetings with ${r.pick(EN_GROUPS)}.`,
		(r, c) => `${cap(en(r, c))} was prepared together with ${r.pick(EN_PARTNERS)}.`,
		(r, c) => `We planned ${en(r, c)} and ${en(r, c)} for ${r.pick(EN_GROUPS)}.`,
		(r) => `Studios, cafés and space for ${r.pick(EN_GROUPS)} opened ${enPlace(r)}.`,
		(r) => `The project team held drop-in hours in the ${r.pick(EN_DISTRICTS)} district twice a week.`,
		(r, c) => `We used the experience of ${c.otherTown} with ${en(r, c)}.`,
		(r, c) => `We launched ${en(r, c)} with a focus on ${en(r, c)}.`
	],
	actors: [
		(r) =>
			`Partners: ${r
				.sample(EN_PARTNERS, 4)
				.join(', ')
				.replace(/, ([^,]*)$/, ' and $1')}.`,
		(r) => `${r.int(5, 30)} community organisations and ${r.int(5, 20)} local firms were involved.`,
		(r) => `Working with ${r.pick(EN_PARTNERS)} proved essential.`
	],
	funding_notes: [
		(r) => `The project was funded by ${r.pick(EN_FUNDS)} (EUR ${r.int(1, 20)} million) and ${r.pick(EN_FUNDS)}.`,
		(r) => `The municipality's own contribution was ${r.int(10, 40)}% of the cost.`,
		() => `Running costs are covered by the city budget and rental income.`,
		(r) => `Some activities were supported by ${r.pick(EN_FUNDS)} in its ${r.int(2015, 2025)} call.`
	],
	results: [
		(r, c) => `The number of ${r.pick(EN_GROUPS)} using ${en(r, c)} grew from ${r.int(10, 300)} to ${r.int(400, 5000)}.`,
		(r) => `${r.int(5, 400)} new jobs were created ${enPlace(r)}.`,
		(r) => `The rate of ${r.pick(EN_INDICATORS)} fell from ${r.int(15, 40)}% to ${r.int(3, 14)}%.`,
		(r, c) => `Residents also think better of ${en(r, c)} than before.`
	],
	failures: [
		(r, c) => `We could not keep ${en(r, c)} going after the funding ended.`,
		(r) => `Delays came from tendering rules and disputes over land ownership in the ${r.pick(EN_DISTRICTS)} district.`,
		(r) => `${cap(r.pick(EN_GROUPS))} were involved too late in the planning.`,
		(r, c) => `The cost of ${en(r, c)} was ${r.int(10, 60)}% higher than expected.`,
		(r, c) => `Some ${r.pick(EN_GROUPS)} did not benefit from ${en(r, c)}.`
	],
	transfer_conditions: [
		(r, c) => `A town that wants to repeat this should secure ${en(r, c)} and ${en(r, c)}.`,
		(r, c) => `It is important to prepare ${en(r, c)} early.`,
		(r, c) => `Talk to the team in ${c.town} before applying to ${r.pick(EN_FUNDS)}.`,
		(r) => `${cap(r.pick(EN_GROUPS))} need to be involved from the very start.`
	]
};

export function practiceText(rng: Rng, language: 'pl' | 'en', ctx: TextContext): PracticeText {
	return compose(rng, { ...ctx, language }, language === 'pl' ? PL : EN);
}

/** A rare word for roughly one practice in `every`, in the practice's language. */
export function rareWord(rng: Rng, language: 'pl' | 'en', every: number): string | null {
	if (!rng.chance(1 / every)) return null;
	return rng.pick(language === 'pl' ? PL_RARE : EN_RARE);
}

/** One sentence for an organisation description or a person's bio. */
export function shortText(rng: Rng, language: 'pl' | 'en', ctx: TextContext): string {
	return rng.pick((language === 'pl' ? PL : EN).approach)(rng, ctx);
}

export { PL_RARE, EN_RARE };

// ---- pieces for discussions and events (text-discussions-events.ts) ----

export type GrammaticalCase = keyof typeof CASE;
export type SentenceKind = Section;

/** A noun phrase of the context's areas: Polish in the case asked for, English as it is. */
export function nounPhrase(rng: Rng, language: 'pl' | 'en', ctx: TextContext, grammaticalCase: GrammaticalCase = 'nom'): string {
	return language === 'pl' ? np(rng, ctx, grammaticalCase) : en(rng, ctx);
}

/** "na hałdzie pogórniczej", "on the former colliery site". */
export function placePhrase(rng: Rng, language: 'pl' | 'en'): string {
	return language === 'pl' ? place(rng) : enPlace(rng);
}

/** One sentence as the given section of a practice would have it. */
export function sectionSentence(rng: Rng, language: 'pl' | 'en', ctx: TextContext, section: SentenceKind): string {
	return rng.pick((language === 'pl' ? PL : EN)[section])(rng, { ...ctx, language });
}

/** A group of people: Polish genitive or accusative plural ("mieszkańców", "rodziny z dziećmi"), English plural. */
export function peopleGroup(rng: Rng, language: 'pl' | 'en', grammaticalCase: 'gen' | 'acc' = 'gen'): string {
	if (language === 'en') return rng.pick(EN_GROUPS);
	return grammaticalCase === 'gen' ? group(rng) : groupAcc(rng);
}

export function districtName(rng: Rng, language: 'pl' | 'en'): string {
	return language === 'pl' ? district(rng) : rng.pick(EN_DISTRICTS);
}

export function fundName(rng: Rng, language: 'pl' | 'en'): string {
	return rng.pick(language === 'pl' ? PL_FUNDS : EN_FUNDS);
}

export { cap as capitalise };
