export { warmUpLemmatizer } from './lemmatize';
export { SearchCache } from './search.cache';
export {
	reindexAll,
	reindexCall,
	reindexChallenge,
	reindexCity,
	reindexEvent,
	reindexOrganisation,
	reindexPerson,
	reindexPractice,
	reindexProject
} from './search.indexer';
export { FACET_NAMES, PAGE_SIZE, PRACTICE_STATUSES } from './search.schemas';
export type { FacetName, FacetValue, SearchHit, SearchResultPage } from './search.schemas';
export { listPractices, searchSite } from './search.service';
