import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, addToOrganisation, makeMember, makeOrganisation, makePerson } from '../../platform/db/testing/factories';
import { AppError } from '../../platform/core';
import { findMailTo } from '../../platform/mail/outbox.testing';
import { resolveSession, startSession } from '../../platform/auth';
import { listAuditFor } from '../../platform/audit';
import { applyForMembership, decideApplication, getMembershipOverview, listPendingApplications } from './membership.service';

const t = useTestDatabase();

async function failure(promise: Promise<unknown>): Promise<AppError> {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(AppError);
	return error as AppError;
}

const application = (applicant: string, overrides: Record<string, string> = {}) => ({
	applicant,
	motivation: 'We reuse a coal mine as a culture centre.',
	contact_name: 'Ewa Test',
	contact_email: 'ewa.test@example.org',
	offers: 'Study visits',
	seeks: 'Partners for a call',
	...overrides
});

/** A person administering an organisation that is not a network member yet. */
async function applicantWithOrganisation(locale = 'en') {
	const org = await makeOrganisation(t.db, { name: `Kopalnia Kultury ${Date.now()}` });
	const person = await makePerson(t.db, { locale, email: `applicant-${Date.now()}-${Math.random().toString(36).slice(2)}@example.org` });
	await addToOrganisation(t.db, org.id, person.id, 'admin');
	return { org, person, actor: actorOf(person) };
}

const coordinator = async () => actorOf(await makePerson(t.db, { role: 'coordinator' }));

describe('applying', () => {
	it('offers the organisations a person administers, one pending application each', async () => {
		const { org, actor } = await applicantWithOrganisation();
		const overview = await getMembershipOverview(actor, t.deps);
		expect(overview.choices).toEqual([{ value: org.slug, label: org.name }]);
		expect(overview.canApplyIndividually).toBe(true);
		expect(overview.defaults).toEqual({ contact_name: actor.name, contact_email: actor.email });

		await applyForMembership(actor, application(org.slug), t.deps);
		const again = await failure(applyForMembership(actor, application(org.slug), t.deps));
		expect(again.code).toBe('conflict');
		expect(again.messageKey).toBe('membership_error_pending');

		const mine = (await getMembershipOverview(actor, t.deps)).applications;
		expect(mine).toMatchObject([{ organisationName: org.name, status: 'pending', decisionMessage: null }]);
		// Nothing left to apply for while it waits, except the person themselves.
		expect((await getMembershipOverview(actor, t.deps)).choices).toEqual([]);
	});

	it('takes one pending individual application, and refuses organisations the person does not administer', async () => {
		const person = actorOf(await makePerson(t.db));
		await applyForMembership(person, application('individual'), t.deps);
		expect((await getMembershipOverview(person, t.deps)).canApplyIndividually).toBe(false);
		expect((await failure(applyForMembership(person, application('individual'), t.deps))).messageKey).toBe('membership_error_pending');

		const { org } = await applicantWithOrganisation();
		const memberOfIt = await makePerson(t.db);
		await addToOrganisation(t.db, org.id, memberOfIt.id, 'member');
		const refused = await failure(applyForMembership(actorOf(memberOfIt), application(org.slug), t.deps));
		expect(refused.fieldErrors.applicant?.key).toBe('error_invalid_choice');
	});

	it('refuses visitors, unconfirmed addresses, members and bad input', async () => {
		expect((await failure(applyForMembership(null, application('individual'), t.deps))).code).toBe('unauthenticated');
		const unverified = actorOf(await makePerson(t.db, { verified: false }));
		expect((await failure(applyForMembership(unverified, application('individual'), t.deps))).messageKey).toBe('org_error_unverified');
		const member = actorOf(await makePerson(t.db, { member: true }), true);
		expect((await failure(applyForMembership(member, application('individual'), t.deps))).messageKey).toBe(
			'membership_error_already_member'
		);
		const approved = await makeMember(t.db, { orgRole: 'admin' });
		expect((await failure(applyForMembership(actorOf(approved.person, true), application(approved.organisation.slug), t.deps))).code).toBe(
			'conflict'
		);

		const bad = await failure(
			applyForMembership(
				actorOf(await makePerson(t.db)),
				application('individual', { motivation: '  ', contact_email: 'nope', offers: 'x'.repeat(2001) }),
				t.deps
			)
		);
		expect(bad.fieldErrors).toMatchObject({
			motivation: { key: 'error_required' },
			contact_email: { key: 'error_invalid_email' },
			offers: { key: 'error_too_long' }
		});
	});
});

