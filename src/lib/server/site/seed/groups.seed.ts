/**
 * Demo working groups: the founding working group (closed, coordinated by Magda) with a
 * discussion and an open poll on the network's priority areas; one open thematic group per two
 * areas (in the areas' order), each with a coordinator and members who work on those areas; and
 * one secret group of two people, so the "secret stays secret" paths have something to hide.
 * Rows are written directly; members follow their groups as joining through the site does.
 */
import type { Kysely } from 'kysely';
import type { Deps } from '../../platform/core';
import type { DB, GroupKind, GroupRole } from '../../platform/db';
import { slugCandidates, slugify } from '../../shared';

const DAY = 86_400_000;
const ago = (days: number, hours = 0) => new Date(Date.now() - days * DAY - hours * 3_600_000);

export const FOUNDING_GROUP_NAME = "Working group: the network's frame and priorities";
export const SECRET_GROUP_NAME = "Coordinators' back office";
const COORDINATOR = 'koordynator@headframe.example';

const FOUNDING_MEMBERS = [
	'ewa@headframe.example',
	'jan.novak@headframe.example',
	'thomas.becker@headframe.example',
	'claire.dubois@headframe.example',
	'david.hughes@headframe.example',
	'tomasz.lewandowski@headframe.example',
	'giulia.rossi@headframe.example'
];

const FOUNDING_DESCRIPTION = `The working group that sets the network's frame: what Headframe is for, how its members decide together, and which thematic areas come first in the next two years.

*Grupa robocza: ramy i priorytety sieci.* Ustalamy, czemu służy sieć, jak wspólnie podejmujemy decyzje i które obszary tematyczne są priorytetem w najbliższych dwóch latach.

- a short charter of the network (draft in the documents)
- priority areas, decided by a poll of the group
- how thematic groups report back to the whole network

The group is closed: members of the network ask to join, the coordinators welcome everyone who wants to work on it.`;

const FOUNDING_THREAD = {
	title: 'Which areas should come first? Arguments before the vote',
	posts: [
		{
			author: COORDINATOR,
			daysAgo: 9,
			body: 'Before we vote on the priority areas (the poll is open in **Proposals**), let us collect the arguments here.\n\nTwo questions for each area:\n1. How many of our cities face it *now*?\n2. Can the network add something that cities cannot do alone?'
		},
		{
			author: 'jan.novak@headframe.example',
			daysAgo: 8,
			body: 'For Ostrava the answer is clear: **brownfield reuse** and **economic diversification** go together. Every large site we reopen needs new jobs on it, otherwise it is a park nobody visits.'
		},
		{
			author: 'ewa@headframe.example',
			daysAgo: 7,
			body: 'Zgadzam się z Janem co do terenów poprzemysłowych. Dodałabym **mieszkalnictwo**: w Wałbrzychu największy problem to stare kamienice górnicze, a nie brak pomysłów na hałdy.'
		},
		{
			author: 'david.hughes@headframe.example',
			daysAgo: 5,
			body: 'A note from the research side: demography underlies everything else. If we pick it as a priority, I can bring comparable data for all member cities by spring.'
		},
		{
			author: 'claire.dubois@headframe.example',
			daysAgo: 2,
			body: 'Please keep **culture and identity** on the list. In Charleroi the slag heaps became landmarks because people were proud of them first; the investments came later.'
		}
	]
};

const SECRET_DESCRIPTION = `Where the network's coordinators prepare what is not public yet: membership questions, conflicts, budgets.

*Zaplecze koordynatorów sieci: sprawy członkowskie, konflikty, budżet.*`;

const SECRET_THREAD = {
	title: 'Budget for the autumn conference (draft numbers)',
	posts: [
		{
			author: COORDINATOR,
			daysAgo: 4,
			body: 'Draft numbers for the autumn conference in Katowice: venue 6,500 EUR, travel grants 9,000 EUR. Not for the whole network yet.'
		},
		{ author: 'admin@headframe.example', daysAgo: 3, body: 'Looks fine. The platform costs for the year fit in the remaining 2,000 EUR.' }
	]
};

type Db = Kysely<DB>;

async function freeSlug(db: Db, table: 'groups' | 'threads' | 'proposals', text: string, fallback: string) {
	for (const candidate of slugCandidates(slugify(text, fallback))) {
		if (candidate === 'new') continue;
		if (!(await db.selectFrom(table).select('id').where('slug', '=', candidate).executeTakeFirst())) return candidate;
	}
	throw new Error('unreachable');
}

