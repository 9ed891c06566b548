import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, makeMember, makePerson } from '../../platform/db/testing/factories';
import { AppError } from '../../platform/core';
import { findFollow } from '../../notify/follows';
import type { GroupKind } from '../../platform/db';
import { addGroupMember, expireProposal, localInDays, makeGroup } from './proposals.testing';
import { closeProposal, createProposal, getGroupProposals, getNewProposalForm, getProposal, listProposals, recordOutcome, vote } from './proposals.service';

const t = useTestDatabase();

async function member(name?: string) {
	const { person } = await makeMember(t.db, { name });
	return actorOf(person, true);
}

/** A group with an author, two voting members, a network member outside it, and a group coordinator. */
async function world(kind: GroupKind = 'open') {
	const group = await makeGroup(t.db, { kind });
	const [author, ana, bart, outsider, lead] = await Promise.all([member('Author'), member('Ana'), member('Bart'), member('Outsider'), member('Lead')]);
	for (const p of [author, ana, bart]) await addGroupMember(t.db, group.id, p.id);
	await addGroupMember(t.db, group.id, lead.id, 'coordinator');
	return { group, author, ana, bart, outsider, lead };
}

type World = Awaited<ReturnType<typeof world>>;

const consentValues = (over: Record<string, unknown> = {}) => ({
	title: 'Adopt the frame',
	body: 'We **adopt** the frame.',
	kind: 'consent',
	results_visible: 'always',
	closes_at: localInDays(7),
	time_zone: 'UTC',
	...over
});

const pollValues = (over: Record<string, unknown> = {}) => ({
	title: 'Priority areas',
	kind: 'poll',
	options: 'Energy\nHousing\nMobility\nHeritage',
	max_choices: '3',
	results_visible: 'after_vote',
	closes_at: localInDays(7),
	time_zone: 'Europe/Warsaw',
	...over
});

async function propose(w: World, values: Record<string, unknown> = consentValues()) {
	return (await createProposal(w.author, { groupSlug: w.group.slug, values }, t.deps)).slug;
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
	try {
		await promise;
	} catch (error) {
		if (error instanceof AppError) return error;
		throw error;
	}
	throw new Error('expected an AppError');
}

describe('createProposal', () => {
	it('opens a consent proposal, makes the author follow it and tells the group', async () => {
		const w = await world();
		const slug = await propose(w, consentValues({ title: 'Adopt the frame (first test)' }));
		expect(slug).toMatch(/^adopt-the-frame-first-test(-\d+)?$/);
		const p = await getProposal(w.ana, { groupSlug: w.group.slug, slug }, t.deps);
		expect(p.kind).toBe('consent');
		expect(p.bodyHtml).toContain('<strong>adopt</strong>');
		expect(p.open).toBe(true);
		expect(p.author?.name).toBe('Author');
		expect(await findFollow(t.db, w.author.id, { type: 'proposal', id: p.id })).toBeDefined();
		const events = await t.db.selectFrom('activity_events').selectAll().where('subject_id', '=', p.id).where('subject_type', '=', 'proposal').execute();
		expect(events.map((e) => [e.kind, e.context_type, e.context_id])).toEqual([['proposal_opened', 'group', w.group.id]]);
	});

	it('gives a second proposal with the same title its own address', async () => {
		const w = await world();
		const values = consentValues({ title: `Same title ${w.group.id}` });
		expect(await propose(w, values)).toBe(`same-title-${w.group.id}`);
		expect(await propose(w, values)).toBe(`same-title-${w.group.id}-2`);
	});

	it('reads the deadline as wall-clock time in the chosen zone', async () => {
		const w = await world();
		const local = localInDays(3);
		const slug = await propose(w, consentValues({ closes_at: local, time_zone: 'Europe/Warsaw' }));
		const p = await getProposal(w.ana, { groupSlug: w.group.slug, slug }, t.deps);
		const utc = new Date(`${local}:00Z`).getTime();
		expect([60, 120]).toContain((utc - p.closesAt.getTime()) / 60_000);
	});

	it('refuses a deadline in the past, a bad date and an unknown zone', async () => {
		const w = await world();
		const past = await failure(propose(w, consentValues({ closes_at: localInDays(-1) })));
		expect(past.fieldErrors.closes_at.key).toBe('proposals_error_closes_past');
		const bad = await failure(propose(w, consentValues({ closes_at: 'tomorrow' })));
		expect(bad.fieldErrors.closes_at.key).toBe('proposals_error_closes_at');
		const zone = await failure(propose(w, consentValues({ time_zone: 'Mars/Olympus' })));
		expect(zone.fieldErrors.time_zone.key).toBe('proposals_error_time_zone');
	});

	it('checks poll choices: 2–20, distinct, and at most as many votes as choices', async () => {
		const w = await world();
		expect((await failure(propose(w, pollValues({ options: 'Only one' })))).fieldErrors.options.key).toBe('proposals_error_option_count');
		const many = Array.from({ length: 21 }, (_, i) => `Option ${i}`).join('\n');
		expect((await failure(propose(w, pollValues({ options: many })))).fieldErrors.options.key).toBe('proposals_error_option_count');
		expect((await failure(propose(w, pollValues({ options: 'Energy\n energy \nHousing' })))).fieldErrors.options.key).toBe('proposals_error_option_duplicate');
		expect((await failure(propose(w, pollValues({ options: 'A\nB', max_choices: '3' })))).fieldErrors.max_choices.key).toBe('proposals_error_max_choices');
		expect((await failure(propose(w, pollValues({ max_choices: '0' })))).fieldErrors.max_choices.key).toBe('error_too_small');
		const slug = await propose(w, pollValues({ options: '\nEnergy\n\n  Housing  \n' , max_choices: '2'}));
		const p = await getProposal(w.ana, { groupSlug: w.group.slug, slug }, t.deps);
		expect(p.options).toEqual(['Energy', 'Housing']);
		expect(p.maxChoices).toBe(2);
	});

	it('is for active group members only', async () => {
		const w = await world();
		expect((await failure(createProposal(w.outsider, { groupSlug: w.group.slug, values: consentValues() }, t.deps))).code).toBe('forbidden');
		expect((await getNewProposalForm(w.outsider, { groupSlug: w.group.slug }, t.deps)).canPropose).toBe(false);
		expect((await getNewProposalForm(w.ana, { groupSlug: w.group.slug }, t.deps)).canPropose).toBe(true);
		const requested = await member();
		await addGroupMember(t.db, w.group.id, requested.id, 'member', 'requested');
		expect((await failure(createProposal(requested, { groupSlug: w.group.slug, values: consentValues() }, t.deps))).code).toBe('forbidden');
		expect((await failure(createProposal(null, { groupSlug: w.group.slug, values: consentValues() }, t.deps))).code).toBe('unauthenticated');
	});
});

