import { z } from 'zod';
import { oneOf, optionalText, requiredText } from '../../platform/core';
import type { ReportStatus, ReportTarget } from '../../platform/db';

export const REPORT_TARGETS = ['post', 'answer', 'challenge', 'thread', 'profile'] as const satisfies readonly ReportTarget[];
/** The common reasons offered as radio buttons; `other` needs words of its own. */
export const REPORT_REASONS = ['spam', 'abuse', 'personal_data', 'misinformation', 'off_topic', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

export const targetSchema = z.object({
	type: oneOf(REPORT_TARGETS),
	id: z.coerce.number({ error: 'error_invalid' }).int('error_invalid').positive('error_invalid').max(2_147_483_647, 'error_invalid')
});

export const reportSchema = z
	.object({
		reason: oneOf(REPORT_REASONS),
		details: optionalText(1000)
	})
	.superRefine((value, ctx) => {
		if (value.reason === 'other' && !value.details) {
			ctx.addIssue({ code: 'custom', path: ['details'], message: 'moderation_error_details_required' });
		}
	});

/** The reason the author will read, so it is required. */
export const hideSchema = z.object({ reason: requiredText(500) });
export const noteSchema = z.object({ note: optionalText(500) });

/**
 * A report's reason as stored (reports.reason): the chosen common reason, a colon, and the
 * reporter's own words, e.g. "spam: sells shoes". Parsed back for the queue.
 */
export const storedReason = (reason: ReportReason, details: string) => (details ? `${reason}: ${details}` : reason);

export function parseReason(stored: string): { reason: ReportReason; details: string } {
	const match = /^([a-z_]+)(?::\s?([\s\S]*))?$/.exec(stored);
	if (match && (REPORT_REASONS as readonly string[]).includes(match[1])) {
		return { reason: match[1] as ReportReason, details: match[2] ?? '' };
	}
	return { reason: 'other', details: stored };
}

/** What the reporter sees of the thing they report. */
export interface ReportTargetView {
	type: ReportTarget;
	id: number;
	title: string | null;
	excerpt: string;
	authorName: string | null;
	path: string;
	alreadyReported: boolean;
}

export interface QueueReason {
	reason: ReportReason;
	details: string;
	reporter: { name: string; handle: string } | null;
	status: ReportStatus;
	createdAt: Date;
}

export interface QueueEntry {
	type: ReportTarget;
	id: number;
	/** False when the reported thing no longer exists (deleted for good). */
	exists: boolean;
	title: string | null;
	excerpt: string;
	deleted: boolean;
	author: { name: string; handle: string } | null;
	path: string | null;
	group: { slug: string; name: string; secret: boolean } | null;
	hidden: { at: Date; reason: string } | null;
	openReports: number;
	reporters: number;
	lastReportedAt: Date;
	reasons: QueueReason[];
}

export interface ReportQueue {
	show: 'open' | 'decided';
	entries: QueueEntry[];
	count: number;
	page: number;
	pages: number;
	/** Network coordinator (sees everything outside secret groups) or only a group's coordinator. */
	network: boolean;
}

export const QUEUE_PAGE_SIZE = 30;
