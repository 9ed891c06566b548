/**
 * Texts of what members do together: thread titles and posts (Markdown, as the reply form
 * sends it), working-group names, event titles, descriptions, programmes and notes. Built from
 * the same vocabulary and sentence builders as the practices, so search and the lemmatiser see
 * the same language.
 */
import type { Rng } from '../lib/prng';
import { capitalise as cap, districtName, fundName, nounPhrase, peopleGroup, placePhrase, sectionSentence, type TextContext } from './text';

type Language = 'pl' | 'en';

// ---- discussions ----

export function threadTitle(rng: Rng, language: Language, ctx: TextContext): string {
	const n = (c: 'nom' | 'gen' | 'acc' | 'inst' | 'loc' = 'nom') => nounPhrase(rng, language, ctx, c);
	const templates: (() => string)[] =
		language === 'pl'
			? [
					() => `Jak sfinansować ${n('acc')}?`,
					() => `${cap(n())} — od czego zacząć?`,
					() => `Kto ma doświadczenie z ${n('inst')}?`,
					() => `${cap(n())} w małych miastach: co zadziałało?`,
					() => `Szukamy partnerów: ${n()} i ${n()}`,
					() => `Jak zaangażować ${peopleGroup(rng, language, 'acc')} w ${n('acc')}?`,
					() => `${ctx.town}: ${n()} po pięciu latach`,
					() => `Czego nie robić przy ${n('loc')}?`
				]
			: [
					() => `How did you fund ${n()}?`,
					() => `${cap(n())}: where do we start?`,
					() => `Anyone with experience of ${n()}?`,
					() => `${cap(n())} in small towns: what has worked?`,
					() => `Looking for partners: ${n()} and ${n()}`,
					() => `How to get ${peopleGroup(rng, language)} involved in ${n()}?`,
					() => `${ctx.town}: ${n()} five years on`,
					() => `Mistakes to avoid with ${n()}`
				];
	return rng.pick(templates)().slice(0, 200);
}

/** The opening post: the situation in the author's town, then the questions, often as a list. */
export function openingPost(rng: Rng, language: Language, ctx: TextContext): string {
	const context = [sectionSentence(rng, language, ctx, 'context'), sectionSentence(rng, language, ctx, 'approach')];
	if (rng.chance(0.5)) context.push(sectionSentence(rng, language, ctx, 'failures'));
	const questions =
		language === 'pl'
			? [
					`czy ktoś łączył ${nounPhrase(rng, language, ctx, 'acc')} z ${nounPhrase(rng, language, ctx, 'inst')},`,
					`jak rozmawiać z ${rng.pick(['radą osiedla', 'konserwatorem zabytków', 'zarządcą zasobu komunalnego', 'urzędem marszałkowskim'])},`,
					`ile kosztowało przygotowanie ${nounPhrase(rng, language, ctx, 'gen')}.`
				]
			: [
					`has anyone combined ${nounPhrase(rng, language, ctx)} with ${nounPhrase(rng, language, ctx)},`,
					`how to work with ${rng.pick(['the neighbourhood council', 'the heritage office', 'the housing company', 'the regional authority'])},`,
					`what the preparation of ${nounPhrase(rng, language, ctx)} cost.`
				];
	const ask = language === 'pl' ? 'Najbardziej interesuje mnie:' : 'What I would most like to know:';
	if (rng.chance(0.6))
		return `${context.join(' ')}\n\n${ask}\n\n${rng
			.sample(questions, rng.int(2, 3))
			.map((q) => `- ${q}`)
			.join('\n')}`;
	const single =
		language === 'pl'
			? `Czy ktoś z Was próbował czegoś podobnego ${placePhrase(rng, language)}?`
			: `Has anyone tried something similar ${placePhrase(rng, language)}?`;
	return `${context.join(' ')}\n\n${single}`;
}

export interface ReplyContext extends TextContext {
	/** A handle of someone earlier in the thread, for an @mention, or null. */
	mention: string | null;
	/** An earlier post's number to refer to ("#12"), or null. */
	refer: number | null;
}

