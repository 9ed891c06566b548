/**
 * Proposals inside a working group: a consent proposal (agree / abstain / disagree / block) or a
 * poll of several choices with one or more votes each. Members vote with an optional reason and
 * may change their vote until voting ends: when the author or a group manager closes it early,
 * or at its deadline (computed from the time, no job needed). Results are shown per the
 * proposal's setting; then the author or a manager records the outcome.
 *
 * Votes are not secret: whoever may see the results sees who voted what and why (the pages say
 * so beside the vote form). A group decides its frame in the open.
 *
 * Access goes only through the group's rules (group-access.ts): reading = its content, voting and
 * proposing = active membership; a group the viewer may not read is not found.
 */
import { fromLocalInput } from '$lib/datetime';
import { conflict, invalid, notFound, validate, type Deps } from '../../platform/core';
import { authorize, type MaybeActor } from '../../platform/auth';
import { insertAudit } from '../../platform/audit';
import { insertFollow } from '../../notify/follows';
import { recordActivity } from '../../notify/notifications';
import { findGroupWithStanding } from '../groups';
import type { GroupStanding } from '../groups';
import type { ConsentPosition, GroupKind } from '../../platform/db';
import { endedAt, isOpen, proposalPolicy, resultsShown } from './proposals.policy';
import * as q from './proposals.queries';
import {
	CONSENT_POSITIONS,
	consentVoteSchema,
	newProposalSchema,
	outcomeSchema,
	pollVoteSchema,
	PROPOSAL_DISPLAY_ZONE,
	type ProposalDetails,
	type ProposalSummary,
	type ResultRow
} from './proposals.schemas';
import { newSlugCandidates, renderMarkdown } from '../../shared';

interface GroupRef {
	group: { id: number; slug: string; name: string; kind: GroupKind };
	standing: GroupStanding;
}

/** The group, when the viewer may read its content; a visitor is asked to sign in, anyone else is told it is not there. */
async function readableGroup(actor: MaybeActor, key: { id: number } | { slug: string }, { db }: Deps): Promise<GroupRef> {
	const found = await findGroupWithStanding(db, key, actor?.id ?? null);
	authorize(actor, proposalPolicy, 'read', found);
	return found!; // the rule refuses a missing group
}

async function readableProposal(actor: MaybeActor, input: { groupSlug: string; slug: string }, deps: Deps) {
	const ref = await readableGroup(actor, { slug: input.groupSlug }, deps);
	const proposal = await q.findProposal(deps.db, ref.group.id, input.slug);
	if (!proposal) throw notFound();
	return { ...ref, proposal };
}

const optionsOf = (raw: unknown): string[] => (Array.isArray(raw) ? raw.map(String) : []);

/**
 * A group's proposals: those still open first (the nearest deadline first), then the ended ones
 * (the latest ended first). Not found when the viewer may not read the group's content.
 */
export async function listProposals(actor: MaybeActor, input: { groupId: number }, deps: Deps): Promise<ProposalSummary[]> {
	await readableGroup(actor, { id: input.groupId }, deps);
	const now = new Date();
	const rows = await q.listGroupProposals(deps.db, input.groupId, actor?.id ?? null);
	const summaries = rows.map((row) => ({
		id: row.id,
		slug: row.slug,
		title: row.title,
		kind: row.kind,
		closesAt: row.closes_at,
		closedAt: row.closed_at,
		open: isOpen(row, now),
		hasOutcome: row.outcome.trim() !== '',
		voters: Number(row.voters),
		voted: Boolean(row.voted)
	}));
	const open = summaries.filter((s) => s.open);
	const ended = summaries
		.filter((s) => !s.open)
		.sort((a, b) => (b.closedAt ?? b.closesAt).getTime() - (a.closedAt ?? a.closesAt).getTime() || b.id - a.id);
	return [...open, ...ended];
}

/** The list page: the group, its proposals, and whether the viewer may start one. */
export async function getGroupProposals(actor: MaybeActor, input: { groupSlug: string }, deps: Deps) {
	const { group, standing } = await readableGroup(actor, { slug: input.groupSlug }, deps);
	return {
		group: { id: group.id, slug: group.slug, name: group.name },
		proposals: await listProposals(actor, { groupId: group.id }, deps),
		canPropose: proposalPolicy.takePart(actor, standing)
	};
}

/** The "new proposal" form: the group, and whether the viewer may propose (active members only). */
export async function getNewProposalForm(actor: MaybeActor, input: { groupSlug: string }, deps: Deps) {
	const { group, standing } = await readableGroup(actor, { slug: input.groupSlug }, deps);
	return {
		group: { id: group.id, slug: group.slug, name: group.name },
		canPropose: proposalPolicy.takePart(actor, standing),
		zone: PROPOSAL_DISPLAY_ZONE
	};
}

/**
 * An active group member opens a proposal. Polls need 2–20 distinct choices and 1..choices votes
 * each; the deadline (wall-clock time in the chosen zone) must lie in the future. The author
 * follows it; the group's followers hear of it.
 */
