export type { DocumentGroupDto, DocumentVersionDto } from './documents.schemas';
export { deleteDocument, documentsFor, openDocument, uploadDocument } from './documents.service';
