import { describe, expect, it } from 'vitest';
import { securityHeaders } from './security-headers';

describe('security headers', () => {
	it('adds HSTS only behind HTTPS', () => {
		const secure = new Headers();
		securityHeaders(secure, true);
		expect(secure.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
		const plain = new Headers();
		securityHeaders(plain, false);
		expect(plain.get('strict-transport-security')).toBeNull();
		for (const headers of [secure, plain]) {
			expect(headers.get('x-content-type-options')).toBe('nosniff');
			expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
			expect(headers.get('x-frame-options')).toBe('DENY');
		}
	});
});
