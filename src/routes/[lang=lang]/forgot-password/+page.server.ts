import type { Actions } from './$types';
import { formAction } from '$lib/server/platform/http';
import { requestPasswordReset } from '$lib/server/directory/accounts';
import { m } from '$lib/paraglide/messages';

export const actions: Actions = {
	default: ({ request, locals, getClientAddress }) =>
		formAction(request, locals.locale, async (values) => {
			const { email } = await requestPasswordReset(locals.actor, values, locals.deps, { ip: getClientAddress() });
			// the same answer whether or not the account exists
			return { success: m.auth_forgot_sent({ email }, { locale: locals.locale }), values: { email } };
		})
};
