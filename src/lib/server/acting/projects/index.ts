export type { ProjectPartner, ProjectSummary, ProjectUpdate } from './projects.schemas';
export { addPartner, changePartnerRole, changeProjectStatus, createProject, getNewProjectForm, getProject, getProjectEditForm, listProjects, postProjectUpdate, projectForDocuments, projectsOfCity, projectsOfOrganisation, removePartner, updateProject } from './projects.service';
