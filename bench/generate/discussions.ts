/**
 * Working groups and discussions, shaped as the app writes them (groups.service.ts,
 * discussions.service.ts): groups with coordinators, members and their follows; threads in the
 * general discussions (group_id null) or in a group, posts numbered 1..n (1 opens the thread),
 * post_count = n and last_post_at = the last post's time on the thread, and everyone who
 * posted follows the thread. Group threads are written by the group's active members.
 *
 * Two threads are fixed for the HTTP benchmark: thread 1, the network's news board, has exactly
 * 1,000 replies (no other general thread has as many), and thread 2 is a small open general
 * thread to post replies to. Every thread draws from its own generator, so its posts are the
 * same whatever the batch they are generated in.
 */
import { Rng } from '../lib/prng';
import { slugCandidates, slugify } from '../../src/lib/server/shared/slug';
import { quoteText } from '../../src/lib/server/together/discussions/post-text';
import { m } from '../../src/lib/paraglide/messages';
import { isNetworkMember, type Network, type Person } from './network';
import type { TextContext } from './text';
import { groupDescription, groupName, joinMessage, newsItem, openingPost, replyBody, threadTitle } from './text-discussions-events';

export const LONG_THREAD_TITLE = 'Wieści z miast sieci – tablica ogłoszeń / News board of the network’s cities';
export const WRITE_THREAD_TITLE = 'Pytania o sieć i platformę / Questions about the network and the platform';
/** Thread 1: exactly 1,000 replies (fewer only when --replies is smaller). */
export const LONG_THREAD_SLUG = slugify(LONG_THREAD_TITLE, 'discussion');
/** Thread 2: a small open general thread for the write benchmark. */
export const WRITE_THREAD_SLUG = slugify(WRITE_THREAD_TITLE, 'discussion');
export const LONG_THREAD_REPLIES = 1000;
const WRITE_THREAD_REPLIES = 24;
/** No other thread gets more replies, so thread 1 is the public thread with the most. */
const MAX_REPLIES = 800;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

type Language = 'pl' | 'en';
type GroupKind = 'open' | 'closed' | 'secret';

export interface GroupMember {
	personId: number;
	role: 'coordinator' | 'member';
	status: 'active' | 'requested' | 'invited';
	message: string;
	invitedBy: number | null;
	createdAt: Date;
	decidedAt: Date | null;
}

export interface Group {
	id: number;
	slug: string;
	name: string;
	description: string;
	kind: GroupKind;
	language: Language;
	createdBy: number;
	createdAt: Date;
	areaIds: number[];
	areaKeys: string[];
	members: GroupMember[];
}

export interface ThreadPlan {
	id: number;
	slug: string;
	groupId: number | null;
	title: string;
	authorId: number;
	language: Language;
	replies: number;
	createdAt: Date;
	lastPostAt: Date;
	areaKeys: string[];
	/** Who else writes in it, most active first. */
	pool: number[];
	/** The news board: short news from many towns, each in its author's language. */
	news: boolean;
}

export interface Post {
	threadId: number;
	number: number;
	authorId: number;
	body: string;
	createdAt: Date;
	editedAt: Date | null;
	deletedAt: Date | null;
}

const languageOf = (person: Person): Language => person.locale;
const contextFor = (network: Network, person: Person, areaKeys: string[], rng: Rng): TextContext => ({
	town: network.cities[person.cityId - 1].name,
	otherTown: rng.pick(network.cities).name,
	areas: areaKeys,
	year: 2018 + rng.int(0, 7),
	rare: null
});

/** A free slug the way the services pick one: the base, then base-2, base-3… */
function freeSlug(taken: Set<string>, base: string, reserved: string[] = []): string {
	for (const candidate of slugCandidates(base)) {
		if (taken.has(candidate) || reserved.includes(candidate)) continue;
		taken.add(candidate);
		return candidate;
	}
	throw new Error('unreachable');
}