describe('who may see proposals', () => {
	it('open group: every network member reads them, people who are not members do not', async () => {
		const w = await world('open');
		const slug = await propose(w);
		expect((await getProposal(w.outsider, { groupSlug: w.group.slug, slug }, t.deps)).canVote).toBe(false);
		const stranger = actorOf(await makePerson(t.db), false);
		expect((await failure(getProposal(stranger, { groupSlug: w.group.slug, slug }, t.deps))).code).toBe('not_found');
		expect((await failure(getProposal(null, { groupSlug: w.group.slug, slug }, t.deps))).code).toBe('unauthenticated');
	});

	it('closed group: only its members; others, network coordinators included, are told it is not there', async () => {
		const w = await world('closed');
		const slug = await propose(w);
		expect((await getProposal(w.ana, { groupSlug: w.group.slug, slug }, t.deps)).canVote).toBe(true);
		expect((await failure(getProposal(w.outsider, { groupSlug: w.group.slug, slug }, t.deps))).code).toBe('not_found');
		expect((await failure(listProposals(w.outsider, { groupId: w.group.id }, t.deps))).code).toBe('not_found');
		const coordinator = actorOf(await makePerson(t.db, { role: 'coordinator' }));
		// a network coordinator manages a closed group, but reads its content only as a member
		expect((await failure(getProposal(coordinator, { groupSlug: w.group.slug, slug }, t.deps))).code).toBe('not_found');
	});

	it('secret group: not found for everyone outside, the invited and network admins included', async () => {
		const w = await world('secret');
		const slug = await propose(w);
		const invited = await member();
		await addGroupMember(t.db, w.group.id, invited.id, 'member', 'invited');
		const admin = actorOf(await makePerson(t.db, { role: 'admin' }));
		for (const actor of [w.outsider, invited, admin]) {
			expect((await failure(getProposal(actor, { groupSlug: w.group.slug, slug }, t.deps))).code).toBe('not_found');
			expect((await failure(getGroupProposals(actor, { groupSlug: w.group.slug }, t.deps))).code).toBe('not_found');
			expect((await failure(listProposals(actor, { groupId: w.group.id }, t.deps))).code).toBe('not_found');
			expect((await failure(vote(actor, { groupSlug: w.group.slug, slug, values: { position: 'agree' } }, t.deps))).code).toBe('not_found');
			expect((await failure(closeProposal(actor, { groupSlug: w.group.slug, slug }, t.deps))).code).toBe('not_found');
		}
		expect((await getProposal(w.ana, { groupSlug: w.group.slug, slug }, t.deps)).title).toBe('Adopt the frame');
	});

	it('a proposal of another group is not found under this one', async () => {
		const w = await world();
		const slug = await propose(w);
		const other = await makeGroup(t.db);
		expect((await failure(getProposal(w.ana, { groupSlug: other.slug, slug }, t.deps))).code).toBe('not_found');
	});
});

