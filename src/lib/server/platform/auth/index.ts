export { isAdmin, isCoordinator, isMember } from './actor';
export type { Actor, MaybeActor } from './actor';
export { loginPath, safeNextPath } from './next-path';
export { PASSWORD_MAX, PASSWORD_MIN, hashPassword, verifyAgainstDecoy, verifyPassword } from './password';
export { clearSessionCookie, sessionToken, setSessionCookie } from './session-cookie';
export { SESSION_COOKIE, endOtherSessions, endSession, resolveSession, startSession } from './sessions.service';
export { hashToken, newToken } from './tokens';
