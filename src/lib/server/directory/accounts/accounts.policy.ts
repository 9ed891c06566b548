import { definePolicy, signedIn } from '../../platform/auth';

/**
 * Who may do what with accounts. Anyone may register, log in or ask for a reset link (those are
 * limited by rate, not by role); everything on the account page is the signed-in person's own.
 */
export const accountPolicy = definePolicy({
	/** The account page and its forms: signed in, or `unauthenticated` (the login form). */
	ownAccount: signedIn
});
