export { detectFileType } from './detect';
export { downloadHeaders, openAttachment } from './download.service';
export { MAX_FILE_BYTES, MAX_FILE_MB } from './files.schemas';
export type { Download, UploadedFile } from './files.schemas';
export { deleteAttachment, listAttachments, removeCoverImage, setCoverImage, sweepUploads, uploadAttachment } from './files.service';
export type { FilesDeps } from './files.service';
export { cleanFileName, contentDisposition } from './names';
export { defaultUploadsDir, readUpload, removeUpload, writeUpload } from './storage';
export { uploadFormAction } from './upload-form';
