export { assertMayPost } from './limits';
export { REPORT_REASONS } from './moderation.schemas';
export { dismissReport, getReportTarget, hideContent, listReports, reportContent, restoreContent } from './reports.service';
