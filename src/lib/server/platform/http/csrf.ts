/**
 * SvelteKit's cross-site form check, done here instead (vite.config.ts turns the built-in one
 * off with `csrf.trustedOrigins: ['*']`) so that one path can be let through: the one-click
 * unsubscribe link, which mail clients POST to without an Origin header (RFC 8058). That
 * route reads no session or cookie and acts only on the secret token in its path, so a
 * forged request can do nothing its holder could not. Everything else is refused exactly as
 * SvelteKit does: a form-encoded POST, PUT, PATCH or DELETE whose Origin is not this site.
 */
const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain', 'application/x-sveltekit-formdata'];
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Paths that take cross-site form POSTs: only the one-click unsubscribe link. */
const CROSS_SITE_ALLOWED = /^\/unsubscribe\/[^/]+\/?$/;

function isFormContentType(request: Request): boolean {
	const type = request.headers.get('content-type')?.split(';', 1)[0].trim().toLowerCase() ?? '';
	return FORM_TYPES.includes(type);
}

export function isForbiddenCrossSiteForm(request: Request, url: URL): boolean {
	if (!UNSAFE.has(request.method) || !isFormContentType(request)) return false;
	if (request.headers.get('origin') === url.origin) return false;
	return !(request.method === 'POST' && CROSS_SITE_ALLOWED.test(url.pathname));
}
