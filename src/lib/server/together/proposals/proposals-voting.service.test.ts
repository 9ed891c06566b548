/** Voting on a proposal, who sees the results when, closing it and recording its outcome. */
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, makePerson } from '../../platform/db/testing/factories';
import { findFollow } from '../../notify/follows';
import { consentValues, expireProposal, failure, pollValues, proposalWorlds } from './proposals.testing';
import { closeProposal, getProposal, recordOutcome, vote } from './proposals.service';

const t = useTestDatabase();
const { world, propose } = proposalWorlds(t);

describe('vote', () => {
	it('takes one vote per person, changeable until the end, with an optional reason; the voter follows', async () => {
		const w = await world();
		const slug = await propose(w);
		const ref = { groupSlug: w.group.slug, slug };
		expect(await vote(w.ana, { ...ref, values: { position: 'agree' } }, t.deps)).toEqual({ changed: false });
		expect(await vote(w.ana, { ...ref, values: { position: 'block', reason: 'Not without the cities of Czechia.' } }, t.deps)).toEqual({
			changed: true
		});
		const p = await getProposal(w.ana, ref, t.deps);
		expect(p.myVote).toEqual({ position: 'block', choices: [], reason: 'Not without the cities of Czechia.' });
		expect(p.results?.voters).toBe(1);
		expect(p.results?.blocks).toBe(1);
		expect(await findFollow(t.db, w.ana.id, { type: 'proposal', id: p.id })).toBeDefined();
	});

	it('refuses an unknown position, a reason over 2000 characters, and people outside the group', async () => {
		const w = await world();
		const slug = await propose(w);
		const ref = { groupSlug: w.group.slug, slug };
		expect((await failure(vote(w.ana, { ...ref, values: { position: 'maybe' } }, t.deps))).fieldErrors.position.key).toBe(
			'error_invalid_choice'
		);
		expect((await failure(vote(w.ana, { ...ref, values: {} }, t.deps))).fieldErrors.position).toBeDefined();
		expect(
			(await failure(vote(w.ana, { ...ref, values: { position: 'agree', reason: 'x'.repeat(2001) } }, t.deps))).fieldErrors.reason.key
		).toBe('error_too_long');
		expect((await failure(vote(w.outsider, { ...ref, values: { position: 'agree' } }, t.deps))).code).toBe('forbidden');
		expect((await failure(vote(null, { ...ref, values: { position: 'agree' } }, t.deps))).code).toBe('unauthenticated');
	});

	it('poll: 1..max_choices distinct valid choices', async () => {
		const w = await world();
		const slug = await propose(w, pollValues({ max_choices: '2' }));
		const ref = { groupSlug: w.group.slug, slug };
		expect((await failure(vote(w.ana, { ...ref, values: {} }, t.deps))).fieldErrors.choices.key).toBe('proposals_error_choose');
		const tooMany = await failure(vote(w.ana, { ...ref, values: { choices: ['0', '1', '2'] } }, t.deps));
		expect(tooMany.fieldErrors.choices).toEqual({ key: 'proposals_error_too_many', params: { max: 2 } });
		expect((await failure(vote(w.ana, { ...ref, values: { choices: ['0', '0'] } }, t.deps))).fieldErrors.choices.key).toBe(
			'error_invalid_choice'
		);
		expect((await failure(vote(w.ana, { ...ref, values: { choices: ['4'] } }, t.deps))).fieldErrors.choices.key).toBe(
			'error_invalid_choice'
		);
		expect((await failure(vote(w.ana, { ...ref, values: { choices: ['-1'] } }, t.deps))).fieldErrors.choices.key).toBe(
			'error_invalid_choice'
		);
		await vote(w.ana, { ...ref, values: { choices: ['2', '0'] } }, t.deps);
		await vote(w.bart, { ...ref, values: { choices: '2', reason: 'Trains first.' } }, t.deps);
		const p = await getProposal(w.ana, ref, t.deps);
		expect(p.results?.rows.map((r) => [r.label, r.count, r.percent])).toEqual([
			['Energy', 1, 50],
			['Housing', 0, 0],
			['Mobility', 2, 100],
			['Heritage', 0, 0]
		]);
		expect(p.results?.votes.map((v) => [v.voter?.name, v.choices, v.reason])).toEqual([
			['Ana', ['Energy', 'Mobility'], ''],
			['Bart', ['Mobility'], 'Trains first.']
		]);
		expect(p.results?.members).toBe(4);
	});

	it('is refused once the deadline passed or the proposal was closed early', async () => {
		const w = await world();
		const slug = await propose(w);
		const ref = { groupSlug: w.group.slug, slug };
		await vote(w.ana, { ...ref, values: { position: 'agree' } }, t.deps);
		await expireProposal(t.db, slug);
		expect((await failure(vote(w.ana, { ...ref, values: { position: 'block' } }, t.deps))).messageKey).toBe('proposals_error_closed');
		const p = await getProposal(w.ana, ref, t.deps);
		expect(p.open).toBe(false);
		expect(p.canVote).toBe(false);
		expect(p.endedAt?.getTime()).toBe(p.closesAt.getTime());
		expect(p.myVote?.position).toBe('agree');

		const early = await propose(w, consentValues({ title: 'Early' }));
		await closeProposal(w.lead, { groupSlug: w.group.slug, slug: early }, t.deps);
		expect((await failure(vote(w.bart, { groupSlug: w.group.slug, slug: early, values: { position: 'agree' } }, t.deps))).code).toBe(
			'conflict'
		);
	});
});

