import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction, pageError } from '$lib/server/platform/http';
import { translate } from '$lib/server/platform/i18n';
import { uploadFormAction } from '$lib/server/platform/files';
import { deleteDocument, documentsFor, uploadDocument } from '$lib/server/together/documents';
import {
	addEventPracticeFromForm,
	cancelFromForm,
	eventForDocuments,
	findPracticesForEvent,
	getEventPage,
	registerFromForm,
	removeEventPracticeFromForm,
	saveEventNotes
} from '$lib/server/acting/events';

/** One-time notices after the redirects that land here. */
const NOTICES = ['created', 'saved', 'registered', 'waitlisted', 'cancelled', 'eventCancelled', 'notes', 'practices'] as const;

export const load: PageServerLoad = async ({ params, locals, url }) => {
	try {
		const event = await getEventPage(locals.actor, { slug: params.slug, locale: locals.locale }, locals.deps);
		const practiceQuery = (url.searchParams.get('practice_q') ?? '').slice(0, 100);
		const [documents, practiceHits] = await Promise.all([
			documentsFor(locals.actor, 'event', event.id, locals.deps),
			event.manages && practiceQuery
				? findPracticesForEvent(locals.actor, { slug: params.slug, text: practiceQuery, locale: locals.locale }, locals.deps)
				: Promise.resolve(null)
		]);
		const promoted = Number(url.searchParams.get('promoted') ?? 0);
		return {
			event,
			documents,
			practiceQuery,
			practiceHits,
			notice: NOTICES.find((n) => url.searchParams.has(n)) ?? null,
			promoted: Number.isInteger(promoted) && promoted > 0 ? promoted : 0
		};
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};

const back = (locale: string, slug: string, notice: string, anchor = ''): never =>
	redirect(303, `/${locale}/events/${slug}?${notice}${anchor ? `#${anchor}` : ''}`);

export const actions: Actions = {
	register: ({ request, params, locals }) =>
		formAction(request, locals.locale, async (values) => {
			const { status } = await registerFromForm(locals.actor, { slug: params.slug, values }, locals.deps);
			back(locals.locale, params.slug, status, 'registration-title');
		}),
	cancel: ({ request, params, locals }) =>
		formAction(request, locals.locale, async () => {
			await cancelFromForm(locals.actor, { slug: params.slug }, locals.deps);
			back(locals.locale, params.slug, 'cancelled', 'registration-title');
		}),
	notes: ({ request, params, locals }) =>
		formAction(request, locals.locale, async (values) => {
			await saveEventNotes(locals.actor, { slug: params.slug, values }, locals.deps);
			back(locals.locale, params.slug, 'notes', 'after-title');
		}),
	addPractice: ({ request, params, locals }) =>
		formAction(request, locals.locale, async (values) => {
			await addEventPracticeFromForm(locals.actor, { slug: params.slug, values }, locals.deps);
			back(locals.locale, params.slug, 'practices', 'practices-title');
		}),
	removePractice: ({ request, params, locals }) =>
		formAction(request, locals.locale, async (values) => {
			await removeEventPracticeFromForm(locals.actor, { slug: params.slug, values }, locals.deps);
			back(locals.locale, params.slug, 'practices', 'practices-title');
		}),
	uploadDocument: ({ request, params, locals }) =>
		uploadFormAction(request, locals.locale, async (values, file) => {
			const event = await eventForDocuments(locals.actor, params.slug, locals.deps);
			const { name } = await uploadDocument(
				locals.actor,
				{ ownerType: 'event', ownerId: event.id, title: values.title, file },
				locals.deps
			);
			return {
				values: { form: 'documents-upload' },
				success: translate({ key: 'events_material_uploaded', params: { name } }, locals.locale)
			};
		}),
	deleteDocument: ({ request, params, locals }) =>
		formAction(request, locals.locale, async (values) => {
			const event = await eventForDocuments(locals.actor, params.slug, locals.deps);
			await deleteDocument(locals.actor, { ownerType: 'event', ownerId: event.id, values }, locals.deps);
			return { values: { _form: 'documents' }, success: translate('events_material_deleted', locals.locale) };
		})
};
