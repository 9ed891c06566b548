import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction, pageError } from '$lib/server/platform/http';
import { decideRequest, getGroupMembers, invitePerson, removeMember, setRole } from '$lib/server/together/groups';

const NOTICES = ['invited', 'joined', 'accept', 'decline', 'role', 'removed'] as const;

export const load: PageServerLoad = async ({ params, locals, url }) => {
	try {
		return {
			view: await getGroupMembers(locals.actor, { slug: params.slug, locale: locals.locale }, locals.deps),
			notice: NOTICES.find((n) => url.searchParams.has(n)) ?? null,
			name: url.searchParams.get('name') ?? ''
		};
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};

const back = (locale: string, slug: string, notice: string, anchor = 'members-title'): never =>
	redirect(303, `/${locale}/groups/${slug}/members?${notice}#${anchor}`);

export const actions: Actions = {
	invite: ({ request, params, locals }) =>
		formAction(request, locals.locale, async (values) => {
			const { name, joined } = await invitePerson(locals.actor, { slug: params.slug, values }, locals.deps);
			back(locals.locale, params.slug, `${joined ? 'joined' : 'invited'}&name=${encodeURIComponent(name)}`, 'invite-title');
		}),
	decide: ({ request, params, locals }) =>
		formAction(request, locals.locale, async (values) => {
			const decision = await decideRequest(locals.actor, { slug: params.slug, values }, locals.deps);
			back(locals.locale, params.slug, decision, 'requests-title');
		}),
	role: ({ request, params, locals }) =>
		formAction(request, locals.locale, async (values) => {
			await setRole(locals.actor, { slug: params.slug, values }, locals.deps);
			back(locals.locale, params.slug, 'role');
		}),
	remove: ({ request, params, locals }) =>
		formAction(request, locals.locale, async (values) => {
			await removeMember(locals.actor, { slug: params.slug, values }, locals.deps);
			back(locals.locale, params.slug, 'removed');
		})
};