describe('results visibility', () => {
	async function withSetting(setting: string) {
		const w = await world();
		const slug = await propose(w, consentValues({ results_visible: setting }));
		const ref = { groupSlug: w.group.slug, slug };
		await vote(w.ana, { ...ref, values: { position: 'agree', reason: 'Good frame.' } }, t.deps);
		return { w, ref };
	}

	it('always: to every reader, voters or not', async () => {
		const { w, ref } = await withSetting('always');
		expect((await getProposal(w.bart, ref, t.deps)).results?.rows.find((r) => r.key === 'agree')?.count).toBe(1);
		expect((await getProposal(w.outsider, ref, t.deps)).results?.votes[0]).toMatchObject({
			voter: { name: 'Ana' },
			position: 'agree',
			reason: 'Good frame.'
		});
	});

	it('after_vote: once the viewer voted, or for everyone when voting ended', async () => {
		const { w, ref } = await withSetting('after_vote');
		expect((await getProposal(w.ana, ref, t.deps)).results).not.toBeNull();
		expect((await getProposal(w.bart, ref, t.deps)).results).toBeNull();
		expect((await getProposal(w.author, ref, t.deps)).results).toBeNull();
		await closeProposal(w.author, ref, t.deps);
		expect((await getProposal(w.bart, ref, t.deps)).results?.voters).toBe(1);
	});

	it('after_close: for nobody, voters and author included, until voting ended', async () => {
		const { w, ref } = await withSetting('after_close');
		expect((await getProposal(w.ana, ref, t.deps)).results).toBeNull();
		expect((await getProposal(w.author, ref, t.deps)).results).toBeNull();
		await expireProposal(t.db, ref.slug);
		const p = await getProposal(w.bart, ref, t.deps);
		expect(p.results?.rows.map((r) => [r.key, r.count, r.percent])).toEqual([
			['agree', 1, 100],
			['abstain', 0, 0],
			['disagree', 0, 0],
			['block', 0, 0]
		]);
		expect(p.results?.members).toBe(4);
	});
});

describe('closeProposal and recordOutcome', () => {
	it('lets the author or a group coordinator close early, not other members', async () => {
		const w = await world();
		const slug = await propose(w);
		const ref = { groupSlug: w.group.slug, slug };
		expect((await getProposal(w.ana, ref, t.deps)).canClose).toBe(false);
		expect((await getProposal(w.author, ref, t.deps)).canClose).toBe(true);
		expect((await getProposal(w.lead, ref, t.deps)).canClose).toBe(true);
		expect((await failure(closeProposal(w.ana, ref, t.deps))).code).toBe('forbidden');
		await closeProposal(w.lead, ref, t.deps);
		const p = await getProposal(w.ana, ref, t.deps);
		expect(p.closedAt).not.toBeNull();
		expect(p.open).toBe(false);
		expect((await failure(closeProposal(w.author, ref, t.deps))).messageKey).toBe('proposals_error_closed');
		const events = await t.db
			.selectFrom('activity_events')
			.selectAll()
			.where('kind', '=', 'proposal_closed')
			.where('subject_id', '=', p.id)
			.execute();
		expect(events.map((e) => [e.context_type, e.context_id, (e.payload as { related: unknown }).related])).toEqual([
			['proposal', p.id, [{ type: 'group', id: w.group.id }]]
		]);
	});

	it('a network coordinator may close a proposal of an open group', async () => {
		const w = await world();
		const slug = await propose(w);
		const coordinator = actorOf(await makePerson(t.db, { role: 'coordinator' }));
		await closeProposal(coordinator, { groupSlug: w.group.slug, slug }, t.deps);
		expect((await getProposal(w.ana, { groupSlug: w.group.slug, slug }, t.deps)).open).toBe(false);
	});

	it('records the outcome only after voting ended, by the author or a manager; it can be corrected', async () => {
		const w = await world();
		const slug = await propose(w);
		const ref = { groupSlug: w.group.slug, slug };
		expect((await failure(recordOutcome(w.author, { ...ref, values: { outcome: 'Adopted.' } }, t.deps))).messageKey).toBe(
			'proposals_error_still_open'
		);
		await expireProposal(t.db, slug);
		expect((await getProposal(w.author, ref, t.deps)).canRecordOutcome).toBe(true);
		expect((await getProposal(w.ana, ref, t.deps)).canRecordOutcome).toBe(false);
		expect((await failure(recordOutcome(w.ana, { ...ref, values: { outcome: 'Adopted.' } }, t.deps))).code).toBe('forbidden');
		expect((await failure(recordOutcome(w.author, { ...ref, values: { outcome: '  ' } }, t.deps))).fieldErrors.outcome.key).toBe(
			'error_required'
		);
		await recordOutcome(w.author, { ...ref, values: { outcome: 'Adopted **unanimously**.' } }, t.deps);
		await recordOutcome(w.lead, { ...ref, values: { outcome: 'Adopted, one abstention.' } }, t.deps);
		const p = await getProposal(w.ana, ref, t.deps);
		expect(p.outcome).toBe('Adopted, one abstention.');
		expect(
			(
				await t.db
					.selectFrom('activity_events')
					.select('kind')
					.where('kind', '=', 'proposal_outcome')
					.where('subject_id', '=', p.id)
					.execute()
			).length
		).toBe(1);
	});
});
