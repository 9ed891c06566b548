/** Registering and cancelling from the event page: the form's fields become the service's input. */
import { invalid, type Deps } from '../../platform/core';
import type { MaybeActor } from '../../platform/auth';
import type { FormValues } from '$lib/form-state';
import { visibleEvent } from './events-access';
import { cancelRegistration, registerForEvent } from './events.service';
import { EVENT_QUESTIONS, LIMITS } from './events.schemas';

const text = (v: string | string[] | undefined) => (Array.isArray(v) ? (v[0] ?? '') : (v ?? '')).trim();

/** Registers the actor with answers to the questions this event asks (other fields are ignored). */
export async function registerFromForm(actor: MaybeActor, input: { slug: string; values: FormValues }, deps: Deps) {
	const { event } = await visibleEvent(deps.db, actor, input.slug);
	const answers: Record<string, string> = {};
	for (const question of EVENT_QUESTIONS) {
		if (!(event.questions as string[]).includes(question)) continue;
		const answer = text(input.values[`answer_${question}`]);
		if (answer.length > LIMITS.answer) throw invalid({ [`answer_${question}`]: { key: 'error_too_long', params: { max: LIMITS.answer } } });
		if (answer) answers[question] = answer;
	}
	return registerForEvent(actor, { eventId: event.id, answers }, deps);
}

export async function cancelFromForm(actor: MaybeActor, input: { slug: string }, deps: Deps) {
	const { event } = await visibleEvent(deps.db, actor, input.slug);
	return cancelRegistration(actor, { eventId: event.id }, deps);
}
