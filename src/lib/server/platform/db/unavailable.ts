/**
 * Whether an error means "the database cannot be reached right now" (server restarting, network
 * down, connection dropped) rather than a bug. Pages then answer 503 with Retry-After instead of
 * 500, and the pool reconnects by itself once PostgreSQL is back: no restart needed.
 */

/** Node socket errors and PostgreSQL's connection-exception and operator-intervention classes. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
const SQLSTATE = /^(08|57P0[1-3])/;
const MESSAGES = /Connection terminated|connection error|timeout exceeded when trying to connect|Client was closed|terminating connection/i;

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
	if (!error || typeof error !== 'object' || depth > 4) return false;
	const { code, message, errors, cause } = error as { code?: unknown; message?: unknown; errors?: unknown; cause?: unknown };
	if (typeof code === 'string' && (NETWORK_CODES.has(code) || SQLSTATE.test(code))) return true;
	if (typeof message === 'string' && MESSAGES.test(message)) return true;
	// Node reports a refused connection to "localhost" (::1 and 127.0.0.1) as an AggregateError
	if (Array.isArray(errors) && errors.some((e) => isDatabaseUnavailable(e, depth + 1))) return true;
	return isDatabaseUnavailable(cause, depth + 1);
}
