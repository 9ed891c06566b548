import { sql, type Kysely, type Transaction } from 'kysely';
import type { ConsentPosition, DB, ProposalKind, ResultsVisible } from '../../platform/db';

type Db = Kysely<DB> | Transaction<DB>;

const PROPOSAL_COLUMNS = [
	'p.id',
	'p.slug',
	'p.group_id',
	'p.title',
	'p.body',
	'p.kind',
	'p.options',
	'p.max_choices',
	'p.results_visible',
	'p.closes_at',
	'p.closed_at',
	'p.outcome',
	'p.created_by',
	'p.created_at'
] as const;

/** A group's proposals with their voter counts and whether `personId` voted; the service orders them. */
export function listGroupProposals(db: Db, groupId: number, personId: number | null) {
	return db
		.selectFrom('proposals as p')
		.select(['p.id', 'p.slug', 'p.title', 'p.kind', 'p.closes_at', 'p.closed_at', 'p.outcome'])
		.select((eb) => [
			eb
				.selectFrom('proposal_votes as v')
				.select((e) => e.fn.countAll<string>().as('n'))
				.whereRef('v.proposal_id', '=', 'p.id')
				.as('voters'),
			eb
				.exists(
					eb
						.selectFrom('proposal_votes as v')
						.select('v.person_id')
						.whereRef('v.proposal_id', '=', 'p.id')
						.where('v.person_id', '=', personId ?? -1)
				)
				.as('voted')
		])
		.where('p.group_id', '=', groupId)
		.orderBy('p.closes_at')
		.orderBy('p.id')
		.execute();
}

export function findProposal(db: Db, groupId: number, slug: string) {
	return db
		.selectFrom('proposals as p')
		.leftJoin('people as a', 'a.id', 'p.created_by')
		.select(PROPOSAL_COLUMNS)
		.select(['a.handle as author_handle', 'a.name as author_name'])
		.where('p.group_id', '=', groupId)
		.where('p.slug', '=', slug)
		.executeTakeFirst();
}

/** The proposal row locked for a change (votes, closing, outcome), so a close and a vote never cross. */
export function lockProposal(db: Transaction<DB>, id: number) {
	return db.selectFrom('proposals as p').select(PROPOSAL_COLUMNS).where('p.id', '=', id).forUpdate().executeTakeFirst();
}

export async function slugTaken(db: Db, slug: string) {
	return (await db.selectFrom('proposals').select('id').where('slug', '=', slug).executeTakeFirst()) !== undefined;
}

export interface NewProposal {
	slug: string;
	groupId: number;
	title: string;
	body: string;
	kind: ProposalKind;
	options: string[];
	maxChoices: number;
	resultsVisible: ResultsVisible;
	closesAt: Date;
	createdBy: number;
}

/** Inserts the proposal unless its slug is taken meanwhile (then undefined: try the next slug). */
export async function insertProposal(db: Db, p: NewProposal) {
	const row = await db
		.insertInto('proposals')
		.values({
			slug: p.slug,
			group_id: p.groupId,
			title: p.title,
			body: p.body,
			kind: p.kind,
			options: JSON.stringify(p.options),
			max_choices: p.maxChoices,
			results_visible: p.resultsVisible,
			closes_at: p.closesAt,
			created_by: p.createdBy
		})
		.onConflict((oc) => oc.constraint('proposals_slug_key').doNothing())
		.returning(['id', 'slug'])
		.executeTakeFirst();
	return row;
}

export function findVote(db: Db, proposalId: number, personId: number) {
	return db
		.selectFrom('proposal_votes')
		.select(['position', 'choices', 'reason'])
		.where('proposal_id', '=', proposalId)
		.where('person_id', '=', personId)
		.executeTakeFirst();
}

/** One vote per person: a second vote replaces the first. Returns whether it was a change. */
export async function upsertVote(
	db: Db,
	v: { proposalId: number; personId: number; position: ConsentPosition | null; choices: number[]; reason: string }
) {
	const row = await db
		.insertInto('proposal_votes')
		.values({ proposal_id: v.proposalId, person_id: v.personId, position: v.position, choices: v.choices, reason: v.reason })
		.onConflict((oc) =>
			oc.constraint('proposal_votes_pk').doUpdateSet({ position: v.position, choices: v.choices, reason: v.reason, updated_at: sql`now()` })
		)
		.returning(sql<boolean>`(xmax <> 0)`.as('changed'))
		.executeTakeFirstOrThrow();
	return row.changed;
}

/** Every vote with its voter, oldest first. */
export function listVotes(db: Db, proposalId: number) {
	return db
		.selectFrom('proposal_votes as v')
		.leftJoin('people as p', 'p.id', 'v.person_id')
		.select(['v.person_id', 'v.position', 'v.choices', 'v.reason', 'v.created_at', 'v.updated_at', 'p.handle', 'p.name'])
		.where('v.proposal_id', '=', proposalId)
		.orderBy('v.created_at')
		.orderBy('v.person_id')
		.execute();
}

export async function countActiveMembers(db: Db, groupId: number) {
	const row = await db
		.selectFrom('group_members')
		.select((eb) => eb.fn.countAll<string>().as('n'))
		.where('group_id', '=', groupId)
		.where('status', '=', 'active')
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

export function markClosed(db: Db, id: number, at: Date) {
	return db.updateTable('proposals').set({ closed_at: at, updated_at: at }).where('id', '=', id).execute();
}

export function setOutcome(db: Db, id: number, outcome: string) {
	return db
		.updateTable('proposals')
		.set({ outcome, updated_at: sql`now()` })
		.where('id', '=', id)
		.execute();
}

/** For the notification registry: what a proposal's notifications show and need. */
export function listProposalLinks(db: Db, ids: number[]) {
	if (ids.length === 0) return Promise.resolve([]);
	return db
		.selectFrom('proposals as p')
		.innerJoin('groups as g', 'g.id', 'p.group_id')
		.select(['p.id', 'p.slug', 'p.title', 'p.group_id', 'p.created_by', 'g.slug as group_slug'])
		.where('p.id', 'in', ids)
		.execute();
}
