import type { Actions, PageServerLoad } from './$types';
import { formAction, pageError } from '$lib/server/platform/http';
import { translate } from '$lib/server/platform/i18n';
import {
	deleteAttachment,
	listAttachments,
	removeCoverImage,
	setCoverImage,
	uploadAttachment,
	uploadFormAction
} from '$lib/server/platform/files';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	try {
		return { page: await listAttachments(locals.actor, params.slug, locals.locale, locals.deps) };
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};

export const actions: Actions = {
	upload: ({ request, locals, params }) =>
		uploadFormAction(request, locals.locale, async (values, file) => {
			const { name } = await uploadAttachment(locals.actor, { slug: params.slug, file, values }, locals.deps);
			return { values: { form: 'upload' }, success: translate({ key: 'attachment_uploaded', params: { name } }, locals.locale) };
		}),
	cover: ({ request, locals, params }) =>
		formAction(request, locals.locale, async (values) => {
			await setCoverImage(locals.actor, { slug: params.slug, values }, locals.deps);
			return { values: { form: 'list' }, success: translate('attachment_cover_set', locals.locale) };
		}),
	uncover: ({ request, locals, params }) =>
		formAction(request, locals.locale, async () => {
			await removeCoverImage(locals.actor, { slug: params.slug }, locals.deps);
			return { values: { form: 'list' }, success: translate('attachment_cover_removed', locals.locale) };
		}),
	delete: ({ request, locals, params }) =>
		formAction(request, locals.locale, async (values) => {
			const { name } = await deleteAttachment(locals.actor, { slug: params.slug, values }, locals.deps);
			return { values: { form: 'list' }, success: translate({ key: 'attachment_deleted', params: { name } }, locals.locale) };
		})
};