export async function createProposal(
	actor: MaybeActor,
	input: { groupSlug: string; values: unknown },
	deps: Deps
): Promise<{ slug: string }> {
	authorize(actor, proposalPolicy, 'signedIn');
	const { group, standing } = await readableGroup(actor, { slug: input.groupSlug }, deps);
	authorize(actor, proposalPolicy, 'takePart', standing);
	const data = validate(newProposalSchema, input.values);
	const closesAt = fromLocalInput(data.closes_at, data.time_zone);
	if (!closesAt) throw invalid({ closes_at: { key: 'proposals_error_closes_at' } });
	if (closesAt.getTime() <= Date.now()) throw invalid({ closes_at: { key: 'proposals_error_closes_past' } });
	const poll = data.kind === 'poll';

	return deps.db.transaction().execute(async (trx) => {
		let inserted: { id: number; slug: string } | undefined;
		for (const slug of newSlugCandidates(data.title, 'proposal')) {
			if (await q.slugTaken(trx, slug)) continue;
			inserted = await q.insertProposal(trx, {
				slug,
				groupId: group.id,
				title: data.title,
				body: data.body,
				kind: data.kind,
				options: poll ? data.options : [],
				maxChoices: poll ? data.max_choices : 1,
				resultsVisible: data.results_visible,
				closesAt,
				createdBy: actor.id
			});
			if (inserted) break;
		}
		if (!inserted) throw conflict('error_conflict');
		await insertFollow(trx, actor.id, { type: 'proposal', id: inserted.id });
		await recordActivity(trx, {
			kind: 'proposal_opened',
			actorId: actor.id,
			subjectType: 'proposal',
			subjectId: inserted.id,
			contextType: 'group',
			contextId: group.id,
			related: [{ type: 'proposal', id: inserted.id }],
			payload: {
				title: data.title,
				group: group.slug,
				groupName: group.name,
				proposal: inserted.slug,
				kind: data.kind,
				closesAt: closesAt.toISOString()
			}
		});
		return { slug: inserted.slug };
	});
}

/** A proposal with the viewer's vote, what they may do, and the results when they may see them. */
export async function getProposal(actor: MaybeActor, input: { groupSlug: string; slug: string }, deps: Deps): Promise<ProposalDetails> {
	const { group, standing, proposal } = await readableProposal(actor, input, deps);
	const now = new Date();
	const options = optionsOf(proposal.options);
	const votes = await q.listVotes(deps.db, proposal.id);
	const mine = actor ? votes.find((v) => v.person_id === actor.id) : undefined;
	const shown = resultsShown(proposal.results_visible, mine !== undefined, proposal, now);
	const conclude = proposalPolicy.conclude(actor, { group, standing, createdBy: proposal.created_by });
	const open = isOpen(proposal, now);

	let results: ProposalDetails['results'] = null;
	if (shown) {
		const voters = votes.length;
		const percent = (n: number) => (voters === 0 ? 0 : Math.round((n * 100) / voters));
		const rows: ResultRow[] =
			proposal.kind === 'consent'
				? CONSENT_POSITIONS.map((position) => {
						const count = votes.filter((v) => v.position === position).length;
						return { key: position, label: null, count, percent: percent(count) };
					})
				: options.map((label, index) => {
						const count = votes.filter((v) => v.choices.includes(index)).length;
						return { key: String(index), label, count, percent: percent(count) };
					});
		results = {
			rows,
			voters,
			members: await q.countActiveMembers(deps.db, group.id),
			blocks: votes.filter((v) => v.position === 'block').length,
			votes: votes.map((v) => ({
				voter: v.handle && v.name ? { handle: v.handle, name: v.name } : null,
				position: v.position,
				choices: [...v.choices].sort((a, b) => a - b).map((i) => options[i] ?? '?'),
				reason: v.reason,
				updatedAt: v.updated_at
			}))
		};
	}

	return {
		id: proposal.id,
		slug: proposal.slug,
		title: proposal.title,
		bodyHtml: renderMarkdown(proposal.body),
		kind: proposal.kind,
		options,
		maxChoices: proposal.max_choices,
		resultsVisible: proposal.results_visible,
		closesAt: proposal.closes_at,
		closedAt: proposal.closed_at,
		endedAt: endedAt(proposal, now),
		open,
		outcome: proposal.outcome,
		outcomeHtml: renderMarkdown(proposal.outcome),
		author: proposal.author_handle && proposal.author_name ? { handle: proposal.author_handle, name: proposal.author_name } : null,
		createdAt: proposal.created_at,
		group: { id: group.id, slug: group.slug, name: group.name },
		zone: PROPOSAL_DISPLAY_ZONE,
		myVote: mine ? { position: mine.position, choices: mine.choices, reason: mine.reason } : null,
		isParticipant: proposalPolicy.takePart(actor, standing),
		canVote: proposalPolicy.vote(actor, { standing, proposal, now }),
		canClose: conclude && open,
		canRecordOutcome: conclude && !open,
		results
	};
}

