export { DataDirLockedError } from './data-dir-lock';
export { migrate, openDatabase } from './database';
export type { Database } from './database';
export type { Audience, CallStatus, ConsultationStatus, CostsPaidBy, DocumentOwnerType, FollowTarget, FundingCallsTable, InterestStatus, PartnerRole, PartnerSearchStatus, ProjectStatus, ProjectsTable, StudyVisitsTable, VisitApplicationStatus } from './schema-acting';
export type { ChallengesTable, ConsentPosition, ContextType, EmailFrequency, GroupKind, GroupMemberStatus, GroupRole, HelpKind, ProposalKind, ReportStatus, ReportTarget, ResultsVisible } from './schema-together';
export { PRACTICE_TEXT_FIELDS } from './schema';
export type { AgendaItem, ApplicationStatus, ContentVisibility, DB, EmailTokenPurpose, EventType, EventVisibility, EventsTable, FundingItem, FundingSource, LearningKind, OrganisationRole, OrganisationType, Outcome, PracticeLink, PracticeStatus, PracticeTextField, ProfileVisibility, RegistrationStatus, Role, SearchDocumentType, SearchDocumentsTable, TransferStage, Visibility } from './schema';
export { isDatabaseUnavailable } from './unavailable';
