/**
 * The shape of the demo practices: written as the network's own case studies, inspired by real
 * transformations of post-industrial towns. Figures are plausible, not official statistics;
 * the seed adds a short demo note to every practice so nobody cites them as facts.
 */
import type { PracticeTexts, PracticeTextsInput } from '../../knowledge/practices';
import type { ContentVisibility, FundingItem, FundingSource, Outcome, PracticeLink, PracticeStatus } from '../../platform/db';

/**
 * The sections the demo practices were written with, filled in; a field added later stays
 * optional here, so adding one does not mean writing it into every demo practice.
 */
export type DemoTexts = PracticeTextsInput &
	Pick<
		PracticeTexts,
		'title' | 'summary' | 'context' | 'approach' | 'actors' | 'funding_notes' | 'results' | 'failures' | 'transfer_conditions'
	>;

export interface DemoPractice {
	/** Stable key for transfers and learning marks, and the practice's slug. */
	key: string;
	/** City slug from cities.seed.ts. */
	city: string;
	language: string;
	status: PracticeStatus;
	visibility?: ContentVisibility;
	/** Drafts are not published (false); everything else is. */
	published?: boolean;
	/** 'YYYY-MM-DD'; end null while ongoing. */
	period: [start: string, end: string | null];
	/** Day the case study was written, 'YYYY-MM-DD'. */
	written: string;
	areas: string[];
	/** Demo organisation keys from organisations.data.ts (the practice's own city). */
	organisations: string[];
	/** Partners that are not members, by name. */
	partners?: string[];
	/** Author's e-mail (a demo person). */
	author: string;
	/** Contact people's e-mails. */
	contacts?: string[];
	funding: FundingItem[];
	outcomes: Outcome[];
	links?: PracticeLink[];
	texts: DemoTexts;
	/** Translations by language, with the translator's e-mail. */
	translations?: Record<string, DemoTexts & { by: string }>;
}

/** Amounts are written in whole units for readability and stored in minor units. */
export const fund = (
	source: FundingSource,
	amount: number | null,
	currency: 'EUR' | 'PLN' | 'CZK' | 'GBP' | null,
	note: string
): FundingItem => ({
	source,
	amount_minor: amount === null ? null : Math.round(amount * 100),
	currency: amount === null ? null : currency,
	note
});

export const outcome = (indicator: string, before: number | null, after: number | null, unit: string, year: number | null): Outcome => ({
	indicator,
	before,
	after,
	unit,
	year
});

export const link = (url: string, title: string): PracticeLink => ({ url, title });

export const practice = (p: DemoPractice) => p;