describe('deciding', () => {
	it('is for coordinators only: people and members get not_found', async () => {
		const { org, actor } = await applicantWithOrganisation();
		const { id } = await applyForMembership(actor, application(org.slug), t.deps);
		const { person: member } = await makeMember(t.db);
		for (const who of [null, actor, actorOf(member, true)]) {
			expect((await failure(listPendingApplications(who, t.deps, 'en'))).code).toBe('not_found');
			expect((await failure(decideApplication(who, { application_id: id, decision: 'approve' }, t.deps))).code).toBe('not_found');
		}
		const status = await t.db.selectFrom('membership_applications').select('status').where('id', '=', id).executeTakeFirstOrThrow();
		expect(status.status).toBe('pending');
	});

	it('lists pending applications oldest first with their details', async () => {
		const first = await applicantWithOrganisation();
		const second = await applicantWithOrganisation();
		const a = await applyForMembership(first.actor, application(first.org.slug), t.deps);
		const b = await applyForMembership(second.actor, application(second.org.slug, { seeks: '' }), t.deps);
		await t.db
			.updateTable('membership_applications')
			.set({ created_at: sql<never>`now() - interval '1 day'` })
			.where('id', '=', b.id)
			.execute();
		const list = await listPendingApplications(await coordinator(), t.deps, 'en');
		const ours = list.filter((p) => p.id === a.id || p.id === b.id);
		expect(ours.map((p) => p.id)).toEqual([b.id, a.id]);
		expect(ours[1]).toMatchObject({
			applicant: { name: first.person.name, email: first.person.email },
			organisation: { slug: first.org.slug, name: first.org.name, type: 'ngo' },
			motivation: 'We reuse a coal mine as a culture centre.',
			contactEmail: 'ewa.test@example.org',
			offers: 'Study visits'
		});
	});

	it('approving makes the organisation a member, mails the applicant in their language, and is audited', async () => {
		const { org, person, actor } = await applicantWithOrganisation('pl');
		const { id } = await applyForMembership(actor, application(org.slug), t.deps);
		const { token } = await startSession(t.db, person.id);
		expect((await resolveSession(t.db, token))?.isMember).toBe(false);

		const magda = await coordinator();
		await decideApplication(magda, { application_id: id, decision: 'approve', message: 'Witamy w sieci!' }, t.deps);
		expect((await resolveSession(t.db, token))?.isMember).toBe(true);

		const [mail] = await findMailTo(t.db, person.email);
		expect(mail.subject).toBe('Witamy w sieci Headframe');
		expect(mail.text_body).toContain('Witamy w sieci!');
		expect(mail.text_body).toContain(org.name);
		expect(mail.text_body).toContain(`${t.deps.origin}/pl/membership`);

		const [audit] = await listAuditFor(t.db, 'membership_application', id);
		expect(audit).toMatchObject({ actor_id: magda.id, action: 'membership.approve' });
		expect(audit.details).toMatchObject({ organisation_id: org.id, message: 'Witamy w sieci!' });

		const overview = await getMembershipOverview(actor, t.deps);
		expect(overview.applications[0]).toMatchObject({ status: 'approved', decisionMessage: 'Witamy w sieci!' });
		expect(overview.choices).toEqual([]);
		expect((await failure(decideApplication(magda, { application_id: id, decision: 'decline' }, t.deps))).messageKey).toBe(
			'membership_error_decided'
		);
	});

	it('approving an individual sets their membership; declining leaves them out and says why', async () => {
		const anna = await makePerson(t.db, { locale: 'en' });
		const bob = await makePerson(t.db, { locale: 'pl' });
		const a = await applyForMembership(actorOf(anna), application('individual'), t.deps);
		const b = await applyForMembership(actorOf(bob), application('individual'), t.deps);
		const magda = await coordinator();
		await decideApplication(magda, { application_id: a.id, decision: 'approve' }, t.deps);
		await decideApplication(magda, { application_id: b.id, decision: 'decline', message: 'Please add your organisation first.' }, t.deps);

		const rows = await t.db.selectFrom('people').select(['id', 'member_since']).where('id', 'in', [anna.id, bob.id]).execute();
		expect(rows.find((r) => r.id === anna.id)?.member_since).not.toBeNull();
		expect(rows.find((r) => r.id === bob.id)?.member_since).toBeNull();
		expect((await findMailTo(t.db, anna.email))[0].subject).toBe('Welcome to the Headframe network');
		const declined = (await findMailTo(t.db, bob.email))[0];
		expect(declined.subject).toBe('Twój wniosek o członkostwo w sieci Headframe');
		expect(declined.text_body).toContain('Please add your organisation first.');
		expect((await listAuditFor(t.db, 'membership_application', b.id))[0].action).toBe('membership.decline');
		// A declined applicant may apply again.
		await applyForMembership(actorOf(bob), application('individual'), t.deps);
	});
});
