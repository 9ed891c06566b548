export { cityName, countryName, languageName } from './display-names';
export type { PeopleDirectory, PersonProfile, PersonSummary } from './people.schemas';
export { listCoordinators, listPeople, showPerson, toPersonSummary } from './people.service';
export { PROFILE_FIELDS, VISIBILITY_LEVELS, canSee, effectiveVisibility, visibleLevels } from './visibility';
export type { ProfileField } from './visibility';
