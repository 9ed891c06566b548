/** Making a proposal, who may see proposals, and the list of a group's proposals. */
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, makePerson } from '../../platform/db/testing/factories';
import { findFollow } from '../../notify/follows';
import { addGroupMember, consentValues, failure, localInDays, makeGroup, pollValues, proposalWorlds } from './proposals.testing';
import {
	closeProposal,
	createProposal,
	getGroupProposals,
	getNewProposalForm,
	getProposal,
	listProposals,
	vote
} from './proposals.service';

const t = useTestDatabase();
const { member, world, propose } = proposalWorlds(t);

describe('createProposal', () => {
	it('opens a consent proposal, makes the author follow it and tells the group', async () => {
		const w = await world();
		const slug = await propose(w, consentValues({ title: 'Adopt the frame (first test)' }));
		expect(slug).toMatch(/^adopt-the-frame-first-test-[a-z0-9]{5}$/);
		const p = await getProposal(w.ana, { groupSlug: w.group.slug, slug }, t.deps);
		expect(p.kind).toBe('consent');
		expect(p.bodyHtml).toContain('<strong>adopt</strong>');
		expect(p.open).toBe(true);
		expect(p.author?.name).toBe('Author');
		expect(await findFollow(t.db, w.author.id, { type: 'proposal', id: p.id })).toBeDefined();
		const events = await t.db
			.selectFrom('activity_events')
			.selectAll()
			.where('subject_id', '=', p.id)
			.where('subject_type', '=', 'proposal')
			.execute();
		expect(events.map((e) => [e.kind, e.context_type, e.context_id])).toEqual([['proposal_opened', 'group', w.group.id]]);
	});

	it('gives a second proposal with the same title its own address', async () => {
		const w = await world();
		const values = consentValues({ title: `Same title ${w.group.id}` });
		const first = await propose(w, values);
		const second = await propose(w, values);
		expect(first).toMatch(new RegExp(`^same-title-${w.group.id}-[a-z0-9]{5}$`));
		expect(second).toMatch(new RegExp(`^same-title-${w.group.id}-[a-z0-9]{5}$`));
		expect(second).not.toBe(first);
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
		expect((await failure(propose(w, pollValues({ options: 'Energy\n energy \nHousing' })))).fieldErrors.options.key).toBe(
			'proposals_error_option_duplicate'
		);
		expect((await failure(propose(w, pollValues({ options: 'A\nB', max_choices: '3' })))).fieldErrors.max_choices.key).toBe(
			'proposals_error_max_choices'
		);
		expect((await failure(propose(w, pollValues({ max_choices: '0' })))).fieldErrors.max_choices.key).toBe('error_too_small');
		const slug = await propose(w, pollValues({ options: '\nEnergy\n\n  Housing  \n', max_choices: '2' }));
		const p = await getProposal(w.ana, { groupSlug: w.group.slug, slug }, t.deps);
		expect(p.options).toEqual(['Energy', 'Housing']);
		expect(p.maxChoices).toBe(2);
	});

	it('is for active group members only', async () => {
		const w = await world();
		expect((await failure(createProposal(w.outsider, { groupSlug: w.group.slug, values: consentValues() }, t.deps))).code).toBe(
			'forbidden'
		);
		expect((await getNewProposalForm(w.outsider, { groupSlug: w.group.slug }, t.deps)).canPropose).toBe(false);
		expect((await getNewProposalForm(w.ana, { groupSlug: w.group.slug }, t.deps)).canPropose).toBe(true);
		const requested = await member();
		await addGroupMember(t.db, w.group.id, requested.id, 'member', 'requested');
		expect((await failure(createProposal(requested, { groupSlug: w.group.slug, values: consentValues() }, t.deps))).code).toBe('forbidden');
		expect((await failure(createProposal(null, { groupSlug: w.group.slug, values: consentValues() }, t.deps))).code).toBe(
			'unauthenticated'
		);
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
		await t.db
			.updateTable('proposals')
			.set({ closes_at: new Date(Date.now() - 5 * 86_400_000) })
			.where('slug', '=', endedLong)
			.execute();
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
