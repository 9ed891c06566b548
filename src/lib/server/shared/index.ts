export { approvedOrganisationsOf } from './approved-organisations.sql';
export { areaName } from './area-names.sql';
export { cityNameSql } from './city-name.sql';
export { countryName, countryOptions, isCountryCode } from './countries';
export { cityName, languageName } from './display-names';
export { containsPattern, escapeLike } from './like';
export { linkTargets, renderMarkdown } from './markdown';
export { asciiLower, newSlugCandidates, slugCandidates, slugify } from './slug';
export { nameSortKey } from './sort-key.sql';
