export { createMailWorker } from './mail-worker';
export type { MailWorker } from './mail-worker';