/** A reply: experience from the author's town, a question, agreement or thanks. */
export function replyBody(rng: Rng, language: Language, ctx: ReplyContext): string {
	const s = (kind: Parameters<typeof sectionSentence>[3]) => sectionSentence(rng, language, ctx, kind);
	const pl = language === 'pl';
	const lead = ctx.mention ? `@${ctx.mention} ` : '';
	const kind = rng.weighted([
		['experience', 50],
		['question', 15],
		['agree', 15],
		['thanks', 8],
		['list', 12]
	] as const);
	switch (kind) {
		case 'experience': {
			const opener = pl
				? rng.pick([
						`U nas w mieście ${ctx.town}:`,
						`W mieście ${ctx.town} wyglądało to tak.`,
						'Z naszego doświadczenia:',
						'Podzielę się tym, co wiemy.'
					])
				: rng.pick([`In ${ctx.town} it went like this.`, 'From our experience:', `Here in ${ctx.town}:`, 'Sharing what we learnt.']);
			const body = [s('approach'), s(rng.pick(['results', 'failures', 'funding_notes'] as const))];
			if (rng.chance(0.4)) body.push(s('transfer_conditions'));
			return `${lead}${opener} ${body.join(' ')}`;
		}
		case 'question':
			return pl
				? `${lead}${rng.pick(['Dziękuję za opis.', 'Ciekawe.', 'To brzmi znajomo.'])} Jak długo trwało przygotowanie ${nounPhrase(rng, language, ctx, 'gen')}? Jak duży był udział ${peopleGroup(rng, language)} w pracach ${placePhrase(rng, language)}?`
				: `${lead}${rng.pick(['Thanks for the detail.', 'Interesting.', 'This sounds familiar.'])} How long did it take to prepare ${nounPhrase(rng, language, ctx)}? Were ${peopleGroup(rng, language)} involved from the start?`;
		case 'agree': {
			const ref = ctx.refer ? (pl ? `Zgadzam się z #${ctx.refer}.` : `I agree with #${ctx.refer}.`) : pl ? 'Potwierdzam.' : 'Agreed.';
			return `${lead}${ref} ${s(rng.pick(['results', 'failures', 'context'] as const))}`;
		}
		case 'thanks':
			return pl
				? `${lead}${rng.pick(['Dziękuję, to bardzo pomocne!', 'Bardzo dziękuję, podeślę to naszemu zespołowi.', 'Świetnie, przyda się na spotkanie w przyszłym tygodniu.'])}`
				: `${lead}${rng.pick(['Thanks, very helpful!', 'Thank you, I will pass this on to our team.', 'Great, this will help at our meeting next week.'])}`;
		case 'list':
			return `${lead}${pl ? 'Nasza kolejność była taka:' : 'Our order of work was:'}\n\n${[s('approach'), s('approach'), s('results')].map((x, i) => `${i + 1}. ${x}`).join('\n')}\n\n${pl ? `Najtrudniejsza była kwestia **${nounPhrase(rng, language, ctx, 'gen')}**.` : `The hardest part was **${nounPhrase(rng, language, ctx)}**.`}`;
	}
}

/** One line of the network's news board: the week, the town, one result. */
export function newsItem(rng: Rng, language: Language, ctx: TextContext, week: number): string {
	return `**${language === 'pl' ? 'Tydzień' : 'Week'} ${week}.** ${ctx.town}: ${sectionSentence(rng, language, ctx, 'results')}`;
}

// ---- working groups ----

export function groupName(rng: Rng, language: Language, ctx: TextContext): string {
	const n = nounPhrase(rng, language, ctx);
	return language === 'pl'
		? rng.pick([`Grupa robocza: ${n}`, `Sieć miast: ${n}`, `${cap(n)} – wymiana doświadczeń`, `Grupa tematyczna: ${n}`])
		: rng.pick([`Working group: ${n}`, `${cap(n)} peer network`, `Cities working on ${n}`, `Thematic group: ${n}`]);
}

