export type { LearningView } from './learning';
export { parseMoney } from './money';
export { getLearning, getPractice, markLearning, withdrawLearning } from './practice-view.service';
export type { AttachmentView } from './practice-view.service';
export type { PracticeContentView } from './practice-view';
export { canEditPractice, canViewPractice, visiblePracticesFilter } from './practices.policy';
export {
	COMMON_LANGUAGES,
	CONTENT_VISIBILITIES,
	CURRENCIES,
	FUNDING_SOURCES,
	LIMITS,
	PRACTICE_LANGUAGES,
	PRACTICE_STATUSES
} from './practice-choices';
export { parsePeriod, textShape } from './practices.schemas';
export type { NewPracticeGraph, PracticeOrganisationInput, PracticeTexts, PracticeTextsInput } from './practices.schemas';
export { IMPORT_COLUMNS, PRACTICE_FIELDS, PRACTICE_SEARCH_TEXT, TEXT_FIELDS } from './practice-fields';
export type { ImportColumn, PracticeField, TextFieldName } from './practice-fields';
export type { PracticeFormModel, TextInputModel } from './practice-field-models';
export { insertPracticeGraph } from './practices.sql';
export { createPractice, getNewPracticeForm, getPracticeForEdit, setPracticePublished, updatePractice } from './practices.service';
export { getHistory, getRevision, restoreRevision } from './revisions.service';
export { deleteTranslation, getTranslationForm, saveTranslation } from './translations.service';
export { practicesNotifications } from './practices.notifications';
export type { PracticeStatus } from '../../platform/db';
