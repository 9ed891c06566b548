import type { PageServerLoad } from './$types';
import { pageError } from '$lib/server/platform/http';
import { getAreaPage } from '$lib/server/knowledge/areas';
import { areaActivity } from '$lib/server/acting/activity';
import { followButton } from '$lib/server/notify/follows';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	try {
		const [area, activity] = await Promise.all([
			getAreaPage(
				locals.actor,
				{
					key: params.key,
					locale: locals.locale,
					practicesPage: url.searchParams.get('practices'),
					peoplePage: url.searchParams.get('people')
				},
				locals.deps
			),
			areaActivity(locals.actor, { key: params.key, locale: locals.locale }, locals.deps)
		]);
		return { area, activity, follow: await followButton(locals.actor, { type: 'area', key: params.key }, locals.deps) };
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};

export const csr = false;
