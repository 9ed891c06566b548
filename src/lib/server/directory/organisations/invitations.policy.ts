import { forbidden } from '../../platform/core';
import { definePolicy, rule } from '../../platform/auth';

/**
 * Invitations go by mail to any address, in the platform's name. Only an organisation that the
 * coordinators accepted into the network sends them (its admins, asked first through
 * `organisationPolicy.administer`): anyone can create an organisation, and an unchecked one
 * must not be a way to mail strangers.
 */
export const invitationPolicy = definePolicy({
	send: rule((_actor, org: { member_since: Date | null }) => org.member_since !== null, {
		denied: () => forbidden('org_error_invite_unapproved')
	})
});
