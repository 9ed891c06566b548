export { projectPolicy } from './projects.policy';
export type { ProjectStanding } from './projects.policy';
export type { ProjectPartner, ProjectSummary, ProjectUpdate } from './projects.schemas';
export { postProjectUpdate } from './project-updates.service';
export {
	addPartner,
	changePartnerRole,
	changeProjectStatus,
	createProject,
	getNewProjectForm,
	getProjectEditForm,
	removePartner,
	updateProject
} from './projects-managing.service';
export { getProject, listProjects, projectForDocuments, projectsOfCity, projectsOfOrganisation } from './projects-read.service';
export { foundProject } from './project-founding.service';
export { projectsNotifications } from './projects.notifications';
export type { Audience, PartnerRole, ProjectStatus } from '../../platform/db';
