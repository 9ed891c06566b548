/**
 * Where to send a person after logging in: only a path on this site. `//host` and `/\host`
 * are read by browsers as other sites, so they are refused, as is anything with control
 * characters or a scheme.
 */
export function safeNextPath(next: string | null | undefined, fallback: string): string {
	if (!next || next.length > 500) return fallback;
	if (!next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
	if (/[\u0000-\u001F\u007F\\]/.test(next)) return fallback;
	return next;
}

/** The login page address that comes back to `path` afterwards. */
export function loginPath(locale: string, path: string): string {
	return `/${locale}/login?next=${encodeURIComponent(path)}`;
}
