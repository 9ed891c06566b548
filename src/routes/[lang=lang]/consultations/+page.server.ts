import type { PageServerLoad } from './$types';
import { pageError } from '$lib/server/platform/http';
import { listConsultations } from '$lib/server/acting/consultations';

export const load: PageServerLoad = async ({ url, locals }) => {
	try {
		const values = { area: url.searchParams.get('area') ?? '' };
		return {
			list: await listConsultations(locals.actor, { values, locale: locals.locale }, locals.deps),
			withdrawn: url.searchParams.has('withdrawn')
		};
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};

// A reading page with a GET filter only: no hydration needed.
export const csr = false;
