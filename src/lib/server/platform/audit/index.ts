export { insertAudit, listAuditFor } from './audit.sql';
export type { AuditEntry } from './audit.sql';
