import type { Actions, PageServerLoad } from './$types';
import { formAction, pageError } from '$lib/server/platform/http';
import { translate } from '$lib/server/platform/i18n';
import {
	changeMemberRole,
	getOrganisationMembers,
	inviteMember,
	removeMember,
	revokeInvitation
} from '$lib/server/directory/organisations';
import type { Locale } from '$lib/paraglide/runtime';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	try {
		return { team: await getOrganisationMembers(locals.actor, params.slug, locals.deps) };
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
};

/** The answer to a successful form, tagged with the form it came from (hidden `form` field). */
const done = (section: string, key: string, locale: Locale, params?: Record<string, string>) => ({
	values: { form: section },
	success: translate({ key, params }, locale)
});

export const actions: Actions = {
	invite: ({ request, locals, params }) =>
		formAction(request, locals.locale, async (values) => {
			const { email } = await inviteMember(locals.actor, params.slug, values, locals.deps);
			return done('invite', 'org_invite_sent', locals.locale, { email });
		}),
	role: ({ request, locals, params }) =>
		formAction(request, locals.locale, async (values) => {
			await changeMemberRole(locals.actor, params.slug, values, locals.deps);
			return done('members', 'org_members_role_changed', locals.locale);
		}),
	remove: ({ request, locals, params }) =>
		formAction(request, locals.locale, async (values) => {
			await removeMember(locals.actor, params.slug, values, locals.deps);
			return done('members', 'org_members_removed', locals.locale);
		}),
	revoke: ({ request, locals, params }) =>
		formAction(request, locals.locale, async (values) => {
			await revokeInvitation(locals.actor, params.slug, values, locals.deps);
			return done('invitations', 'org_invitation_revoked', locals.locale);
		})
};