/** Tens of groups (a network has tens, not thousands): one per 1,000 people, 5 to 60. */
export function generateGroups(seed: number, network: Network, areas: { id: number; key: string }[], today: number): Group[] {
	const rng = new Rng(seed).fork('groups');
	const members = network.people.filter((p) => isNetworkMember(network, p)).map((p) => p.id);
	if (members.length === 0) return [];
	const byArea = new Map<number, number[]>();
	for (const id of members) {
		for (const area of network.people[id - 1].areaIds) {
			const list = byArea.get(area);
			if (list) list.push(id);
			else byArea.set(area, [id]);
		}
	}
	const count = Math.min(60, Math.max(5, Math.round(network.people.length / 1000)));
	const slugs = new Set<string>();
	const groups: Group[] = [];
	for (let id = 1; id <= count; id++) {
		const language: Language = rng.chance(0.45) ? 'pl' : 'en';
		const kind: GroupKind =
			id === 1
				? 'open'
				: rng.weighted([
						['open', 65],
						['closed', 25],
						['secret', 10]
					] as const);
		const chosen = rng.sample(areas, rng.int(1, 2));
		const ctx: TextContext = { town: '', otherTown: '', areas: chosen.map((a) => a.key), year: 2020, rare: null };
		const name = groupName(rng, language, ctx);
		const createdAt = new Date(today - rng.int(240, 1100) * DAY + rng.int(8, 18) * HOUR);
		const size = Math.min(members.length, rng.skewed(6, 600));
		const interested = [...new Set(chosen.flatMap((a) => byArea.get(a.id) ?? []))];
		const picked = [...new Set([...rng.sample(interested, Math.round(size * 0.8)), ...rng.sample(members, size)])].slice(0, size);
		const coordinator = picked[0];
		const span = today - createdAt.getTime();
		const groupMembers: GroupMember[] = picked.map((personId, index) => {
			const joined = index === 0 ? createdAt : new Date(createdAt.getTime() + Math.floor(rng.next() * span));
			const role = index === 0 || (index === 1 && rng.chance(0.3)) ? 'coordinator' : 'member';
			const waiting = index > 1 && ((kind === 'closed' && rng.chance(0.06)) || (kind === 'secret' && rng.chance(0.1)));
			if (!waiting) return { personId, role, status: 'active', message: '', invitedBy: null, createdAt: joined, decidedAt: joined };
			if (kind === 'secret')
				return { personId, role: 'member', status: 'invited', message: '', invitedBy: coordinator, createdAt: joined, decidedAt: null };
			const person = network.people[personId - 1];
			const message = joinMessage(rng, languageOf(person), contextFor(network, person, ctx.areas, rng));
			return { personId, role: 'member', status: 'requested', message, invitedBy: null, createdAt: joined, decidedAt: null };
		});
		groups.push({
			id,
			slug: freeSlug(slugs, slugify(name, 'group'), ['new']),
			name,
			description: groupDescription(rng, language, ctx, kind),
			kind,
			language,
			createdBy: coordinator,
			createdAt,
			areaIds: chosen.map((a) => a.id),
			areaKeys: chosen.map((a) => a.key),
			members: groupMembers
		});
	}
	return groups;
}

/** Splits `total` by `weights`, no share above `cap`; the caller checks that it fits. */
function distribute(total: number, weights: number[], cap: number): number[] {
	const sum = weights.reduce((a, b) => a + b, 0) || 1;
	const counts = weights.map((w) => Math.min(cap, Math.floor((total * w) / sum)));
	let left = total - counts.reduce((a, b) => a + b, 0);
	// what rounding left over goes to the liveliest threads first, so quiet ones stay unanswered
	const order = weights
		.map((w, i) => [w, i] as const)
		.sort((a, b) => b[0] - a[0] || a[1] - b[1])
		.map(([, i]) => i);
	for (let pass = 0; left > 0 && pass <= cap; pass++) {
		for (const i of order) {
			if (left === 0) break;
			if (counts[i] < cap) {
				counts[i]++;
				left--;
			}
		}
	}
	return counts;
}

/** Default thread count: about 50 replies a thread on average. */
export const defaultThreads = (replies: number) => Math.max(10, Math.round(replies / 50));

/** Replies a plan can hold with `threads` threads: the two fixed ones, then up to MAX_REPLIES each. */
export function maxReplies(threads: number): number {
	return LONG_THREAD_REPLIES + WRITE_THREAD_REPLIES + Math.max(0, threads - 2) * MAX_REPLIES;
}

