/**
 * A plain local path: one `/`, then only printable ASCII that a URL of this site may carry as
 * it is (what WHATWG's URL parser leaves unencoded in a path or query), except `\`, which
 * browsers read as `/`. Spaces, quotes, `<>`, control characters and any letter outside ASCII
 * arrive percent-encoded in the links this site makes; unencoded, they are not a path we sent,
 * and some of them cannot even stand in a Location header (a redirect to `/ż` fails with a 500).
 */
const PLAIN_LOCAL_PATH = /^\/(?![/\\])[A-Za-z0-9\-._~!$&'()*+,;=:@%/?#[\]{}|^`]*$/;

/**
 * Where to send a person after logging in: only a plain path on this site. `//host` and
 * `/\\host` are read by browsers as other sites, so they are refused, as is anything with a
 * scheme, control characters or characters a Location header cannot carry.
 */
export function safeNextPath(next: string | null | undefined, fallback: string): string {
	if (!next || next.length > 500) return fallback;
	return PLAIN_LOCAL_PATH.test(next) ? next : fallback;
}

/** The login page address that comes back to `path` afterwards. */
export function loginPath(locale: string, path: string): string {
	return `/${locale}/login?next=${encodeURIComponent(path)}`;
}
