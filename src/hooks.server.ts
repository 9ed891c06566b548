import { AsyncLocalStorage } from 'node:async_hooks';
import { redirect, type Handle, type ServerInit, type HandleServerError } from '@sveltejs/kit';
import { overwriteServerAsyncLocalStorage, type Locale } from '$lib/paraglide/runtime';
import { app, isReady, startApp, stopApp } from '$lib/server/site/app';
import { config } from '$lib/server/platform/core';
import { resolveSession, sessionToken, setSessionCookie } from '$lib/server/platform/auth';
import { LOCALE_COOKIE, localeFromPath, preferredLocale } from '$lib/server/platform/i18n';
import { isForbiddenCrossSiteForm, securityHeaders } from '$lib/server/platform/http';
import { isDatabaseUnavailable } from '$lib/server/platform/db';

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
const UNLOCALISED = /^\/(health|_app|favicon|robots\.txt|fonts\/|api\/|files\/|documents\/|calendar\/|unsubscribe\/)/;

export const handle: Handle = async ({ event, resolve }) => {
	const { pathname } = event.url;
	// Cross-site form posts are refused here, not by SvelteKit (see $lib/server/platform/http/csrf.ts).
	if (isForbiddenCrossSiteForm(event.request, event.url)) {
		const message = `Cross-site ${event.request.method} form submissions are forbidden`;
		return event.request.headers.get('accept') === 'application/json'
			? Response.json({ message }, { status: 403 })
			: new Response(message, { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8' } });
	}
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
		try {
			event.locals.actor = await resolveSession(app().deps.db, token, (expiresAt) =>
				setSessionCookie(event.cookies, { token: token!, expiresAt })
			);
		} catch (error) {
			if (!isDatabaseUnavailable(error)) throw error;
			// the page itself will fail the same way and answer 503; it may not need the session
			event.locals.actor = null;
		}
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
	if (response.status === 500 && event.locals.databaseUnavailable) return asUnavailable(response);
	return response;
};

/** The same error page as 503 with Retry-After: the database is back within seconds, usually. */
function asUnavailable(response: Response): Response {
	const headers = new Headers(response.headers);
	headers.set('retry-after', '10');
	headers.set('cache-control', 'no-store');
	return new Response(response.body, { status: 503, headers });
}

export const handleError: HandleServerError = ({ error, status, event }) => {
	if (isDatabaseUnavailable(error)) {
		event.locals.databaseUnavailable = true;
		console.error(`Database unavailable: ${error instanceof Error ? error.message : String(error)}`);
		return { message: 'unavailable' };
	}
	// Never show a stack trace or SQL to the person; the log keeps it.
	if (status >= 500) console.error(error);
	return { message: status === 404 ? 'Not found' : 'Internal error' };
};
