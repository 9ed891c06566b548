export type {
	ActivityCall,
	ActivityEvent,
	ActivityPartnerSearch,
	AreaActivity,
	CityActivity,
	OrganisationActivity
} from './activity.schemas';
export { areaActivity, cityActivity, organisationActivity } from './activity.service';
