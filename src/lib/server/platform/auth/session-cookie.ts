import type { Cookies } from '@sveltejs/kit';
import { config } from '../core';
import { SESSION_COOKIE } from './sessions.service';

/** The session cookie: HttpOnly, SameSite=Lax, whole site, Secure behind https, same expiry as the session. */
export function setSessionCookie(cookies: Cookies, session: { token: string; expiresAt: Date }): void {
	cookies.set(SESSION_COOKIE, session.token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: config.secure,
		expires: session.expiresAt
	});
}

export function clearSessionCookie(cookies: Cookies): void {
	cookies.delete(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: config.secure });
}

export function sessionToken(cookies: Cookies): string | undefined {
	return cookies.get(SESSION_COOKIE);
}
