import type { Migration } from 'kysely';
import * as foundation from './0001-foundation';
import * as practices from './0002-practices';
import * as search from './0003-search';
import * as attachments from './0004-attachments';
import * as searchWords from './0005-search-words';
import * as events from './0006-events';
import * as actingTogether from './0007-acting-together';
import * as together from './0008-together';
import * as unsubscribeTokens from './0009-unsubscribe-tokens';
import * as editVersions from './0010-edit-versions';

/**
 * Every migration in order. A static list rather than a folder scan, so the same code runs
 * from the server bundle, from vitest and from the scripts. Never edit a landed migration:
 * add the next one here.
 */
export const migrations: Record<string, Migration> = {
	'0001-foundation': foundation,
	'0002-practices': practices,
	'0003-search': search,
	'0004-attachments': attachments,
	'0005-search-words': searchWords,
	'0006-events': events,
	'0007-acting-together': actingTogether,
	'0008-together': together,
	'0009-unsubscribe-tokens': unsubscribeTokens,
	'0010-edit-versions': editVersions
};
