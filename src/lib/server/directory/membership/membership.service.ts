import { isLocale, type Locale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages';
import { conflict, invalid, notFound, validate, type Deps } from '../../platform/core';
import { authorize, type MaybeActor } from '../../platform/auth';
import { insertMail } from '../../platform/mail';
import { insertAudit } from '../../platform/audit';
import { reindexOrganisation } from '../../knowledge/search';
import * as q from './membership.queries';
import { membershipPolicy } from './membership.policy';
import {
	applySchema,
	decisionSchema,
	INDIVIDUAL,
	type ApplicantChoice,
	type Decision,
	type OwnApplication,
	type PendingApplication
} from './membership.schemas';

/**
 * What the membership page shows a signed-in person: who they may apply for (organisations they
 * administer that are not members yet, and themselves unless already a member), their
 * applications with the coordinators' answers, and defaults for the contact fields.
 */
export async function getMembershipOverview(actor: MaybeActor, deps: Deps) {
	authorize(actor, membershipPolicy, 'signedIn');
	const [person, organisations, applications] = await Promise.all([
		q.findPersonMembership(deps.db, actor.id),
		q.listAdministeredOrganisations(deps.db, actor.id),
		q.listApplicationsOf(deps.db, actor.id)
	]);
	// Only what can still be applied for: not a member yet and nothing waiting for a decision.
	const waiting = new Set(applications.filter((a) => a.status === 'pending').map((a) => a.organisation_id));
	const choices: ApplicantChoice[] = organisations
		.filter((o) => o.member_since === null && !waiting.has(o.id))
		.map((o) => ({ value: o.slug, label: o.name }));
	const individualMember = person?.member_since != null;
	const own: OwnApplication[] = applications.map((a) => ({
		id: a.id,
		organisationName: a.organisation_name,
		status: a.status,
		createdAt: a.created_at.toISOString(),
		decidedAt: a.decided_at ? a.decided_at.toISOString() : null,
		decisionMessage: a.decision_message
	}));
	return {
		choices,
		canApplyIndividually:
			!individualMember && !applications.some((a) => a.status === 'pending' && a.organisation_id === null && a.applicant_id === actor.id),
		memberOrganisations: organisations.filter((o) => o.member_since !== null).map((o) => o.name),
		individualMember,
		applications: own,
		defaults: { contact_name: actor.name, contact_email: actor.email },
		emailVerified: actor.emailVerified
	};
}

/**
 * A verified person applies to the network for an organisation they administer, or for
 * themselves. One pending application per organisation and per individual at a time.
 */
export async function applyForMembership(actor: MaybeActor, input: unknown, deps: Deps): Promise<{ id: number }> {
	authorize(actor, membershipPolicy, 'apply');
	const data = validate(applySchema, input);
	return deps.db.transaction().execute(async (trx) => {
		let organisationId: number | null = null;
		if (data.applicant === INDIVIDUAL) {
			const person = await q.findPersonMembership(trx, actor.id);
			if (person?.member_since) throw conflict('membership_error_already_member');
		} else {
			const organisation = (await q.listAdministeredOrganisations(trx, actor.id)).find((o) => o.slug === data.applicant);
			// Only admins apply for an organisation; any other slug is simply not a valid choice.
			if (!organisation) throw invalid({ applicant: { key: 'error_invalid_choice' } });
			if (organisation.member_since) throw conflict('membership_error_already_member');
			organisationId = organisation.id;
		}
		const id = await q.insertApplication(trx, {
			organisationId,
			applicantId: actor.id,
			motivation: data.motivation,
			contactName: data.contact_name,
			contactEmail: data.contact_email,
			offers: data.offers,
			seeks: data.seeks
		});
		if (id === undefined) throw conflict('membership_error_pending');
		await insertAudit(trx, {
			actorId: actor.id,
			action: 'membership.apply',
			subjectType: 'membership_application',
			subjectId: id,
			details: { organisation_id: organisationId }
		});
		return { id };
	});
}

/** The coordinators' queue: pending applications, oldest first, with all details. */
export async function listPendingApplications(actor: MaybeActor, deps: Deps, locale: Locale): Promise<PendingApplication[]> {
	authorize(actor, membershipPolicy, 'coordinate');
	const rows = await q.listPendingApplications(deps.db, locale);
	return rows.map((r) => ({
		id: r.id,
		createdAt: r.created_at.toISOString(),
		applicant: { name: r.applicant_name, email: r.applicant_email, handle: r.applicant_handle },
		organisation:
			r.organisation_slug && r.organisation_name && r.organisation_type
				? {
						slug: r.organisation_slug,
						name: r.organisation_name,
						type: r.organisation_type,
						cityName: r.city_name ?? '',
						countryCode: (r.country_code ?? '').trim(),
						website: r.organisation_website
					}
				: null,
		motivation: r.motivation,
		contactName: r.contact_name,
		contactEmail: r.contact_email,
		offers: r.offers,
		seeks: r.seeks
	}));
}

/**
 * A coordinator approves or declines a pending application with an optional message. Approval
 * makes the organisation (or the individual) a network member. The applicant is told by mail in
 * their own language; the decision is audited.
 */
export async function decideApplication(actor: MaybeActor, input: unknown, deps: Deps): Promise<{ decision: Decision }> {
	authorize(actor, membershipPolicy, 'coordinate');
	const data = validate(decisionSchema, input);
	await deps.db.transaction().execute(async (trx) => {
		const application = await q.findApplicationForDecision(trx, data.application_id);
		if (!application) throw notFound();
		if (application.status !== 'pending') throw conflict('membership_error_decided');
		if (data.decision === 'approve') authorize(actor, membershipPolicy, 'approve', application);
		const status = data.decision === 'approve' ? 'approved' : 'declined';
		await q.recordDecision(trx, application.id, status, data.message || null, actor.id);
		if (status === 'approved') {
			if (application.organisation_id !== null) {
				await q.markOrganisationMember(trx, application.organisation_id);
				// Now in the network: searchable, and named on its people's profiles.
				await reindexOrganisation(trx, application.organisation_id);
			} else await q.markPersonMember(trx, application.applicant_id);
		}
		const locale: Locale = isLocale(application.applicant_locale) ? application.applicant_locale : 'pl';
		const params = {
			name: application.applicant_name,
			subject: application.organisation_name ?? m.membership_mail_subject_individual({}, { locale }),
			message: data.message || m.membership_mail_no_message({}, { locale }),
			link: `${deps.origin}/${locale}/membership`
		};
		await insertMail(trx, {
			to: application.applicant_email,
			subject:
				status === 'approved'
					? m.membership_mail_approved_subject(params, { locale })
					: m.membership_mail_declined_subject(params, { locale }),
			text:
				status === 'approved' ? m.membership_mail_approved_body(params, { locale }) : m.membership_mail_declined_body(params, { locale })
		});
		await insertAudit(trx, {
			actorId: actor.id,
			action: `membership.${data.decision}`,
			subjectType: 'membership_application',
			subjectId: application.id,
			details: {
				organisation_id: application.organisation_id,
				applicant_id: application.applicant_id,
				message: data.message || null
			}
		});
	});
	return { decision: data.decision };
}
