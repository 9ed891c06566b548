export { createMailWorker } from './mail-worker';
export type { MailWorker } from './mail-worker';
export { insertMail } from './outbox.sql';
export type { OutgoingMail } from './outbox.sql';
