/** Names of event types and registration questions in the page's language. */
import { m } from '$lib/paraglide/messages';

const TYPES: Record<string, () => string> = {
	meeting: () => m.events_type_meeting(),
	study_visit: () => m.events_type_study_visit(),
	consultation: () => m.events_type_consultation(),
	workshop: () => m.events_type_workshop(),
	conference: () => m.events_type_conference()
};

export const typeLabel = (type: string) => (TYPES[type] ?? (() => type))();

export function questionLabel(question: string, freeQuestion: string): string {
	if (question === 'diet') return m.events_question_diet();
	if (question === 'accessibility') return m.events_question_accessibility();
	return freeQuestion;
}