async function insertGroup(
	db: Db,
	group: { name: string; description: string; kind: GroupKind; createdBy: number; areaIds: number[]; createdDaysAgo: number }
) {
	const row = await db
		.insertInto('groups')
		.values({
			slug: await freeSlug(db, 'groups', group.name, 'group'),
			name: group.name,
			description: group.description,
			kind: group.kind,
			created_by: group.createdBy,
			created_at: ago(group.createdDaysAgo),
			updated_at: ago(group.createdDaysAgo)
		})
		.returning(['id', 'slug'])
		.executeTakeFirstOrThrow();
	if (group.areaIds.length)
		await db
			.insertInto('group_areas')
			.values(group.areaIds.map((area_id) => ({ group_id: row.id, area_id })))
			.execute();
	return row;
}

async function addMembers(db: Db, groupId: number, members: { id: number; role: GroupRole }[], daysAgo: number) {
	if (members.length === 0) return;
	await db
		.insertInto('group_members')
		.values(
			members.map((m, i) => ({
				group_id: groupId,
				person_id: m.id,
				role: m.role,
				status: 'active' as const,
				created_at: ago(daysAgo - i * 0.2),
				decided_at: ago(daysAgo - i * 0.2)
			}))
		)
		.execute();
	await db
		.insertInto('follows')
		.values(members.map((m) => ({ person_id: m.id, target_type: 'group', target_id: groupId })))
		.onConflict((oc) => oc.doNothing())
		.execute();
}