/**
 * An active member votes, or changes their vote, until voting ends. Consent: one position;
 * poll: 1..max_choices distinct choices. The voter follows the proposal from then on.
 */
export async function vote(
	actor: MaybeActor,
	input: { groupSlug: string; slug: string; values: unknown },
	deps: Deps
): Promise<{ changed: boolean }> {
	authorize(actor, proposalPolicy, 'signedIn');
	const { standing, proposal } = await readableProposal(actor, input, deps);
	authorize(actor, proposalPolicy, 'takePart', standing);

	let position: ConsentPosition | null = null;
	let choices: number[] = [];
	let reason: string;
	if (proposal.kind === 'consent') {
		({ position, reason } = validate(consentVoteSchema, input.values));
	} else {
		const data = validate(pollVoteSchema, input.values);
		reason = data.reason;
		const count = optionsOf(proposal.options).length;
		choices = [...new Set(data.choices)].sort((a, b) => a - b);
		if (choices.length === 0) throw invalid({ choices: { key: 'proposals_error_choose' } });
		if (choices.length !== data.choices.length || choices.some((c) => c < 0 || c >= count))
			throw invalid({ choices: { key: 'error_invalid_choice' } });
		if (choices.length > proposal.max_choices)
			throw invalid({ choices: { key: 'proposals_error_too_many', params: { max: proposal.max_choices } } });
	}

	return deps.db.transaction().execute(async (trx) => {
		// under the proposal's lock, so a vote never lands after an early close
		const locked = await q.lockProposal(trx, proposal.id);
		if (!locked) throw notFound();
		if (!isOpen(locked, new Date())) throw conflict('proposals_error_closed');
		const changed = await q.upsertVote(trx, { proposalId: proposal.id, personId: actor.id, position, choices, reason });
		await insertFollow(trx, actor.id, { type: 'proposal', id: proposal.id });
		return { changed };
	});
}

/** The author or a group manager ends voting before the deadline. Followers of the proposal and the group hear of it. */
export async function closeProposal(actor: MaybeActor, input: { groupSlug: string; slug: string }, deps: Deps): Promise<void> {
	authorize(actor, proposalPolicy, 'signedIn');
	const { group, standing, proposal } = await readableProposal(actor, input, deps);
	authorize(actor, proposalPolicy, 'conclude', { group, standing, createdBy: proposal.created_by });
	await deps.db.transaction().execute(async (trx) => {
		const locked = await q.lockProposal(trx, proposal.id);
		if (!locked) throw notFound();
		const now = new Date();
		if (!isOpen(locked, now)) throw conflict('proposals_error_closed');
		await q.markClosed(trx, proposal.id, now);
		await insertAudit(trx, {
			actorId: actor.id,
			action: 'proposal_closed',
			subjectType: 'proposal',
			subjectId: proposal.id,
			details: { early: true }
		});
		await recordActivity(trx, {
			kind: 'proposal_closed',
			actorId: actor.id,
			subjectType: 'proposal',
			subjectId: proposal.id,
			contextType: 'proposal',
			contextId: proposal.id,
			related: [{ type: 'group', id: group.id }],
			payload: { title: proposal.title, group: group.slug, groupName: group.name, proposal: proposal.slug }
		});
	});
}

/**
 * Once voting has ended, the author or a group manager records (or corrects) the outcome, in
 * Markdown. Followers of the proposal and the group hear of it.
 */
export async function recordOutcome(
	actor: MaybeActor,
	input: { groupSlug: string; slug: string; values: unknown },
	deps: Deps
): Promise<void> {
	authorize(actor, proposalPolicy, 'signedIn');
	const { group, standing, proposal } = await readableProposal(actor, input, deps);
	authorize(actor, proposalPolicy, 'conclude', { group, standing, createdBy: proposal.created_by });
	const { outcome } = validate(outcomeSchema, input.values);
	await deps.db.transaction().execute(async (trx) => {
		const locked = await q.lockProposal(trx, proposal.id);
		if (!locked) throw notFound();
		if (isOpen(locked, new Date())) throw conflict('proposals_error_still_open');
		const first = locked.outcome.trim() === '';
		await q.setOutcome(trx, proposal.id, outcome);
		await insertAudit(trx, {
			actorId: actor.id,
			action: 'proposal_outcome',
			subjectType: 'proposal',
			subjectId: proposal.id,
			details: { first }
		});
		if (first)
			await recordActivity(trx, {
				kind: 'proposal_outcome',
				actorId: actor.id,
				subjectType: 'proposal',
				subjectId: proposal.id,
				contextType: 'proposal',
				contextId: proposal.id,
				related: [{ type: 'group', id: group.id }],
				payload: { title: proposal.title, group: group.slug, groupName: group.name, proposal: proposal.slug }
			});
	});
}
