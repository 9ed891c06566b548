import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction, pageError } from '$lib/server/platform/http';
import { addTransferNote, addTransferPerson, getTransfer, moveTransferStage, removeTransferPerson } from '$lib/server/knowledge/transfers';

/** One-time notices after the redirects that land here. */
const NOTICES = ['created', 'note', 'stage', 'people'] as const;

export const load: PageServerLoad = async ({ params, locals, url }) => {
	try {
		const transfer = await getTransfer(locals.actor, { slug: params.slug, id: params.id, locale: locals.locale }, locals.deps);
		return { transfer, notice: NOTICES.find((n) => url.searchParams.has(n)) ?? null };
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};

/** Each form posts to its own action, then comes back here (so a reload does not post twice). */
const done = (locale: string, params: { slug: string; id: string }, notice: string, anchor: string): never =>
	redirect(303, `/${locale}/practices/${params.slug}/transfers/${params.id}?${notice}#${anchor}`);

export const actions: Actions = {
	note: ({ request, params, locals }) =>
		formAction(request, locals.locale, async (values) => {
			await addTransferNote(locals.actor, { slug: params.slug, id: params.id, values }, locals.deps);
			done(locals.locale, params, 'note', 'stages-title');
		}),
	stage: ({ request, params, locals }) =>
		formAction(request, locals.locale, async (values) => {
			await moveTransferStage(locals.actor, { slug: params.slug, id: params.id, values }, locals.deps);
			done(locals.locale, params, 'stage', 'stages-title');
		}),
	addPerson: ({ request, params, locals }) =>
		formAction(request, locals.locale, async (values) => {
			await addTransferPerson(locals.actor, { slug: params.slug, id: params.id, values }, locals.deps);
			done(locals.locale, params, 'people', 'people-title');
		}),
	removePerson: ({ request, params, locals }) =>
		formAction(request, locals.locale, async (values) => {
			await removeTransferPerson(locals.actor, { slug: params.slug, id: params.id, values }, locals.deps);
			done(locals.locale, params, 'people', 'people-title');
		})
};
