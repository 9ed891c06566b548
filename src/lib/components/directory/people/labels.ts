/** Translated names of organisation types and roles, shared by the people components. */
import { m } from '$lib/paraglide/messages';
import type { OrganisationRole, OrganisationType } from '$lib/server/directory/organisations';

const TYPE_LABELS: Record<OrganisationType, () => string> = {
	local_government: m.people_org_type_local_government,
	ngo: m.people_org_type_ngo,
	public_institution: m.people_org_type_public_institution,
	informal_group: m.people_org_type_informal_group,
	research: m.people_org_type_research,
	business: m.people_org_type_business
};

const ROLE_LABELS: Record<OrganisationRole, () => string> = {
	admin: m.people_role_admin,
	member: m.people_role_member
};

export const organisationTypeLabel = (type: OrganisationType) => TYPE_LABELS[type]();
export const organisationRoleLabel = (role: OrganisationRole) => ROLE_LABELS[role]();
