export { config } from './config';
export type { SeedMode } from './config';
export type { Deps } from './deps';
export { AppError, conflict, forbidden, invalid, notFound, rateLimited, statusOf, unauthenticated } from './errors';
export type { FieldErrors, MessageRef } from './errors';
export { email, many, oneOf, optionalInt, optionalText, optionalUrl, requiredText, validate } from './validation';
