export type { PeopleDirectory, PersonProfile, PersonSummary } from './people.schemas';
export { listCoordinators, listPeople, showPerson, toPersonSummary } from './people.service';
export { personColumns } from './people.sql';
export type { PersonRow } from './people.sql';
export { PROFILE_FIELDS, VISIBILITY_LEVELS, canSee, effectiveVisibility, visibleAuthor, visibleLevels } from './visibility';
export type { ProfileField, SeenPerson } from './visibility';
export { visibleTo } from './visibility.sql';
export { peopleNotifications } from './people.notifications';