export function groupDescription(rng: Rng, language: Language, ctx: TextContext, kind: 'open' | 'closed' | 'secret'): string {
	const what = sectionSentence(rng, language, ctx, 'transfer_conditions');
	if (language === 'pl') {
		const who = {
			open: 'Grupa otwarta dla wszystkich członków sieci: dołącz i zacznij dyskusję.',
			closed: 'Grupa zamknięta: poproś o dołączenie, koordynatorzy odpowiadają w ciągu kilku dni.',
			secret: 'Grupa tylko dla zaproszonych.'
		}[kind];
		return `Dzielimy się tym, co działa, porównujemy miasta i przygotowujemy wspólne projekty. ${what}\n\n${who}`;
	}
	const who = {
		open: 'Open to every member of the network: join and start a discussion.',
		closed: 'Closed group: ask to join, the coordinators answer within a few days.',
		secret: 'By invitation only.'
	}[kind];
	return `We share what works, compare cities and prepare joint projects. ${what}\n\n${who}`;
}

/** What someone asking to join a closed group writes. */
export function joinMessage(rng: Rng, language: Language, ctx: TextContext): string {
	return language === 'pl'
		? `Pracuję nad ${nounPhrase(rng, language, ctx, 'inst')} w mieście ${ctx.town} i chętnie dołączę.`
		: `I work on ${nounPhrase(rng, language, ctx)} in ${ctx.town} and would like to join.`;
}

// ---- events ----

export type GeneratedEventType = 'meeting' | 'workshop' | 'conference' | 'study_visit';

export function eventTitle(rng: Rng, language: Language, ctx: TextContext, type: GeneratedEventType, online: boolean): string {
	const n = nounPhrase(rng, language, ctx);
	const m = nounPhrase(rng, language, ctx);
	if (language === 'pl') {
		const titles: Record<GeneratedEventType, string[]> = {
			meeting: online
				? [`Spotkanie online: ${n}`, `Rozmowa online: ${n} w praktyce`]
				: [`Spotkanie sieci: ${n}`, `Spotkanie w mieście ${ctx.town}: ${n}`],
			workshop: [`Warsztat: ${n}`, `Warsztat: ${n} i ${m}`, `Warsztaty dla ${peopleGroup(rng, language)}: ${n}`],
			conference: [`Konferencja: ${n} i ${m}`, `Konferencja sieci w mieście ${ctx.town}: ${n}`],
			study_visit: [`Wizyta studyjna w mieście ${ctx.town}: ${n}`, `Wizyta studyjna: ${n} ${placePhrase(rng, language)}`]
		};
		return rng.pick(titles[type]).slice(0, 200);
	}
	const titles: Record<GeneratedEventType, string[]> = {
		meeting: online ? [`Online meeting: ${n}`, `Online talk: ${n} in practice`] : [`Network meeting: ${n}`, `Meeting in ${ctx.town}: ${n}`],
		workshop: [`Workshop: ${n}`, `Workshop: ${n} and ${m}`, `Workshop for ${peopleGroup(rng, language)}: ${n}`],
		conference: [`Conference: ${n} and ${m}`, `Network conference in ${ctx.town}: ${n}`],
		study_visit: [`Study visit to ${ctx.town}: ${n}`, `Study visit: ${n} ${placePhrase(rng, language)}`]
	};
	return rng.pick(titles[type]).slice(0, 200);
}

export function eventDescription(rng: Rng, language: Language, ctx: TextContext): string {
	const first = [sectionSentence(rng, language, ctx, 'context'), sectionSentence(rng, language, ctx, 'approach')].join(' ');
	const second =
		language === 'pl'
			? `Zapraszamy ${peopleGroup(rng, language, 'acc')}, urzędników i organizacje, które pracują nad **${nounPhrase(rng, language, ctx, 'inst')}**. ${sectionSentence(rng, language, ctx, 'transfer_conditions')}`
			: `For ${peopleGroup(rng, language)}, officials and organisations working on **${nounPhrase(rng, language, ctx)}**. ${sectionSentence(rng, language, ctx, 'transfer_conditions')}`;
	return `${first}\n\n${second}`;
}