describe('listProposals', () => {
	it('lists open proposals first (nearest deadline first), then ended ones (latest first)', async () => {
		const w = await world();
		const later = await propose(w, consentValues({ title: 'Later', closes_at: localInDays(9) }));
		const sooner = await propose(w, consentValues({ title: 'Sooner', closes_at: localInDays(2) }));
		const endedLong = await propose(w, consentValues({ title: 'Ended long ago' }));
		const endedNow = await propose(w, consentValues({ title: 'Ended now' }));
		await t.db.updateTable('proposals').set({ closes_at: new Date(Date.now() - 5 * 86_400_000) }).where('slug', '=', endedLong).execute();
		await closeProposal(w.author, { groupSlug: w.group.slug, slug: endedNow }, t.deps);
		await vote(w.ana, { groupSlug: w.group.slug, slug: sooner, values: { position: 'agree' } }, t.deps);
		const list = await listProposals(w.ana, { groupId: w.group.id }, t.deps);
		expect(list.map((p) => [p.slug, p.open])).toEqual([
			[sooner, true],
			[later, true],
			[endedNow, false],
			[endedLong, false]
		]);
		expect(list[0]).toMatchObject({ voters: 1, voted: true });
		expect(list[1]).toMatchObject({ voters: 0, voted: false });
	});
});

describe('vote', () => {
	it('takes one vote per person, changeable until the end, with an optional reason; the voter follows', async () => {
		const w = await world();
		const slug = await propose(w);
		const ref = { groupSlug: w.group.slug, slug };
		expect(await vote(w.ana, { ...ref, values: { position: 'agree' } }, t.deps)).toEqual({ changed: false });
		expect(await vote(w.ana, { ...ref, values: { position: 'block', reason: 'Not without the cities of Czechia.' } }, t.deps)).toEqual({ changed: true });
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
		expect((await failure(vote(w.ana, { ...ref, values: { position: 'maybe' } }, t.deps))).fieldErrors.position.key).toBe('error_invalid_choice');
		expect((await failure(vote(w.ana, { ...ref, values: {} }, t.deps))).fieldErrors.position).toBeDefined();
		expect((await failure(vote(w.ana, { ...ref, values: { position: 'agree', reason: 'x'.repeat(2001) } }, t.deps))).fieldErrors.reason.key).toBe('error_too_long');
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
		expect((await failure(vote(w.ana, { ...ref, values: { choices: ['0', '0'] } }, t.deps))).fieldErrors.choices.key).toBe('error_invalid_choice');
		expect((await failure(vote(w.ana, { ...ref, values: { choices: ['4'] } }, t.deps))).fieldErrors.choices.key).toBe('error_invalid_choice');
		expect((await failure(vote(w.ana, { ...ref, values: { choices: ['-1'] } }, t.deps))).fieldErrors.choices.key).toBe('error_invalid_choice');
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
		expect((await failure(vote(w.bart, { groupSlug: w.group.slug, slug: early, values: { position: 'agree' } }, t.deps))).code).toBe('conflict');
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
		expect((await getProposal(w.outsider, ref, t.deps)).results?.votes[0]).toMatchObject({ voter: { name: 'Ana' }, position: 'agree', reason: 'Good frame.' });
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
		const events = await t.db.selectFrom('activity_events').selectAll().where('kind', '=', 'proposal_closed').where('subject_id', '=', p.id).execute();
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
		expect((await failure(recordOutcome(w.author, { ...ref, values: { outcome: 'Adopted.' } }, t.deps))).messageKey).toBe('proposals_error_still_open');
		await expireProposal(t.db, slug);
		expect((await getProposal(w.author, ref, t.deps)).canRecordOutcome).toBe(true);
		expect((await getProposal(w.ana, ref, t.deps)).canRecordOutcome).toBe(false);
		expect((await failure(recordOutcome(w.ana, { ...ref, values: { outcome: 'Adopted.' } }, t.deps))).code).toBe('forbidden');
		expect((await failure(recordOutcome(w.author, { ...ref, values: { outcome: '  ' } }, t.deps))).fieldErrors.outcome.key).toBe('error_required');
		await recordOutcome(w.author, { ...ref, values: { outcome: 'Adopted **unanimously**.' } }, t.deps);
		await recordOutcome(w.lead, { ...ref, values: { outcome: 'Adopted, one abstention.' } }, t.deps);
		const p = await getProposal(w.ana, ref, t.deps);
		expect(p.outcome).toBe('Adopted, one abstention.');
		expect((await t.db.selectFrom('activity_events').select('kind').where('kind', '=', 'proposal_outcome').where('subject_id', '=', p.id).execute()).length).toBe(1);
	});
});
