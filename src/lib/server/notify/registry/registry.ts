/**
 * The notification registry: each domain declares, in one file of its own, the contexts
 * notifications are about, the other things people follow, the subjects whose state matters
 * and the kinds of activity it records (entry-types.ts). notify never switches on a type: the
 * fan-out, the in-app list, the mail, follows and the settings page all ask here.
 *
 * Adding a domain with notifications:
 *   1. `src/lib/server/<neighbourhood>/<domain>/<domain>.notifications.ts` exporting
 *      `<domain>Notifications: DomainNotifications` (types imported with `import type` from
 *      notify/registry): its link and title loaders call the domain's own *.queries.ts, its
 *      access rules the domain's own policy, its wording names message keys;
 *   2. one export line in the domain's index.ts;
 *   3. one line in `domains()` below.
 * registry.test.ts then checks that every context type and follow target of the database has
 * exactly one entry, with its loader, its access rule and its wording.
 *
 * Why a function and not a constant list: the domains' services import notify (to record
 * activity, to follow), and this file imports the domains' indexes, so the modules form a
 * cycle. Nothing here touches a domain's entry until the first lookup, after every module has
 * been evaluated, so the cycle is never walked while modules load.
 */
import type { ContextType, FollowTarget } from '../../platform/db';
import { callsNotifications } from '../../acting/calls';
import { eventsNotifications } from '../../acting/events';
import { projectsNotifications } from '../../acting/projects';
import { citiesNotifications } from '../../directory/cities';
import { organisationsNotifications } from '../../directory/organisations';
import { peopleNotifications } from '../../directory/people';
import { areasNotifications } from '../../knowledge/areas';
import { practicesNotifications } from '../../knowledge/practices';
import { challengesNotifications } from '../../together/challenges';
import { discussionsNotifications } from '../../together/discussions';
import { groupsNotifications } from '../../together/groups';
import { proposalsNotifications } from '../../together/proposals';
import type { DomainNotifications, NotificationContext, NotificationKind, NotificationSubject, NotificationTarget } from './entry-types';

/** One line per domain that has notifications. */
const domains = (): DomainNotifications[] => [
	discussionsNotifications,
	challengesNotifications,
	groupsNotifications,
	proposalsNotifications,
	practicesNotifications,
	citiesNotifications,
	areasNotifications,
	peopleNotifications,
	organisationsNotifications,
	callsNotifications,
	eventsNotifications,
	projectsNotifications
];

export interface Registry {
	contexts: Map<string, NotificationContext>;
	targets: Map<string, NotificationTarget>;
	subjects: Map<string, NotificationSubject>;
	kinds: Map<string, NotificationKind>;
}

function indexBy<T>(entries: T[], keyOf: (entry: T) => string, what: string, into: Map<string, T>) {
	for (const entry of entries) {
		const key = keyOf(entry);
		if (into.has(key)) throw new Error(`Two notification registry entries for the ${what} "${key}"`);
		into.set(key, entry);
	}
}

/** Builds the lookups from the domains' entries; refuses two entries for one type or kind. */
export function buildRegistry(list: DomainNotifications[]): Registry {
	const registry: Registry = { contexts: new Map(), targets: new Map(), subjects: new Map(), kinds: new Map() };
	for (const domain of list) {
		indexBy(domain.contexts ?? [], (e) => e.type, 'context', registry.contexts);
		indexBy(domain.targets ?? [], (e) => e.type, 'follow target', registry.targets);
		indexBy(domain.subjects ?? [], (e) => e.type, 'subject', registry.subjects);
		indexBy(domain.kinds ?? [], (e) => e.kind, 'kind', registry.kinds);
	}
	for (const type of registry.targets.keys()) {
		if (registry.contexts.has(type)) throw new Error(`"${type}" is registered both as a context and as a follow target`);
	}
	return registry;
}

let built: Registry | undefined;

/** The registry, built on first use (see the header). */
export function registry(): Registry {
	return (built ??= buildRegistry(domains()));
}

export const contextEntry = (type: string) => registry().contexts.get(type);
export const targetEntry = (type: string) => registry().targets.get(type);
export const subjectEntry = (type: string) => registry().subjects.get(type);
export const kindEntry = (kind: string) => registry().kinds.get(kind);

export const isContextType = (type: unknown): type is ContextType => typeof type === 'string' && registry().contexts.has(type);

/** Contexts are followed too: whoever may read one may follow it. */
export const isFollowTarget = (type: unknown): type is FollowTarget =>
	isContextType(type) || (typeof type === 'string' && registry().targets.has(type));
