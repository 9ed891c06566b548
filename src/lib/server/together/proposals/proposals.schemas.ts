/** Form input for proposals, and the shapes the pages receive. */
import { z } from 'zod';
import { isTimeZone } from '$lib/datetime';
import { many, oneOf, optionalText, requiredText } from '../../platform/core';
import type { ConsentPosition, ProposalKind, ResultsVisible } from '../../platform/db';

export const PROPOSAL_KINDS = ['consent', 'poll'] as const;
export const CONSENT_POSITIONS = ['agree', 'abstain', 'disagree', 'block'] as const;
export const RESULTS_VISIBLE = ['always', 'after_vote', 'after_close'] as const;
export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 20;
export const MAX_REASON = 2000;
/** The network's zone: deadlines are shown in it, named (proposals store no zone of their own). */
export const PROPOSAL_DISPLAY_ZONE = 'Europe/Warsaw';

/** Poll choices arrive as one textarea, one choice per line. */
const optionLines = z
	.string({ error: 'error_invalid' })
	.optional()
	.transform((v) =>
		(v ?? '')
			.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
			.split('\n')
			.map((line) => line.trim())
			.filter((line) => line.length > 0)
	)
	.pipe(z.array(z.string().max(200, 'proposals_error_option_too_long')));

const choiceCount = z.preprocess(
	(v) => (v === undefined || v === '' ? 1 : typeof v === 'string' ? Number(v.trim()) : v),
	z.number({ error: 'error_invalid_number' }).int('error_invalid_number').min(1, 'error_too_small').max(MAX_OPTIONS, 'error_too_big')
);

export const newProposalSchema = z
	.object({
		title: requiredText(200),
		body: optionalText(20_000),
		kind: oneOf(PROPOSAL_KINDS),
		options: optionLines,
		max_choices: choiceCount,
		results_visible: oneOf(RESULTS_VISIBLE),
		closes_at: requiredText(20),
		time_zone: requiredText(64).refine(isTimeZone, 'proposals_error_time_zone')
	})
	.superRefine((data, ctx) => {
		if (data.kind !== 'poll') return;
		if (data.options.length < MIN_OPTIONS || data.options.length > MAX_OPTIONS)
			ctx.addIssue({ code: 'custom', path: ['options'], message: 'proposals_error_option_count' });
		else if (new Set(data.options.map((o) => o.toLocaleLowerCase())).size !== data.options.length)
			ctx.addIssue({ code: 'custom', path: ['options'], message: 'proposals_error_option_duplicate' });
		else if (data.max_choices > data.options.length)
			ctx.addIssue({ code: 'custom', path: ['max_choices'], message: 'proposals_error_max_choices' });
	});

export const consentVoteSchema = z.object({
	position: oneOf(CONSENT_POSITIONS),
	reason: optionalText(MAX_REASON)
});

export const pollVoteSchema = z.object({
	choices: many(
		z.preprocess(
			(v) => (typeof v === 'string' && /^\d{1,3}$/.test(v) ? Number(v) : NaN),
			z.number({ error: 'error_invalid_choice' }).int()
		),
		MAX_OPTIONS
	),
	reason: optionalText(MAX_REASON)
});

export const outcomeSchema = z.object({ outcome: requiredText(10_000) });

export interface ProposalSummary {
	id: number;
	slug: string;
	title: string;
	kind: ProposalKind;
	closesAt: Date;
	closedAt: Date | null;
	/** Still taking votes: not closed early and before its deadline. */
	open: boolean;
	hasOutcome: boolean;
	voters: number;
	/** Whether the viewer has voted. */
	voted: boolean;
}

export interface ResultRow {
	/** 'agree'... for consent proposals; the option's index as text for polls. */
	key: string;
	/** The poll option's text; null for consent positions (the page translates the key). */
	label: string | null;
	count: number;
	/** Share of voters, 0–100, rounded. */
	percent: number;
}

export interface VoteRow {
	voter: { handle: string; name: string } | null;
	position: ConsentPosition | null;
	/** Poll option texts chosen. */
	choices: string[];
	reason: string;
	updatedAt: Date;
}

export interface ProposalDetails {
	id: number;
	slug: string;
	title: string;
	bodyHtml: string;
	kind: ProposalKind;
	options: string[];
	maxChoices: number;
	resultsVisible: ResultsVisible;
	closesAt: Date;
	closedAt: Date | null;
	/** When voting ended: closedAt, or closesAt once passed; null while open. */
	endedAt: Date | null;
	open: boolean;
	outcome: string;
	outcomeHtml: string;
	author: { handle: string; name: string } | null;
	createdAt: Date;
	group: { id: number; slug: string; name: string };
	zone: string;
	myVote: { position: ConsentPosition | null; choices: number[]; reason: string } | null;
	/** An active member of the group (votes and proposes). */
	isParticipant: boolean;
	canVote: boolean;
	canClose: boolean;
	canRecordOutcome: boolean;
	/** Null when the results are not visible to this viewer yet. */
	results: {
		rows: ResultRow[];
		voters: number;
		members: number;
		blocks: number;
		votes: VoteRow[];
	} | null;
}
