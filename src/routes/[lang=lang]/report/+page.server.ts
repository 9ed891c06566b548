import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction, pageError } from '$lib/server/platform/http';
import { getReportTarget, REPORT_REASONS, reportContent } from '$lib/server/together/moderation';

const query = (url: URL) => ({ type: url.searchParams.get('type') ?? '', id: url.searchParams.get('id') ?? '' });

export const load: PageServerLoad = async ({ locals, url }) => {
	try {
		const target = await getReportTarget(locals.actor, { values: query(url), locale: locals.locale }, locals.deps);
		return { target, reasons: REPORT_REASONS, sent: url.searchParams.has('sent') };
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};

export const actions: Actions = {
	default: ({ request, locals, url }) =>
		formAction(request, locals.locale, async (values) => {
			const { type, id } = query(url);
			await reportContent(locals.actor, { type, id, values }, locals.deps);
			redirect(303, `/${locals.locale}/report?type=${encodeURIComponent(type)}&id=${encodeURIComponent(id)}&sent`);
		})
};
