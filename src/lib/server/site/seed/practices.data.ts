/**
 * All demo practices, the two transfers in progress and the "learning from this" marks.
 * People are named by their demo e-mail, practices by their key (see practices.data.types.ts).
 */
import type { LearningKind, TransferStage } from '../../platform/db';
import type { DemoPractice } from './practices.data.types';
import { WALBRZYCH_BYTOM_ZYRARDOW } from './practices.data.walbrzych';
import { LODZ_KATOWICE } from './practices.data.lodz';
import { GDANSK_ZABRZE } from './practices.data.gdansk';
import { RUHR } from './practices.data.ruhr';
import { OSTRAVA_CHARLEROI_GENK_BILBAO } from './practices.data.ostrava';
import { SHEFFIELD_SAINT_ETIENNE_TAMPERE_TORINO } from './practices.data.sheffield';

export const DEMO_PRACTICES: DemoPractice[] = [
	...WALBRZYCH_BYTOM_ZYRARDOW,
	...LODZ_KATOWICE,
	...GDANSK_ZABRZE,
	...RUHR,
	...OSTRAVA_CHARLEROI_GENK_BILBAO,
	...SHEFFIELD_SAINT_ETIENNE_TAMPERE_TORINO
];

/** Appended to the context of every demo practice, in the language of each text. */
export const DEMO_NOTE: Record<string, string> = {
	pl: '_Przykładowa treść sieci Headframe, inspirowana prawdziwą transformacją; liczby są orientacyjne._',
	en: '_Demo content of the Headframe network, inspired by a real transformation; figures are illustrative._',
	de: '_Beispielinhalt des Headframe-Netzwerks, angelehnt an eine reale Transformation; die Zahlen sind Richtwerte._',
	cs: '_Ukázkový obsah sítě Headframe inspirovaný skutečnou proměnou; čísla jsou orientační._'
};

export interface DemoTransfer {
	practice: string;
	/** The adopting city's slug and organisation key. */
	city: string;
	organisation: string;
	stage: TransferStage;
	createdBy: string;
	people: string[];
	notes: { stage: TransferStage; on: string; by: string; note: string }[];
}

export const DEMO_TRANSFERS: DemoTransfer[] = [
	{
		practice: 'walbrzych-stara-kopalnia',
		city: 'bytom',
		organisation: 'um-bytom',
		stage: 'adapt',
		createdBy: 'tomasz.lewandowski@headframe.example',
		people: [
			'tomasz.lewandowski@headframe.example',
			'agnieszka.wojcik@headframe.example',
			'ewa@headframe.example',
			'joanna.mazur@headframe.example'
		],
		notes: [
			{
				stage: 'understand',
				on: '2025-02-11',
				by: 'tomasz.lewandowski@headframe.example',
				note: 'Wizyta studyjna w Starej Kopalni (8 osób z urzędu i dwie z Bytomskich Podwórek). Ewa pokazała program funkcjonalny i budżet utrzymania; najważniejsza lekcja: koszty ogrzewania hal trzeba policzyć przed inwestycją.'
			},
			{
				stage: 'understand',
				on: '2025-04-03',
				by: 'agnieszka.wojcik@headframe.example',
				note: 'Rozmowa z Joanną z Fundacji Szyb Julia o programie dla dzielnicy. Wniosek: w Bytomiu od początku włączamy mieszkańców Rozbarku, żeby nie powtórzyć problemu Sobięcina.'
			},
			{
				stage: 'adapt',
				on: '2025-09-15',
				by: 'tomasz.lewandowski@headframe.example',
				note: 'Przyjęliśmy wersję „mniejszą”: zamiast całej kopalni – cechownia i łaźnia szybu Krystyna, z pracowniami i salą dla sąsiadów. Studium wykonalności zlecone, przewodnicy z dawnych górników zgłosili się sami.'
			},
			{
				stage: 'adapt',
				on: '2026-01-20',
				by: 'tomasz.lewandowski@headframe.example',
				note: 'Wstępny budżet utrzymania: 2,1 mln zł rocznie, z czego 35% z wynajmu i biletów. Składamy wniosek do Funduszu Sprawiedliwej Transformacji w naborze wiosennym.'
			}
		]
	},
	{
		practice: 'essen-zollverein',
		city: 'zabrze',
		organisation: 'zabrze-dziedzictwo',
		stage: 'understand',
		createdBy: 'barbara.grabowska@headframe.example',
		people: ['barbara.grabowska@headframe.example', 'thomas.becker@headframe.example'],
		notes: [
			{
				stage: 'understand',
				on: '2026-03-12',
				by: 'barbara.grabowska@headframe.example',
				note: 'Spotkanie online z Thomasem: jak powstał plan zarządzania dziedzictwem i kto zasiada w radzie fundacji. Prosimy o wzór planu i przykład rocznego raportu dla UNESCO.'
			},
			{
				stage: 'understand',
				on: '2026-06-04',
				by: 'thomas.becker@headframe.example',
				note: 'Sent the management plan outline and the list of rules for new buildings on the site. Suggested a study visit in autumn with the Katernberg job agency team.'
			}
		]
	}
];