/** Every thread's place, title, author, reply count and first and last post times. */
export function planThreads(
	seed: number,
	network: Network,
	groups: Group[],
	areas: { id: number; key: string }[],
	counts: { threads: number; replies: number },
	today: number
): ThreadPlan[] {
	if (counts.threads < 2) throw new Error('--threads must be at least 2 (the 1,000-reply thread and the one to post to)');
	if (counts.replies > maxReplies(counts.threads))
		throw new Error(
			`--replies ${counts.replies} does not fit in ${counts.threads} threads (at most ${maxReplies(counts.threads)}): raise --threads`
		);
	const rng = new Rng(seed).fork('threads');
	const people = network.people;
	const all = people.map((p) => p.id);
	const byLocale: Record<Language, number[]> = {
		pl: all.filter((id) => people[id - 1].locale === 'pl'),
		en: all.filter((id) => people[id - 1].locale === 'en')
	};
	// about one person in sixteen writes most of the posts, as on any forum
	const regulars = rng.sample(all, Math.max(10, Math.round(all.length / 16)));
	const regularsByLocale: Record<Language, number[]> = {
		pl: regulars.filter((id) => people[id - 1].locale === 'pl'),
		en: regulars.filter((id) => people[id - 1].locale === 'en')
	};
	const pickFrom = (list: number[]) => (list.length ? rng.pick(list) : rng.pick(all));
	const poolSize = (replies: number) => 2 + Math.ceil(Math.sqrt(replies) * 2.5);
	const generalPool = (language: Language, size: number) => {
		const pool = new Set<number>();
		for (let i = 0; i < size * 2 && pool.size < size; i++) {
			const roll = rng.next();
			pool.add(roll < 0.55 ? pickFrom(regularsByLocale[language]) : roll < 0.85 ? pickFrom(byLocale[language]) : rng.pick(all));
		}
		return [...pool];
	};
	const active = groups.map((g) => g.members.filter((x) => x.status === 'active').map((x) => x.personId));
	const groupChoices = groups.map((g, i) => [i, active[i].length] as const).filter(([, n]) => n >= 2);
	const slugs = new Set<string>();
	const plans: ThreadPlan[] = [];

	const longReplies = Math.min(LONG_THREAD_REPLIES, counts.replies);
	const writeReplies = Math.min(WRITE_THREAD_REPLIES, counts.replies - longReplies);
	const staff = Math.min(people.length, 5);
	plans.push({
		id: 1,
		slug: freeSlug(slugs, LONG_THREAD_SLUG),
		groupId: null,
		title: LONG_THREAD_TITLE,
		authorId: Math.min(2, staff),
		language: 'pl',
		replies: longReplies,
		createdAt: new Date(today - 700 * DAY + 9 * HOUR),
		lastPostAt: new Date(today - 3 * HOUR),
		areaKeys: [],
		pool: [...generalPool('pl', 70), ...generalPool('en', 90)],
		news: true
	});
	plans.push({
		id: 2,
		slug: freeSlug(slugs, WRITE_THREAD_SLUG),
		groupId: null,
		title: WRITE_THREAD_TITLE,
		authorId: Math.min(3, staff),
		language: 'pl',
		replies: writeReplies,
		createdAt: new Date(today - 60 * DAY + 10 * HOUR),
		lastPostAt: new Date(today - 2 * DAY + 15 * HOUR),
		areaKeys: ['participation'],
		pool: generalPool('pl', 8),
		news: false
	});

	const others = counts.threads - 2;
	// some questions are never answered; most get a few replies, a few get hundreds
	const weights = Array.from({ length: others }, () => (rng.chance(0.06) ? 0 : rng.skewed(1, 400)));
	const replies = distribute(counts.replies - longReplies - writeReplies, weights, MAX_REPLIES);
	for (let i = 0; i < others; i++) {
		const id = i + 3;
		const n = replies[i];
		const inGroup = groupChoices.length > 0 && rng.chance(0.4);
		const group = inGroup ? groups[rng.weighted(groupChoices)] : null;
		const groupMembers = group ? active[group.id - 1] : [];
		const authorId = group ? rng.pick(groupMembers) : rng.chance(0.6) ? rng.pick(regulars) : rng.pick(all);
		const author = people[authorId - 1];
		const language = group ? group.language : author.locale;
		const areaKeys = group ? group.areaKeys : rng.sample(areas, rng.int(1, 2)).map((a) => a.key);
		const title = threadTitle(rng, language, contextFor(network, author, areaKeys, rng));
		const oldest = group ? Math.min(720, Math.floor((today - group.createdAt.getTime()) / DAY) - 1) : 720;
		const createdAt = today - rng.int(1, Math.max(1, oldest)) * DAY + rng.int(7 * 60, 21 * 60) * 60_000;
		const span = n === 0 ? 0 : Math.min(today - createdAt - 30 * 60_000, n * rng.int(1, 36) * HOUR);
		const size = poolSize(n);
		const pool = group ? rng.sample(groupMembers, size) : generalPool(language, size);
		plans.push({
			id,
			slug: freeSlug(slugs, slugify(title, 'discussion')),
			groupId: group?.id ?? null,
			title,
			authorId,
			language,
			replies: n,
			createdAt: new Date(createdAt),
			lastPostAt: new Date(createdAt + Math.max(0, span)),
			areaKeys,
			pool,
			news: false
		});
	}
	return plans;
}

