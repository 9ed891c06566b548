/** Translated labels and formats for transfers and the short practice lists. */
import { m } from '$lib/paraglide/messages';
import type { PracticeStatus } from '$lib/server/knowledge/practices';
import type { TransferStage } from '$lib/server/knowledge/transfers';
import { dateFormat } from '$lib/intl';

const STAGES: Record<TransferStage, () => string> = {
	understand: m.transfer_stage_understand,
	adapt: m.transfer_stage_adapt,
	reuse: m.transfer_stage_reuse
};

const STAGE_HINTS: Record<TransferStage, () => string> = {
	understand: m.transfer_stage_hint_understand,
	adapt: m.transfer_stage_hint_adapt,
	reuse: m.transfer_stage_hint_reuse
};

const STATUSES: Record<PracticeStatus, () => string> = {
	idea: m.transfer_practice_status_idea,
	ongoing: m.transfer_practice_status_ongoing,
	completed: m.transfer_practice_status_completed,
	abandoned: m.transfer_practice_status_abandoned
};

export const stageLabel = (stage: TransferStage) => STAGES[stage]();
export const stageHint = (stage: TransferStage) => STAGE_HINTS[stage]();
export const practiceStatusLabel = (status: PracticeStatus) => STATUSES[status]();

/**
 * A calendar day (YYYY-MM-DD) as the page's language writes it. Read and written in UTC so the
 * server's time zone cannot move it to the day before.
 */
export function formatDay(day: string, locale: string): string {
	return dateFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}
