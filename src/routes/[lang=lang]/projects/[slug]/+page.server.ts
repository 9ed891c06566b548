import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction, pageError } from '$lib/server/platform/http';
import { translate } from '$lib/server/platform/i18n';
import { uploadFormAction } from '$lib/server/platform/files';
import { deleteDocument, documentsFor, uploadDocument } from '$lib/server/together/documents';
import { changeProjectStatus, getProject, postProjectUpdate, projectForDocuments } from '$lib/server/acting/projects';

/** One-time notices after the redirects that land here. */
const NOTICES = ['created', 'saved', 'status', 'posted'] as const;

export const load: PageServerLoad = async ({ params, locals, url }) => {
	try {
		const project = await getProject(locals.actor, { slug: params.slug, locale: locals.locale }, locals.deps);
		// documents follow the same audiences as updates: nothing for visitors and non-members
		const documents = project.readable.length ? await documentsFor(locals.actor, 'project', project.id, locals.deps) : [];
		return { project, documents, notice: NOTICES.find((n) => url.searchParams.has(n)) ?? null };
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};

const back = (locale: string, slug: string, notice: string, anchor: string): never =>
	redirect(303, `/${locale}/projects/${slug}?${notice}#${anchor}`);

export const actions: Actions = {
	status: ({ request, params, locals }) =>
		formAction(request, locals.locale, async (values) => {
			await changeProjectStatus(locals.actor, { slug: params.slug, values }, locals.deps);
			back(locals.locale, params.slug, 'status', 'project-status-title');
		}),
	update: ({ request, params, locals }) =>
		formAction(request, locals.locale, async (values) => {
			await postProjectUpdate(locals.actor, { slug: params.slug, values }, locals.deps);
			back(locals.locale, params.slug, 'posted', 'updates-title');
		}),
	uploadDocument: ({ request, params, locals }) =>
		uploadFormAction(request, locals.locale, async (values, file) => {
			const project = await projectForDocuments(locals.actor, params.slug, locals.deps);
			const { name } = await uploadDocument(
				locals.actor,
				{ ownerType: 'project', ownerId: project.id, title: values.title, audience: values.audience, file },
				locals.deps
			);
			return {
				values: { form: 'documents-upload' },
				success: translate({ key: 'projects_document_uploaded', params: { name } }, locals.locale)
			};
		}),
	deleteDocument: ({ request, params, locals }) =>
		formAction(request, locals.locale, async (values) => {
			const project = await projectForDocuments(locals.actor, params.slug, locals.deps);
			await deleteDocument(locals.actor, { ownerType: 'project', ownerId: project.id, values }, locals.deps);
			return { values: { _form: 'documents' }, success: translate('projects_document_deleted', locals.locale) };
		})
};
