import { forbidden, unauthenticated } from '../../platform/core';
import { definePolicy, isAdmin, isCoordinator, rule, signedIn, type Actor } from '../../platform/auth';

/**
 * Who may do what with membership and the coordination pages. Coordination pages do not exist
 * for anyone else: the same 404 as a missing page, so their existence and contents leak
 * nothing. Checked in every service, not only in routes.
 */
export const membershipPolicy = definePolicy({
	signedIn,
	/** Applying needs a confirmed e-mail address. */
	apply: rule((actor): actor is Actor => actor !== null && actor.emailVerified, {
		anonymous: unauthenticated,
		denied: () => forbidden('org_error_unverified')
	}),
	coordinate: (actor): actor is Actor => isCoordinator(actor),
	/** Platform admins only (roles of people). */
	administer: (actor): actor is Actor => isAdmin(actor),
	/** Admins cannot change their own role, so the platform always keeps the admin doing the changing. */
	changeRoleOf: rule((actor, person: { id: number }) => actor !== null && actor.id !== person.id, {
		denied: () => forbidden('admin_error_own_role')
	}),
	/** Coordinators already count as members; nobody approves their own individual application. */
	approve: rule(
		(actor, application: { organisation_id: number | null; applicant_id: number }) =>
			application.organisation_id !== null || application.applicant_id !== actor?.id,
		{
			denied: () => forbidden('membership_error_own_application')
		}
	)
});
