import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction, pageError } from '$lib/server/platform/http';
import { dismissReport, hideContent, listReports, restoreContent } from '$lib/server/together/moderation';

export const load: PageServerLoad = async ({ locals, url }) => {
	try {
		const queue = await listReports(
			locals.actor,
			{ show: url.searchParams.get('show'), page: url.searchParams.get('page'), locale: locals.locale },
			locals.deps
		);
		const done = url.searchParams.get('done');
		return { queue, done: done === 'hidden' || done === 'restored' || done === 'dismissed' ? done : null };
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};

/** Back to the list the moderator was on, with what was done. */
const back = (locale: string, url: URL, done: string) => {
	const show = url.searchParams.get('show') === 'decided' ? '&show=decided' : '';
	redirect(303, `/${locale}/admin/reports?done=${done}${show}`);
};

export const actions: Actions = {
	hide: ({ request, locals, url }) =>
		formAction(request, locals.locale, async (values) => {
			await hideContent(locals.actor, { type: values.type, id: values.id, values }, locals.deps);
			back(locals.locale, url, 'hidden');
		}),
	restore: ({ request, locals, url }) =>
		formAction(request, locals.locale, async (values) => {
			await restoreContent(locals.actor, { type: values.type, id: values.id, values }, locals.deps);
			back(locals.locale, url, 'restored');
		}),
	dismiss: ({ request, locals, url }) =>
		formAction(request, locals.locale, async (values) => {
			await dismissReport(locals.actor, { type: values.type, id: values.id, values }, locals.deps);
			back(locals.locale, url, 'dismissed');
		})
};
