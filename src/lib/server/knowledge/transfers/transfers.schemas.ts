import { z } from 'zod';
import type { PracticeStatus, TransferStage } from '../../platform/db';
import { oneOf, requiredText } from '../../platform/core';

/** URBACT's transfer method, in order: understand the practice, adapt it, re-use it. */
export const TRANSFER_STAGES = ['understand', 'adapt', 'reuse'] as const satisfies readonly TransferStage[];

const id = z.coerce.number<unknown>({ error: 'error_invalid_choice' }).int('error_invalid_choice').positive('error_invalid_choice');

/** Optional city: empty means "the organisation's city". */
const optionalId = z.preprocess((v) => (v === undefined || v === '' ? null : v), id.nullable());

/** A required choice: missing or empty is "required", anything but a positive id "invalid". */
const requiredId = z.preprocess(
	(v) => (v === '' ? undefined : v),
	z
		.union([z.string(), z.number()], { error: 'error_required' })
		.pipe(z.coerce.number<string | number>({ error: 'error_invalid_choice' }).int('error_invalid_choice').positive('error_invalid_choice'))
);

export const newTransferSchema = z.object({
	organisation_id: requiredId,
	city_id: optionalId
});

/** A calendar date typed as YYYY-MM-DD (what <input type="date"> sends), and a real one. */
const isoDate = z
	.string({ error: 'error_required' })
	.trim()
	.min(1, 'error_required')
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'transfer_error_date')
	.refine((v) => {
		const date = new Date(`${v}T00:00:00Z`);
		return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === v;
	}, 'transfer_error_date')
	.refine((v) => v >= '1990-01-01', 'transfer_error_date_range')
	// a note records what happened; a day of slack for time zones
	.refine((v) => v <= new Date(Date.now() + 24 * 3600 * 1000).toISOString().slice(0, 10), 'transfer_error_date_future');

export const transferNoteSchema = z.object({
	noted_on: isoDate,
	stage: oneOf(TRANSFER_STAGES),
	note: requiredText(4000)
});

export const transferStageSchema = z.object({ direction: oneOf(['next', 'back'] as const) });

export const transferPersonSchema = z.object({ person_id: requiredId });

export interface CityRef {
	slug: string;
	name: string;
	countryCode: string;
	countryName: string;
}

/** One transfer as lists show it (the practice page, the city page). */
export interface TransferSummary {
	id: number;
	practiceSlug: string;
	/** The practice's title in the reader's language, or the original. */
	practiceTitle: string;
	practiceTitleLang: string;
	/** The city adopting the practice. */
	city: CityRef;
	/** The city the practice comes from. */
	fromCity: CityRef;
	organisation: { slug: string; name: string } | null;
	stage: TransferStage;
	/** YYYY-MM-DD of the latest note, if any. */
	lastNoteOn: string | null;
}

export interface PracticeTransfers {
	transfers: TransferSummary[];
	/** A member may say "we are adopting this". */
	canAdopt: boolean;
}

export interface TransferNoteView {
	id: number;
	notedOn: string;
	note: string;
	author: { handle: string; name: string } | null;
}

export interface TransferPersonView {
	id: number;
	handle: string;
	name: string;
}

export interface TransferDetails {
	id: number;
	practice: { slug: string; title: string; titleLang: string; city: CityRef };
	city: CityRef;
	organisation: { slug: string; name: string } | null;
	stage: TransferStage;
	stages: { stage: TransferStage; current: boolean; done: boolean; notes: TransferNoteView[] }[];
	people: TransferPersonView[];
	/** Involved people whose profile the viewer may not see: counted, not named. */
	hiddenPeople: number;
	createdOn: string;
	canManage: boolean;
	/** People of the adopting organisation who can still be added (for managers). */
	candidates: TransferPersonView[];
	today: string;
}

export interface NewTransferForm {
	practice: { slug: string; title: string; titleLang: string; city: CityRef };
	organisations: { id: number; name: string; cityId: number; cityName: string }[];
	cities: { id: number; label: string }[];
}

/** A practice in a list (area page, city page): enough to find it and judge it at a glance. */
export interface PracticeListItem {
	slug: string;
	title: string;
	/** Language of the title shown: the reader's when translated, else the original. */
	titleLang: string;
	status: PracticeStatus;
	city: CityRef;
}

export interface CityKnowledge {
	/** For the link to the practice list narrowed to this city (`/practices?city=<id>`). */
	cityId: number;
	practices: PracticeListItem[];
	practicesTotal: number;
	took: TransferSummary[];
	gave: TransferSummary[];
}
