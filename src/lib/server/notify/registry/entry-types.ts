/**
 * What a domain tells notify about its things, in its `<domain>.notifications.ts` (see
 * registry.ts for how an entry is wired in). Domains import these as types only, so a domain
 * file never makes notify load at run time.
 */
import type { Kysely, Transaction } from 'kysely';
import type { m } from '$lib/paraglide/messages';
import type { ContextType, DB, FollowTarget, GroupKind } from '../../platform/db';
import type { Actor } from '../../platform/auth';
import type { GroupStanding } from '../../together/groups';

type Db = Kysely<DB> | Transaction<DB>;

/** A message of the catalogue (messages/<domain>/{pl,en}.json), by key. */
export type MessageKey = keyof typeof m;

export interface ContextRef {
	type: ContextType;
	id: number;
}

/** What notify needs to show a context and to decide who may read it. It checks nothing. */
export interface ContextLinkFacts {
	id: number;
	title: string;
	/** Without the language prefix, e.g. `discussions/<slug>` or `groups/<group>/proposals/<slug>`. */
	path: string;
	/** The group the context belongs to (group threads, proposals, the group itself). */
	groupId: number | null;
	/** Set by moderators: then only its author (and whom the domain's policy lets) may see it. */
	hidden: boolean;
	/** For network members only (members-only challenges). */
	membersOnly: boolean;
	/** Who started it. */
	authorId: number | null;
}

export interface ContextLink extends ContextLinkFacts {
	type: ContextType;
}

/** A person reading a context, with their place in the group it belongs to. */
export interface ContextReader {
	actor: Actor;
	/** Null when the context belongs to no group. */
	group: { kind: GroupKind; standing: GroupStanding } | null;
}

/**
 * A context: what notifications are about and grouped by ("10 new replies in …"). Every
 * context can also be followed, by whoever may read it.
 */
export interface NotificationContext {
	type: ContextType;
	/** Links of the contexts that still exist; gone ones are left out. */
	links(db: Db, ids: number[]): Promise<ContextLinkFacts[]>;
	/** Whether the reader may read it now, by the domain's own policy: lists, mail, following. */
	mayRead(reader: ContextReader, link: ContextLink): boolean;
	/** Whether a person may give it its own mail frequency (else its group's, or their own, applies). */
	overridable: boolean;
	/** The address of an item with news, from the number of the first unread change (a thread's reply). */
	unreadPath?(link: ContextLink, firstUnread: number): string;
	wording: {
		/** Its tag in the in-app list. */
		label: MessageKey;
		/** Its heading in a mail, with {title}. */
		mail: MessageKey;
		/** Its tag on the settings page, among what the person follows. */
		target: MessageKey;
	};
}

export interface TargetTitle {
	id: number;
	title: string;
	/** Without the language prefix. */
	path: string;
}

/** Something followed that is not a context (a practice, a city, a person, a call...). */
export interface NotificationTarget {
	type: Exclude<FollowTarget, ContextType>;
	/** Titles and paths in the reader's language, for the settings page; gone ones are left out. */
	titles(db: Db, ids: number[], locale: string): Promise<TargetTitle[]>;
	/**
	 * Who may follow it with the follow button: it exists and the actor may see it. 'own-form':
	 * only the domain's own follow form follows it, with the domain's own rules.
	 */
	mayFollow: ((db: Db, actor: Actor, id: number) => Promise<boolean>) | 'own-form';
	/**
	 * For the follow button on its page: the id behind the page's key (slug, key, handle), or
	 * undefined when there is none or the button makes no sense there (one's own profile).
	 */
	findId?(db: Db, key: string, actor: Actor): Promise<number | undefined>;
	wording: {
		/** Its tag on the settings page. */
		target: MessageKey;
	};
}

/** What changed (subject_type of an activity): a post, an answer... */
export interface NotificationSubject {
	type: string;
	/** Its state now; undefined when it is gone. */
	state(db: Db, id: number): Promise<{ hidden: boolean; deleted: boolean; authorId: number | null } | undefined>;
}

/** A kind of activity a domain records (reply_posted, group_invited...). Kinds nobody declares read "new activity". */
export interface NotificationKind {
	kind: string;
	/** In-app sentence, with {count, title}; absent: the generic one. */
	item?: MessageKey;
	/** In-app sentence when several are grouped, for sentences that speak of one ("New discussion: …"). */
	itemMany?: MessageKey;
	/** Line in a mail, with {count}; absent: counted among "other news". */
	mail?: MessageKey;
	/** Also reaches those who follow the person who did it (what people start, not every reply). */
	toActorFollowers?: boolean;
	/**
	 * Who, among those who may read the context, hears of it. By default, where the context
	 * belongs to a group, only those who may read the group's content.
	 */
	mayHear?(reader: ContextReader, link: ContextLink): boolean;
}

/** A domain's whole entry: exported from its index, named in the registry's list. */
export interface DomainNotifications {
	contexts?: NotificationContext[];
	targets?: NotificationTarget[];
	subjects?: NotificationSubject[];
	kinds?: NotificationKind[];
}