export const DEMO_LEARNING: { practice: string; person: string; kind: LearningKind; on: string; comment: string }[] = [
	{
		practice: 'walbrzych-stara-kopalnia',
		person: 'tomasz.lewandowski@headframe.example',
		kind: 'want_to_learn',
		on: '2025-01-14',
		comment: 'Przygotowujemy podobny program dla budynków szybu w Bytomiu.'
	},
	{
		practice: 'walbrzych-stara-kopalnia',
		person: 'barbara.grabowska@headframe.example',
		kind: 'tried_too',
		on: '2024-07-02',
		comment: 'W Zabrzu też prowadzą byli górnicy – chętnie porównamy koszty utrzymania.'
	},
	{
		practice: 'walbrzych-haldy',
		person: 'claire.dubois@headframe.example',
		kind: 'tried_too',
		on: '2025-03-20',
		comment: 'Our terril route ran into the same ownership problems; happy to share our access agreements.'
	},
	{
		practice: 'walbrzych-haldy',
		person: 'jan.novak@headframe.example',
		kind: 'want_to_learn',
		on: '2025-04-02',
		comment: 'Ostrava has many spoil heaps near housing estates too.'
	},
	{
		practice: 'charleroi-terrils',
		person: 'ewa@headframe.example',
		kind: 'want_to_learn',
		on: '2025-06-20',
		comment: 'Mamy kilkanaście hałd – chcemy poznać umowy z właścicielami i zasady opieki wolontariuszy.'
	},
	{
		practice: 'genk-c-mine',
		person: 'ewa@headframe.example',
		kind: 'want_to_learn',
		on: '2024-09-15',
		comment: 'Jak przyciągnąć szkołę projektowania do dawnej kopalni?'
	},
	{
		practice: 'bytom-podworka',
		person: 'pawel.kaminski@headframe.example',
		kind: 'tried_too',
		on: '2025-05-30',
		comment: 'W Łodzi robiliśmy podwórka z mieszkańcami kamienic; najtrudniejsza była umowa o opiekę nad zielenią.'
	},
	{
		practice: 'essen-zollverein',
		person: 'barbara.grabowska@headframe.example',
		kind: 'want_to_learn',
		on: '2026-02-25',
		comment: 'Plan zarządzania dziedzictwem dla naszych sztolni.'
	},
	{
		practice: 'bochum-mark-51-7',
		person: 'barbara.grabowska@headframe.example',
		kind: 'want_to_learn',
		on: '2025-01-10',
		comment: 'Interesuje nas sieć ciepła z wody kopalnianej.'
	},
	{
		practice: 'zabrze-woda-kopalniana',
		person: 'markus.schneider@headframe.example',
		kind: 'tried_too',
		on: '2026-04-21',
		comment: 'We heat part of Mark 51°7 with mine water – ask us about the permits, they took longest.'
	},
	{
		practice: 'katowice-nowe-zawody',
		person: 'thomas.becker@headframe.example',
		kind: 'want_to_learn',
		on: '2026-02-19',
		comment: 'We are preparing a similar ESF+ bid for miners’ families in Essen.'
	},
	{
		practice: 'sheffield-health-champions',
		person: 'sabine.hoffmann@headframe.example',
		kind: 'tried_too',
		on: '2025-10-02',
		comment: 'Our Katernberg drop-ins started with the same trouble recruiting men.'
	},
	{
		practice: 'gdansk-stocznia-kultury',
		person: 'aino.virtanen@headframe.example',
		kind: 'tried_too',
		on: '2025-07-28',
		comment: 'The same fight for affordable studios in Tampere; the temporary lease idea is worth copying.'
	},
	{
		practice: 'gdansk-stocznia-kultury',
		person: 'giulia.rossi@headframe.example',
		kind: 'want_to_learn',
		on: '2025-08-12',
		comment: 'How did you get the production use written into the plan?'
	},
	{
		practice: 'bilbao-zorrotzaurre',
		person: 'julia.fischer@headframe.example',
		kind: 'want_to_learn',
		on: '2025-12-10',
		comment: 'Keeping existing residents is exactly what Hörde missed.'
	},
	{
		practice: 'ostrava-brownfieldy',
		person: 'piotr.zielinski@headframe.example',
		kind: 'want_to_learn',
		on: '2025-08-20',
		comment: 'Chcemy porównać ostrawską bazę brownfieldów z danymi gmin śląskich.'
	},
	{
		practice: 'essen-katernberg-jobs',
		person: 'david.hughes@headframe.example',
		kind: 'tried_too',
		on: '2025-11-18',
		comment: 'Similar family coaching in Sheffield’s east end; our evaluation data may help.'
	},
	{
		practice: 'lodz-ec1',
		person: 'tomasz.lewandowski@headframe.example',
		kind: 'want_to_learn',
		on: '2025-10-20',
		comment: 'Szukamy modelu operatora dla Elektrociepłowni Szombierki.'
	}
];
