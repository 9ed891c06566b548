/** Headers every response carries; the CSP itself comes from SvelteKit's csp setting (with nonces). */
export function securityHeaders(headers: Headers, secure: boolean): void {
	headers.set('X-Content-Type-Options', 'nosniff');
	headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
	headers.set('X-Frame-Options', 'DENY');
	headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()');
	headers.set('Cross-Origin-Opener-Policy', 'same-origin');
	if (secure) headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
}
