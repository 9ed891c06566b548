import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction, pageError } from '$lib/server/platform/http';
import {
	answerChallenge,
	deleteAnswer,
	editAnswer,
	faceToo,
	findCityIdBySlug,
	getChallenge,
	markHelpful,
	setChallengeStatus,
	undoFaceToo
} from '$lib/server/together/challenges';
import { markContextSeen } from '$lib/server/notify/notifications';

const NOTICES = [
	'posted',
	'saved',
	'answered',
	'answer_saved',
	'answer_deleted',
	'helpful',
	'solved',
	'reopened',
	'faced',
	'unfaced'
] as const;

export const load: PageServerLoad = async ({ params, locals, url }) => {
	try {
		const challenge = await getChallenge(
			locals.actor,
			{ slug: params.slug, locale: locals.locale, practiceQuery: url.searchParams.get('practice_q') ?? '' },
			locals.deps
		);
		await markContextSeen(locals.actor, { type: 'challenge', id: challenge.id }, locals.deps);
		return { challenge, notice: NOTICES.find((n) => url.searchParams.has(n)) ?? null };
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};

const answerId = (values: Record<string, unknown>) => Number(values.answer) || 0;

export const actions: Actions = {
	answer: ({ request, params, locals }) =>
		formAction(request, locals.locale, async (values) => {
			const { id } = await answerChallenge(locals.actor, { slug: params.slug, values, locale: locals.locale }, locals.deps);
			redirect(303, `/${locals.locale}/challenges/${params.slug}?answered#answer-${id}`);
		}),
	editAnswer: ({ request, params, locals }) =>
		formAction(request, locals.locale, async (values) => {
			await editAnswer(locals.actor, { slug: params.slug, answerId: answerId(values), values }, locals.deps);
			redirect(303, `/${locals.locale}/challenges/${params.slug}?answer_saved#answer-${answerId(values)}`);
		}),
	deleteAnswer: ({ request, params, locals }) =>
		formAction(request, locals.locale, async (values) => {
			await deleteAnswer(locals.actor, { slug: params.slug, answerId: answerId(values) }, locals.deps);
			redirect(303, `/${locals.locale}/challenges/${params.slug}?answer_deleted#answer-${answerId(values)}`);
		}),
	helpful: ({ request, params, locals }) =>
		formAction(request, locals.locale, async (values) => {
			await markHelpful(locals.actor, { slug: params.slug, answerId: answerId(values), helpful: values.helpful === 'yes' }, locals.deps);
			redirect(303, `/${locals.locale}/challenges/${params.slug}?helpful#answer-${answerId(values)}`);
		}),
	status: ({ request, params, locals }) =>
		formAction(request, locals.locale, async (values) => {
			const { status } = await setChallengeStatus(locals.actor, { slug: params.slug, values }, locals.deps);
			redirect(303, `/${locals.locale}/challenges/${params.slug}?${status === 'solved' ? 'solved' : 'reopened'}`);
		}),
	face: ({ request, params, locals }) =>
		formAction(request, locals.locale, async (values) => {
			await faceToo(locals.actor, { slug: params.slug, values }, locals.deps);
			redirect(303, `/${locals.locale}/challenges/${params.slug}?faced#challenge-map-title`);
		}),
	unface: ({ request, params, locals }) =>
		formAction(request, locals.locale, async (values) => {
			const cityId = await findCityIdBySlug(String(values.city ?? ''), locals.deps);
			await undoFaceToo(locals.actor, { slug: params.slug, cityId }, locals.deps);
			redirect(303, `/${locals.locale}/challenges/${params.slug}?unfaced#challenge-map-title`);
		})
};