/** A thread with its posts numbered 1..n and post_count right; the people who wrote follow it. */
async function insertThread(
	db: Db,
	groupId: number,
	thread: { title: string; posts: { author: number; daysAgo: number; body: string }[] }
) {
	const last = thread.posts[thread.posts.length - 1];
	const row = await db
		.insertInto('threads')
		.values({
			slug: await freeSlug(db, 'threads', thread.title, 'thread'),
			group_id: groupId,
			title: thread.title,
			author_id: thread.posts[0].author,
			post_count: thread.posts.length,
			last_post_at: ago(last.daysAgo),
			created_at: ago(thread.posts[0].daysAgo),
			updated_at: ago(last.daysAgo)
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	await db
		.insertInto('posts')
		.values(
			thread.posts.map((p, i) => ({ thread_id: row.id, number: i + 1, author_id: p.author, body: p.body, created_at: ago(p.daysAgo) }))
		)
		.execute();
	const authors = [...new Set(thread.posts.map((p) => p.author))];
	await db
		.insertInto('follows')
		.values(authors.map((id) => ({ person_id: id, target_type: 'thread', target_id: row.id })))
		.onConflict((oc) => oc.doNothing())
		.execute();
	return row;
}

export async function seedGroups(deps: Deps): Promise<void> {
	const db = deps.db;
	const people = await db.selectFrom('people').select(['id', 'email', 'role']).orderBy('id').execute();
	const idOf = (email: string) => {
		const found = people.find((p) => p.email === email);
		if (!found) throw new Error(`groups seed: no demo person ${email}`);
		return found.id;
	};
	const magda = idOf(COORDINATOR);
	const areas = await db
		.selectFrom('areas as a')
		.leftJoin('area_names as en', (join) => join.onRef('en.area_id', '=', 'a.id').on('en.locale', '=', 'en'))
		.leftJoin('area_names as pl', (join) => join.onRef('pl.area_id', '=', 'a.id').on('pl.locale', '=', 'pl'))
		.select(['a.id', 'a.key', 'en.name as en', 'pl.name as pl'])
		.orderBy('a.position')
		.orderBy('a.id')
		.execute();

	// --- the founding working group ---------------------------------------------------------
	const founding = await insertGroup(db, {
		name: FOUNDING_GROUP_NAME,
		description: FOUNDING_DESCRIPTION,
		kind: 'closed',
		createdBy: magda,
		areaIds: [],
		createdDaysAgo: 30
	});
	const foundingMembers = FOUNDING_MEMBERS.map(idOf);
	await addMembers(
		db,
		founding.id,
		[{ id: magda, role: 'coordinator' }, ...foundingMembers.map((id) => ({ id, role: 'member' as const }))],
		30
	);
	await insertThread(db, founding.id, {
		title: FOUNDING_THREAD.title,
		posts: FOUNDING_THREAD.posts.map((p) => ({ ...p, author: idOf(p.author) }))
	});

	const options = areas.map((a) => a.en ?? a.key);
	const proposal = await db
		.insertInto('proposals')
		.values({
			slug: await freeSlug(db, 'proposals', 'Priority areas of the network for the next two years', 'proposal'),
			group_id: founding.id,
			title: 'Priority areas of the network for the next two years',
			body: 'Choose **up to three** thematic areas the network should focus on until the next general meeting: joint projects, study visits and the conference programme will follow them.\n\n*Wybierz maksymalnie trzy obszary, na których sieć skupi się do następnego walnego zebrania.*\n\nArguments: see the discussion in this group.',
			kind: 'poll',
			options: JSON.stringify(options),
			max_choices: 3,
			results_visible: 'after_vote',
			closes_at: new Date(Date.now() + 10 * DAY),
			created_by: magda,
			created_at: ago(6),
			updated_at: ago(6)
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	const index = (key: string) =>
		Math.max(
			0,
			areas.findIndex((a) => a.key === key)
		);
	const votes: [string, string[], string][] = [
		['jan.novak@headframe.example', ['brownfield-reuse', 'economic-diversification', 'energy-transition'], 'Sites and jobs go together.'],
		['david.hughes@headframe.example', ['demography', 'housing'], ''],
		['claire.dubois@headframe.example', ['culture-identity', 'brownfield-reuse'], 'Pride first, investment later.'],
		['tomasz.lewandowski@headframe.example', ['housing', 'brownfield-reuse', 'participation'], '']
	];
	await db
		.insertInto('proposal_votes')
		.values(
			votes.map(([email, keys, reason], i) => ({
				proposal_id: proposal.id,
				person_id: idOf(email),
				position: null,
				choices: [...new Set(keys.map(index))].slice(0, 3),
				reason,
				created_at: ago(5 - i),
				updated_at: ago(5 - i)
			}))
		)
		.execute();
	await db
		.insertInto('follows')
		.values({ person_id: magda, target_type: 'proposal', target_id: proposal.id })
		.onConflict((oc) => oc.doNothing())
		.execute();

	// --- one open thematic group per two areas ----------------------------------------------
	const interests = await db.selectFrom('person_areas').select(['person_id', 'area_id']).execute();
	const ordinary = new Set(people.filter((p) => p.role === 'person').map((p) => p.id));
	const coordinating = new Set<number>();
	for (let i = 0; i < areas.length; i += 2) {
		const pair = areas.slice(i, i + 2);
		const pairIds = new Set(pair.map((a) => a.id));
		const interested = [
			...new Set(interests.filter((x) => pairIds.has(x.area_id) && ordinary.has(x.person_id)).map((x) => x.person_id))
		].sort((a, b) => a - b);
		const coordinator = interested.find((id) => !coordinating.has(id)) ?? magda;
		coordinating.add(coordinator);
		const others = interested.filter((id) => id !== coordinator).slice(0, 5);
		const en = pair.map((a) => a.en ?? a.key).join(' and ');
		const pl = pair.map((a) => (a.pl ?? a.key).toLowerCase()).join(' i ');
		const group = await insertGroup(db, {
			name: `Thematic group: ${en}`,
			description: `Members working on ${en.toLowerCase()} share what works, compare cities and prepare joint projects.\n\n*Grupa tematyczna: ${pl}. Dzielimy się tym, co działa, porównujemy miasta i przygotowujemy wspólne projekty.*\n\nOpen to every member of the network: join and start a discussion.`,
			kind: 'open',
			createdBy: coordinator,
			areaIds: pair.map((a) => a.id),
			createdDaysAgo: 25 - i
		});
		await addMembers(
			db,
			group.id,
			[{ id: coordinator, role: 'coordinator' }, ...others.map((id) => ({ id, role: 'member' as const }))],
			25 - i
		);
	}

	// --- a secret group ---------------------------------------------------------------------
	const admin = idOf('admin@headframe.example');
	const secret = await insertGroup(db, {
		name: SECRET_GROUP_NAME,
		description: SECRET_DESCRIPTION,
		kind: 'secret',
		createdBy: magda,
		areaIds: [],
		createdDaysAgo: 20
	});
	await addMembers(
		db,
		secret.id,
		[
			{ id: magda, role: 'coordinator' },
			{ id: admin, role: 'member' }
		],
		20
	);
	await insertThread(db, secret.id, {
		title: SECRET_THREAD.title,
		posts: SECRET_THREAD.posts.map((p) => ({ ...p, author: idOf(p.author) }))
	});
}
