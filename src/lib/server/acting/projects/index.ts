export { projectPolicy } from './projects.policy';
export type { ProjectStanding } from './projects.policy';
export type { ProjectPartner, ProjectSummary, ProjectUpdate } from './projects.schemas';
export {
	addPartner,
	changePartnerRole,
	changeProjectStatus,
	createProject,
	getNewProjectForm,
	getProject,
	getProjectEditForm,
	listProjects,
	postProjectUpdate,
	projectForDocuments,
	projectsOfCity,
	projectsOfOrganisation,
	removePartner,
	updateProject
} from './projects.service';
export { foundProject } from './project-founding.service';
export { projectsNotifications } from './projects.notifications';
export type { Audience, PartnerRole, ProjectStatus } from '../../platform/db';
