/** Input of the challenge forms and list filters, and what the challenge pages receive. */
import { z } from 'zod';
import type { HelpKind } from '../../platform/db';
import { many, oneOf, optionalText, requiredText } from '../../platform/core';
import { isCountryCode } from '../../shared';
import type { EditVersion } from '$lib/form-state';

export const HELP_KINDS = ['experience', 'data', 'partner', 'expert'] as const satisfies readonly HelpKind[];
export const CHALLENGE_VISIBILITIES = ['public', 'members'] as const;
export const CHALLENGE_STATUSES = ['open', 'solved'] as const;
export type ChallengeStatus = (typeof CHALLENGE_STATUSES)[number];

const id = z.coerce
	.number({ error: 'error_invalid_choice' })
	.int('error_invalid_choice')
	.positive('error_invalid_choice')
	.max(2_147_483_647, 'error_invalid_choice');
/** An id from a select whose empty option means "none". */
const optionalId = z.preprocess((v) => (v === undefined || v === '' ? null : v), id.nullable());

export const challengeSchema = z.object({
	title: requiredText(200),
	description: requiredText(20_000),
	tried: optionalText(10_000),
	city_id: id,
	organisation_id: optionalId,
	areas: many(id, 20).transform((ids) => [...new Set(ids)]),
	help_wanted: many(oneOf(HELP_KINDS), 4).transform((kinds) => [...new Set(kinds)]),
	visibility: oneOf(CHALLENGE_VISIBILITIES)
});
export type ChallengeInput = z.output<typeof challengeSchema>;

export const answerSchema = z.object({
	body: requiredText(10_000),
	practice_id: optionalId
});
export type AnswerInput = z.output<typeof answerSchema>;

export const faceSchema = z.object({
	city_id: id,
	note: optionalText(1000)
});

export const statusSchema = z.object({ status: oneOf(CHALLENGE_STATUSES) });

/** The list's GET filters; anything unknown falls back to the default instead of failing. */
export const challengeFiltersSchema = z.object({
	area: z
		.string()
		.max(64)
		.regex(/^[a-z0-9_-]*$/)
		.catch(''),
	city: z
		.string()
		.max(120)
		.regex(/^[a-z0-9-]*$/)
		.catch(''),
	country: z
		.string()
		.max(2)
		.transform((c) => c.toUpperCase())
		.refine((c) => c === '' || isCountryCode(c))
		.catch(''),
	status: z.enum(['', ...CHALLENGE_STATUSES]).catch(''),
	help: z.enum(['', ...HELP_KINDS]).catch(''),
	page: z.coerce.number().int().min(1).max(1000).catch(1)
});
export type ChallengeFilters = z.output<typeof challengeFiltersSchema>;

export interface NamedRef {
	key: string;
	name: string;
}

export interface CityRef {
	slug: string;
	name: string;
	countryName: string;
}

export interface ChallengeSummary {
	slug: string;
	title: string;
	status: ChallengeStatus;
	/** ISO instant and display date of the solving, when solved. */
	solvedAt: string | null;
	solvedDate: string | null;
	createdAt: string;
	createdDate: string;
	city: CityRef;
	areas: NamedRef[];
	helpWanted: HelpKind[];
	answers: number;
	/** Cities that marked "we face this too". */
	facing: number;
	membersOnly: boolean;
	/** Hidden by the moderators (only its author and coordinators see it). */
	hidden: boolean;
}

export interface PersonRef {
	name: string;
	handle: string;
}

export interface LinkedPractice {
	slug: string;
	title: string;
	titleLang: string;
	cityName: string;
	countryName: string;
}

export interface AnswerView {
	id: number;
	/** Null when the viewer may not see the author's profile, or the account is gone (`formerMember`). */
	author: PersonRef | null;
	formerMember: boolean;
	createdAt: string;
	createdDate: string;
	edited: boolean;
	deleted: boolean;
	/** Hidden by the moderators: the body only for its author and coordinators. */
	hidden: boolean;
	hiddenReason: string | null;
	/** Sanitised HTML; null when deleted, or hidden from this viewer. */
	bodyHtml: string | null;
	/** The Markdown, for the author's edit form. */
	body: string | null;
	helpful: boolean;
	practice: LinkedPractice | null;
	canEdit: boolean;
	canReport: boolean;
}

export interface FacingCity extends CityRef {
	note: string;
	by: PersonRef | null;
	date: string;
	canUndo: boolean;
}

export interface Choice {
	value: string;
	label: string;
}

export interface ChallengeDetails extends ChallengeSummary {
	id: number;
	descriptionHtml: string;
	triedHtml: string;
	organisation: { slug: string; name: string } | null;
	author: PersonRef | null;
	hiddenReason: string | null;
	map: { svg: string };
	facingCities: FacingCity[];
	answerList: AnswerView[];
	following: boolean;
	followers: number;
	/** Cities the viewer may still add with "we face this too". */
	faceChoices: Choice[];
	/** Practices matching the viewer's title search, for the answer form. */
	practiceChoices: Choice[];
	practiceQuery: string;
	consultations: ChallengeConsultation[];
	can: {
		edit: boolean;
		answer: boolean;
		markHelpful: boolean;
		changeStatus: boolean;
		faceToo: boolean;
		follow: boolean;
		report: boolean;
		/** The author may ask for a consultation about the open challenge. */
		askConsultation: boolean;
	};
}

export interface ChallengeConsultation {
	slug: string;
	title: string;
	status: string;
	outcomeHtml: string;
}

export interface ChallengeList {
	items: ChallengeSummary[];
	total: number;
	page: number;
	pages: number;
	filters: ChallengeFilters;
	options: { areas: Choice[]; countries: Choice[]; cities: Choice[] };
	canPost: boolean;
}

export interface ChallengeFormView {
	values: Record<string, string | string[]>;
	/** The version the stored values are (the edit form's; none for a new challenge). */
	version?: EditVersion;
	cities: Choice[];
	organisations: Choice[];
	areas: Choice[];
}
