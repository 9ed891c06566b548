export { getDashboard, listPeopleWithRoles, setPersonRole } from './admin.service';
export { membershipPolicy } from './membership.policy';
export type { PendingApplication } from './membership.schemas';
export { applyForMembership, decideApplication, getMembershipOverview, listPendingApplications } from './membership.service';