export function agendaTitle(rng: Rng, language: Language, ctx: TextContext, position: number, of: number): string {
	if (position === 0)
		return language === 'pl'
			? rng.pick(['Powitanie i przedstawienie uczestników', 'Otwarcie', 'Powitanie i przykłady z sieci'])
			: rng.pick(['Welcome and introductions', 'Opening', 'Welcome and examples from the network']);
	if (position === of - 1 && of > 2)
		return language === 'pl'
			? rng.pick(['Dyskusja i podsumowanie', 'Co dalej? Wspólne ustalenia'])
			: rng.pick(['Discussion and wrap-up', 'Next steps together']);
	const n = nounPhrase(rng, language, ctx);
	return language === 'pl'
		? rng.pick([
				`${cap(n)}: doświadczenia z miasta ${ctx.otherTown}`,
				`Panel: ${n}`,
				`Spacer: ${placePhrase(rng, language)}`,
				`Przerwa kawowa`
			])
		: rng.pick([`${cap(n)}: lessons from ${ctx.otherTown}`, `Panel: ${n}`, `Site walk ${placePhrase(rng, language)}`, 'Coffee break']);
}

const PL_STREETS = [
	'ul. Górnicza',
	'ul. Hutnicza',
	'pl. Ratuszowy',
	'ul. Kolejowa',
	'ul. Szybowa',
	'ul. Fabryczna',
	'Rynek',
	'ul. Przemysłowa'
];
const EN_STREETS = [
	'Mill Lane',
	'Station Road',
	'Market Square',
	'Colliery Road',
	'Foundry Street',
	'Canal Walk',
	'High Street',
	'Furnace Row'
];

/** Where an event takes place: a venue, its address and the town. */
export function eventPlace(rng: Rng, language: Language, town: string): string {
	if (language === 'pl')
		return `${rng.pick(['Miejski Dom Kultury', 'Urząd Miasta, sala sesyjna', 'Centrum Nauki i Techniki', 'Biblioteka Publiczna', 'Stara Kopalnia, sala warsztatowa'])}, ${rng.pick(PL_STREETS)} ${rng.int(1, 60)}, ${town}`;
	return `${rng.pick(['Town Hall, council chamber', 'Community Centre', 'Engine House', 'Public Library', 'Heritage Centre, workshop room'])}, ${rng.int(1, 120)} ${rng.pick(EN_STREETS)}, ${town}`;
}

export function freeQuestion(rng: Rng, language: Language): string {
	return language === 'pl'
		? rng.pick([
				'Czy potrzebujesz tłumaczenia na polski lub angielski?',
				'Jaki przykład z Twojego miasta chcesz pokazać w dwie minuty?',
				'O co chcesz zapytać prowadzących?'
			])
		: rng.pick([
				'Do you need interpretation into Polish or English?',
				'Which example from your town would you show in two minutes?',
				'What would you like to ask the speakers?'
			]);
}

export function registrationAnswer(rng: Rng, language: Language, question: 'diet' | 'accessibility' | 'free', ctx: TextContext): string {
	if (question === 'diet')
		return language === 'pl'
			? rng.pick(['wegetariańska', 'wegańska', 'bez glutenu', 'bez laktozy'])
			: rng.pick(['vegetarian', 'vegan', 'gluten-free', 'no lactose']);
	if (question === 'accessibility')
		return language === 'pl'
			? rng.pick(['Proszę o miejsce blisko wyjścia.', 'Poruszam się na wózku.', 'Potrzebuję pętli indukcyjnej.'])
			: rng.pick(['A seat near the exit, please.', 'I use a wheelchair.', 'I need a hearing loop.']);
	return sectionSentence(rng, language, ctx, 'approach');
}

/** What organisers write after an event. */
export function eventNotes(rng: Rng, language: Language, ctx: TextContext): string {
	const items = [
		sectionSentence(rng, language, ctx, 'results'),
		sectionSentence(rng, language, ctx, 'transfer_conditions'),
		sectionSentence(rng, language, ctx, 'failures')
	];
	const next =
		language === 'pl'
			? `Kolejne spotkanie: ${rng.pick(['online, po wakacjach', `w mieście ${ctx.otherTown}`, 'wiosną'])}. Wniosek do ${fundName(rng, language)} przygotowuje zespół z dzielnicy ${districtName(rng, language)}.`
			: `Next meeting: ${rng.pick(['online, after the summer', `in ${ctx.otherTown}`, 'in spring'])}. The team from the ${districtName(rng, language)} district prepares the application to ${fundName(rng, language)}.`;
	return `## ${language === 'pl' ? 'Co ustaliliśmy' : 'What we agreed'}\n\n${items.map((x) => `- ${x}`).join('\n')}\n\n${next}`;
}
