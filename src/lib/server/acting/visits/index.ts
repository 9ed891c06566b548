export { applyForVisit, decideApplication, withdrawApplication } from './visit-applications.service';
export { fileTakeaway, startTransferFromTakeaway } from './visit-takeaways.service';
export type { VisitDetails, VisitSummary } from './visits.schemas';
export { createStudyVisit, getNewVisitForm, getStudyVisit, listStudyVisits } from './visits.service';
