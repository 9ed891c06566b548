export { config } from './config';
export type { SeedMode } from './config';
export type { Deps } from './deps';
export { AppError, conflict, forbidden, invalid, notFound, rateLimited, statusOf, unauthenticated } from './errors';
export type { EditConflict, FieldErrors, MessageRef } from './errors';
export { checkVersion, editVersion, rebased, sentVersion, type VersionCheck } from './edit-version';
export { email, many, oneOf, optionalInt, optionalText, optionalUrl, requiredText, validate } from './validation';
