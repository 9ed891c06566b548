/** Translated labels for the challenges' fixed values. */
import { m } from '$lib/paraglide/messages';

type Message = () => string;

const HELP_LABELS: Record<string, Message> = {
	experience: m.challenges_help_experience,
	data: m.challenges_help_data,
	partner: m.challenges_help_partner,
	expert: m.challenges_help_expert
};

export const helpLabel = (kind: string) => HELP_LABELS[kind]?.() ?? kind;

export const helpOptions = () => Object.keys(HELP_LABELS).map((value) => ({ value, label: helpLabel(value) }));

export const statusLabel = (status: string) => (status === 'solved' ? m.challenges_status_solved() : m.challenges_status_open());