/** Times of n posts from `first` to `last`: gaps drawn at random, so talk comes in bursts. */
function postTimes(rng: Rng, first: number, last: number, n: number): number[] {
	if (n === 1) return [first];
	const gaps = Array.from({ length: n - 1 }, () => -Math.log(1 - rng.next()));
	const total = gaps.reduce((a, b) => a + b, 0);
	const times = [first];
	let at = 0;
	for (const gap of gaps) {
		at += gap;
		times.push(first + Math.round(((last - first) * at) / total));
	}
	times[n - 1] = last;
	return times;
}

/** The posts of one thread and who follows it (everyone who posted, from their first post). */
export function threadPosts(
	seed: number,
	network: Network,
	plan: ThreadPlan,
	today: number
): { posts: Post[]; followers: Map<number, Date> } {
	const rng = new Rng(seed).fork(`thread ${plan.id}`);
	const people = network.people;
	const count = plan.replies + 1;
	const times = postTimes(rng, plan.createdAt.getTime(), plan.lastPostAt.getTime(), count);
	const posts: Post[] = [];
	const followers = new Map<number, Date>();
	for (let number = 1; number <= count; number++) {
		const createdAt = new Date(times[number - 1]);
		const authorId =
			number === 1
				? plan.authorId
				: !plan.news && rng.chance(0.15)
					? plan.authorId
					: plan.pool[Math.floor(plan.pool.length * Math.pow(rng.next(), plan.news ? 1 : 1.8))];
		const author = people[authorId - 1];
		const language = plan.news ? author.locale : plan.language;
		const ctx = contextFor(network, author, plan.areaKeys, rng);
		let body: string;
		if (number === 1) {
			body = plan.news
				? 'Krótkie wieści z miast sieci: jedno lub dwa zdania o tym, co zmieniło się w tym tygodniu.\n\n*Short news from our cities: one or two sentences on what changed this week, in Polish or English.*'
				: openingPost(rng, language, ctx);
		} else if (plan.news) {
			body = newsItem(rng, language, ctx, Math.floor((createdAt.getTime() - plan.createdAt.getTime()) / (7 * DAY)) + 1);
		} else {
			const earlier = posts.slice(-12).filter((p) => p.authorId !== authorId && p.deletedAt === null);
			const mentioned = earlier.length && rng.chance(0.06) ? people[rng.pick(earlier).authorId - 1].handle : null;
			const refer = number > 2 && rng.chance(0.05) ? rng.int(Math.max(1, number - 20), number - 1) : null;
			body = replyBody(rng, language, { ...ctx, mention: mentioned, refer });
			if (earlier.length && rng.chance(0.08)) {
				const quoted = rng.pick(earlier);
				const reference = m.discussions_quote_reference(
					{ number: quoted.number, name: people[quoted.authorId - 1].name },
					{ locale: language }
				);
				body = `${quoteText(quoted, reference)}${body}`;
			}
		}
		const deleted = number > 1 && rng.chance(0.006);
		const edited = !deleted && rng.chance(0.03);
		const later = (minutes: number) => new Date(Math.min(today - 60_000, createdAt.getTime() + minutes * 60_000));
		posts.push({
			threadId: plan.id,
			number,
			authorId,
			body: deleted ? '' : body,
			createdAt,
			editedAt: edited ? later(rng.int(2, 180)) : null,
			deletedAt: deleted ? later(rng.int(10, 72 * 60)) : null
		});
		if (!followers.has(authorId)) followers.set(authorId, createdAt);
	}
	return { posts, followers };
}
