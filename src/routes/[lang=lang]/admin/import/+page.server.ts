import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { pageError } from '$lib/server/platform/http';
import { uploadFormAction } from '$lib/server/platform/files';
import { importPage, importPractices, reportView } from '$lib/server/knowledge/importer';

export const load: PageServerLoad = async ({ locals, url }) => {
	try {
		return { importer: await importPage(locals.actor, locals.deps) };
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};

export const actions: Actions = {
	default: ({ request, locals }) =>
		uploadFormAction(request, locals.locale, async (values, file) => {
			const skipInvalid = values.skip_invalid === 'yes';
			const report = reportView(await importPractices(locals.actor, { file, skipInvalid }, locals.deps), locals.locale);
			const kept = { skip_invalid: skipInvalid ? 'yes' : '' };
			// Nothing imported is a refused request: the page shows why, with a 400.
			if (!report.ok) return fail(400, { values: kept, report });
			return { values: kept, report };
		})
};
