import type { ProjectStatus } from '$lib/server/acting/projects';

/** The statuses in their usual order (mirrors PROJECT_STATUSES of the server's schemas). */
export const PROJECT_STATUS_LIST: readonly ProjectStatus[] = [
	'idea',
	'forming',
	'submitted',
	'funded',
	'not_funded',
	'running',
	'completed'
];
