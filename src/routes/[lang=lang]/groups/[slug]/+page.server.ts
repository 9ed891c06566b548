import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction, pageError } from '$lib/server/platform/http';
import { translate } from '$lib/server/platform/i18n';
import { uploadFormAction } from '$lib/server/platform/files';
import { deleteDocument, documentsFor, uploadDocument } from '$lib/server/together/documents';
import { listThreads } from '$lib/server/together/discussions';
import { listProposals } from '$lib/server/together/proposals';
import { markContextSeen } from '$lib/server/notify/notifications';
import { answerInvitation, getGroup, groupForDocuments, joinGroup, leaveGroup, requestToJoin } from '$lib/server/together/groups';

/** One-time notices after the redirects that land here. */
const NOTICES = ['created', 'saved', 'joined', 'requested', 'left', 'withdrawn', 'accepted', 'declined'] as const;
/** Recent discussions shown on the group's page; the rest on its discussions page. */
const RECENT_THREADS = 5;

export const load: PageServerLoad = async ({ params, locals, url }) => {
	try {
		const group = await getGroup(locals.actor, { slug: params.slug, locale: locals.locale }, locals.deps);
		await markContextSeen(locals.actor, { type: 'group', id: group.id }, locals.deps);
		const content = group.can.readContent
			? await Promise.all([
					listThreads(locals.actor, { groupId: group.id, locale: locals.locale }, locals.deps),
					listProposals(locals.actor, { groupId: group.id }, locals.deps),
					documentsFor(locals.actor, 'group', group.id, locals.deps)
				])
			: null;
		return {
			group,
			threads: content ? content[0].threads.slice(0, RECENT_THREADS) : [],
			moreThreads: content ? content[0].total > RECENT_THREADS : false,
			proposals: content ? content[1].filter((p) => p.open) : [],
			documents: content ? content[2] : [],
			notice: NOTICES.find((n) => url.searchParams.has(n)) ?? null
		};
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};

const back = (locale: string, slug: string, notice: string): never => redirect(303, `/${locale}/groups/${slug}?${notice}#your-place-title`);

export const actions: Actions = {
	join: ({ params, locals, request }) =>
		formAction(request, locals.locale, async () => {
			await joinGroup(locals.actor, { slug: params.slug }, locals.deps);
			back(locals.locale, params.slug, 'joined');
		}),
	request: ({ params, locals, request }) =>
		formAction(request, locals.locale, async (values) => {
			const outcome = await requestToJoin(locals.actor, { slug: params.slug, values }, locals.deps);
			back(locals.locale, params.slug, outcome === 'joined' ? 'joined' : 'requested');
		}),
	leave: ({ params, locals, request }) =>
		formAction(request, locals.locale, async (values) => {
			await leaveGroup(locals.actor, { slug: params.slug }, locals.deps);
			back(locals.locale, params.slug, values.withdraw ? 'withdrawn' : 'left');
		}),
	answer: ({ params, locals, request }) =>
		formAction(request, locals.locale, async (values) => {
			const decision = await answerInvitation(locals.actor, { slug: params.slug, values }, locals.deps);
			if (decision === 'decline') redirect(303, `/${locals.locale}/groups?declined`);
			back(locals.locale, params.slug, 'accepted');
		}),
	uploadDocument: ({ request, params, locals }) =>
		uploadFormAction(request, locals.locale, async (values, file) => {
			const group = await groupForDocuments(locals.actor, params.slug, locals.deps);
			const { name } = await uploadDocument(
				locals.actor,
				{ ownerType: 'group', ownerId: group.id, title: values.title, file },
				locals.deps
			);
			return {
				values: { form: 'documents-upload' },
				success: translate({ key: 'groups_document_uploaded', params: { name } }, locals.locale)
			};
		}),
	deleteDocument: ({ request, params, locals }) =>
		formAction(request, locals.locale, async (values) => {
			const group = await groupForDocuments(locals.actor, params.slug, locals.deps);
			await deleteDocument(locals.actor, { ownerType: 'group', ownerId: group.id, values }, locals.deps);
			return { values: { _form: 'documents' }, success: translate('groups_document_deleted', locals.locale) };
		})
};
