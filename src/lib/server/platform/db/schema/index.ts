/**
 * Kysely's view of the tables; keep in step with migrations/. One file per neighbourhood
 * holds its tables; `DB` puts them together.
 */
import type { ActingTables } from './acting';
import type { DirectoryTables } from './directory';
import type { KnowledgeTables } from './knowledge';
import type { NotifyTables } from './notify';
import type { PlatformTables } from './platform';
import type { TogetherTables } from './together';

export interface DB extends PlatformTables, DirectoryTables, KnowledgeTables, ActingTables, TogetherTables, NotifyTables {}

export type * from './acting';
export type * from './columns';
export type * from './directory';
export * from './knowledge';
export type * from './notify';
export type * from './platform';
export type * from './together';
