/** Labels of report reasons, target types and report statuses, for the report and queue pages. */
import { m } from '$lib/paraglide/messages';

type Label = () => string;
const pick = (labels: Record<string, Label>, key: string) => labels[key]?.() ?? key;

const REASONS: Record<string, Label> = {
	spam: () => m.moderation_reason_spam(),
	abuse: () => m.moderation_reason_abuse(),
	personal_data: () => m.moderation_reason_personal_data(),
	misinformation: () => m.moderation_reason_misinformation(),
	off_topic: () => m.moderation_reason_off_topic(),
	other: () => m.moderation_reason_other()
};

const TYPES: Record<string, Label> = {
	post: () => m.moderation_queue_type_post(),
	thread: () => m.moderation_queue_type_thread(),
	challenge: () => m.moderation_queue_type_challenge(),
	answer: () => m.moderation_queue_type_answer(),
	profile: () => m.moderation_queue_type_profile()
};

const STATUSES: Record<string, Label> = {
	open: () => m.moderation_status_open(),
	hidden: () => m.moderation_status_hidden(),
	dismissed: () => m.moderation_status_dismissed(),
	restored: () => m.moderation_status_restored()
};

export const reasonLabel = (reason: string) => pick(REASONS, reason);
export const typeLabel = (type: string) => pick(TYPES, type);
export const statusLabel = (status: string) => pick(STATUSES, status);
