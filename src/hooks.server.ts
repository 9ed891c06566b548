import { AsyncLocalStorage } from 'node:async_hooks';
import { redirect, type Handle, type ServerInit, type HandleServerError } from '@sveltejs/kit';
import { overwriteServerAsyncLocalStorage, type Locale } from '$lib/paraglide/runtime';
import { app, isReady, startApp, stopApp } from '$lib/server/app';
import { config } from '$lib/server/config';
import { resolveSession } from '$lib/server/auth/sessions.service';
import { sessionToken, setSessionCookie } from '$lib/server/auth/session-cookie';
import { LOCALE_COOKIE, localeFromPath, preferredLocale } from '$lib/server/i18n/locale';
import { securityHeaders } from '$lib/server/http/security-headers';

// Paraglide reads the request's locale from here (see runtime.getLocale).
const localeStorage = new AsyncLocalStorage<{ locale?: Locale; origin?: string; messageCalls?: Set<string> }>();
overwriteServerAsyncLocalStorage(localeStorage);

export const init: ServerInit = async () => {
	await startApp();
	let stopping = false;
	process.on('sveltekit:shutdown', async () => {
		if (stopping) return;
		stopping = true;
		await stopApp();
	});
};

/** Paths that are not pages in a language: they are never redirected to /pl or /en. */
const UNLOCALISED = /^\/(health|_app|favicon|robots\.txt|fonts\/|api\/|files\/|documents\/|calendar\/)/;

export const handle: Handle = async ({ event, resolve }) => {
	const { pathname } = event.url;
	const pathLocale = localeFromPath(pathname);

	if (!pathLocale && !UNLOCALISED.test(pathname) && event.request.method === 'GET') {
		const locale = preferredLocale(event.cookies.get(LOCALE_COOKIE), event.request.headers.get('accept-language'));
		redirect(307, `/${locale}${pathname === '/' ? '' : pathname}${event.url.search}`);
	}

	const locale: Locale = pathLocale ?? 'pl';
	event.locals.locale = locale;
	if (isReady()) {
		event.locals.deps = app().deps;
		const token = sessionToken(event.cookies);
		event.locals.actor = await resolveSession(app().deps.db, token, (expiresAt) =>
			setSessionCookie(event.cookies, { token: token!, expiresAt })
		);
	} else {
		event.locals.actor = null;
	}
	if (pathLocale && event.cookies.get(LOCALE_COOKIE) !== pathLocale) {
		event.cookies.set(LOCALE_COOKIE, pathLocale, {
			path: '/',
			httpOnly: true,
			sameSite: 'lax',
			secure: config.secure,
			maxAge: 60 * 60 * 24 * 365
		});
	}

	const response = await localeStorage.run({ locale, origin: event.url.origin }, () =>
		resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', locale) })
	);
	securityHeaders(response.headers, config.secure);
	return response;
};

export const handleError: HandleServerError = ({ error, status }) => {
	// Never show a stack trace or SQL to the person; the log keeps it.
	if (status >= 500) console.error(error);
	return { message: status === 404 ? 'Not found' : 'Internal error' };
};
