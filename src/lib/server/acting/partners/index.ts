export { partnerPolicy } from './partners.policy';
export type { SearchSummary } from './partners.schemas';
export {
	completePartnerSearch,
	createPartnerSearch,
	decideOnInterest,
	expressInterest,
	getNewSearchForm,
	getPartnerSearch,
	listPartnerSearches,
	listSearchesOfCall
} from './partners.service';
