import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction } from '$lib/server/platform/http';
import {
	changeEmail,
	changePassword,
	getAccount,
	resendVerification,
	setMailLanguage,
	SPOKEN_LANGUAGES,
	updateProfile
} from '$lib/server/directory/accounts';
import { loginPath, sessionToken } from '$lib/server/platform/auth';
import { translate } from '$lib/server/platform/i18n';
import type { Locale } from '$lib/paraglide/runtime';

export const load: PageServerLoad = async ({ locals, url }) => {
	if (!locals.actor) redirect(303, loginPath(locals.locale, url.pathname));
	const page = await getAccount(locals.actor, { locale: locals.locale }, locals.deps);
	return {
		...page,
		spokenLanguages: [...SPOKEN_LANGUAGES],
		// one-time notices after the redirects from registering and resetting the password
		welcome: url.searchParams.has('welcome'),
		passwordChanged: url.searchParams.has('password-changed')
	};
};

/** The answer to a successful form, tagged with its section (the hidden `form` field). */
const done = (section: string, key: string, locale: Locale, params?: Record<string, string>) => ({
	values: { form: section },
	success: translate({ key, params }, locale)
});

export const actions: Actions = {
	profile: ({ request, locals }) =>
		formAction(request, locals.locale, async (values) => {
			await updateProfile(locals.actor, values, locals.deps);
			return done('profile', 'account_profile_saved', locals.locale);
		}),
	password: ({ request, locals, cookies }) =>
		formAction(request, locals.locale, async (values) => {
			await changePassword(locals.actor, values, locals.deps, { sessionToken: sessionToken(cookies) });
			return done('password', 'account_password_changed', locals.locale);
		}),
	email: ({ request, locals }) =>
		formAction(request, locals.locale, async (values) => {
			const { newEmail } = await changeEmail(locals.actor, values, locals.deps);
			return done('email', 'account_email_sent', locals.locale, { email: newEmail });
		}),
	language: ({ request, locals }) =>
		formAction(request, locals.locale, async (values) => {
			await setMailLanguage(locals.actor, values, locals.deps);
			return done('language', 'account_language_saved', locals.locale);
		}),
	resend: ({ request, locals }) =>
		formAction(request, locals.locale, async () => {
			const { sent, email } = await resendVerification(locals.actor, {}, locals.deps);
			return done('resend', sent ? 'account_resend_sent' : 'account_resend_not_needed', locals.locale, { email });
		})
};
