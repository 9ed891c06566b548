export type { HomeApplication, HomeNumbers, HomeOrganisation, PersonalHome, VisitorHome } from './home.schemas';
export { getHome } from './home.service';
