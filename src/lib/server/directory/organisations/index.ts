export { acceptInvitation, getInvitation, inviteMember } from './invitations.service';
export { changeMemberRole, getOrganisationMembers, leaveOrganisation, removeMember, revokeInvitation } from './members.service';
export { organisationPolicy } from './organisations.policy';
export { ORGANISATION_TYPES } from './organisations.schemas';
export type { OrganisationSummary } from './organisations.schemas';
export {
	createOrganisation,
	getOrganisation,
	getOrganisationForEdit,
	listOrganisations,
	organisationFormOptions,
	updateOrganisation
} from './organisations.service';
export { organisationsNotifications } from './organisations.notifications';
export type { OrganisationRole, OrganisationType } from '../../platform/db';
