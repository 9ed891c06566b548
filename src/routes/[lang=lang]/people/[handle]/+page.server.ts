import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { AppError } from '$lib/server/errors';
import { showPerson } from '$lib/server/people/people.service';

export const load: PageServerLoad = async ({ locals, params }) => {
	try {
		const person = await showPerson(locals.actor, { handle: params.handle, locale: locals.locale }, locals.deps);
		return { person };
	} catch (failure) {
		// Hidden and missing profiles answer alike, so a handle reveals nothing.
		if (failure instanceof AppError && failure.code === 'not_found') error(404, 'Not found');
		throw failure;
	}
};
