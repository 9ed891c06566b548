import { m } from '$lib/paraglide/messages';
import { conflict, invalid, notFound, validate, type Deps } from '../../platform/core';
import { authorize, type MaybeActor } from '../../platform/auth';
import { insertAudit } from '../../platform/audit';
import { insertMail } from '../../platform/mail';
import { areApplicationsOpen, isLiveApplication, visitPolicy } from './visits.policy';
import * as q from './visits.queries';
import { applicationSchema, decisionSchema } from './visits.schemas';
import { requireVisit } from './visits.service';
import { cancelHostedRegistration, lockHostedEvent, registerForHostedEvent } from '../events';
import { approvedOrganisationsOf } from '../../shared';
import { asLocale } from '../../platform/i18n';

interface VisitAction {
	slug: string;
	values: unknown;
}

/**
 * A member applies with their motivation, alone or on behalf of one of their organisations.
 * The host organisation's admins are told by mail. Refused: visitors, non-members, the host's
 * own people, closed applications, a second live application, and after a decline.
 */
export async function applyForVisit(actor: MaybeActor, input: VisitAction, deps: Deps): Promise<void> {
	const visit = await requireVisit(actor, input.slug, deps);
	authorize(actor, visitPolicy, 'signedIn');
	const { db, origin } = deps;
	const belongsToHost = await q.isInOrganisation(db, visit.host_organisation_id, actor.id);
	authorize(actor, visitPolicy, 'applyAsGuest', { belongsToHost });
	authorize(actor, visitPolicy, 'apply', { belongsToHost });
	if (!areApplicationsOpen(visit, new Date())) throw conflict('visits_error_applications_closed');
	const data = validate(applicationSchema, input.values);
	if (data.organisationId !== null && !(await approvedOrganisationsOf(db, actor.id)).some((o) => o.id === data.organisationId))
		throw invalid({ organisationId: { key: 'visits_error_not_your_organisation' } });
	const motivation = data.motivation.replace(/\r\n/g, '\n');

	await db.transaction().execute(async (trx) => {
		const existing = await q.findApplication(trx, visit.id, actor.id);
		if (existing && isLiveApplication(existing.status)) throw conflict('visits_error_already_applied');
		if (existing?.status === 'declined') throw conflict('visits_error_declined');
		if (existing) await q.renewApplication(trx, existing.id, { organisationId: data.organisationId, motivation });
		else if (!(await q.insertApplication(trx, { eventId: visit.id, personId: actor.id, organisationId: data.organisationId, motivation })))
			throw conflict('visits_error_already_applied');
		if (visit.host_organisation_id === null) return;
		for (const host of await q.listHostContacts(trx, visit.host_organisation_id)) {
			const locale = asLocale(host.locale);
			await insertMail(trx, {
				to: host.email,
				subject: m.visits_mail_applied_subject({ title: visit.title }, { locale }),
				text: m.visits_mail_applied_text(
					{
						name: host.name,
						applicant: actor.name,
						title: visit.title,
						motivation,
						url: `${origin}/${locale}/study-visits/${visit.slug}#applications-title`
					},
					{ locale }
				)
			});
		}
	});
}

/**
 * The host accepts or declines a pending application, with an optional message; the applicant
 * is told by mail in their language. Accepting registers the person for the event (so the
 * calendar, .ics and reminders include them) and never takes more people than the capacity:
 * the event row is locked while the places are counted.
 */
export async function decideApplication(actor: MaybeActor, input: VisitAction, deps: Deps): Promise<{ status: 'accepted' | 'declined' }> {
	const visit = await requireVisit(actor, input.slug, deps);
	authorize(actor, visitPolicy, 'signedIn');
	const { db, origin } = deps;
	authorize(actor, visitPolicy, 'run', { belongsToHost: await q.isInOrganisation(db, visit.host_organisation_id, actor.id) });
	const data = validate(decisionSchema, input.values);

	return db.transaction().execute(async (trx) => {
		const event = await lockHostedEvent(trx, visit.id);
		if (!event) throw notFound();
		const application = await q.lockApplication(trx, visit.id, data.applicationId);
		if (!application) throw notFound();
		if (application.status !== 'pending') throw conflict('visits_error_already_decided');
		const status = data.decision === 'accept' ? 'accepted' : 'declined';
		if (status === 'accepted') {
			if (event.capacity !== null && (await q.countAccepted(trx, visit.id)) >= event.capacity) throw conflict('visits_error_full');
			await registerForHostedEvent(trx, visit.id, application.person_id);
		}
		await q.setApplicationStatus(trx, application.id, status, { by: actor.id, message: data.message.replace(/\r\n/g, '\n') });
		await insertAudit(trx, {
			actorId: actor.id,
			action: `study_visit.${data.decision}`,
			subjectType: 'study_visit_application',
			subjectId: application.id,
			details: { event: visit.id, person: application.person_id }
		});
		const locale = asLocale(application.locale);
		const params = {
			name: application.name,
			title: visit.title,
			message: data.message,
			url: `${origin}/${locale}/study-visits/${visit.slug}`
		};
		await insertMail(trx, {
			to: application.email,
			subject: (status === 'accepted' ? m.visits_mail_accepted_subject : m.visits_mail_declined_subject)({}, { locale }),
			text:
				(status === 'accepted' ? m.visits_mail_accepted_text : m.visits_mail_declined_text)(params, { locale }) +
				(data.message ? `\n\n${m.visits_mail_host_message({ message: data.message }, { locale })}` : '') +
				`\n\n${m.visits_mail_signature({}, { locale })}`
		});
		return { status };
	});
}

/** Before the visit, the applicant withdraws a pending or accepted application; an accepted one frees its place. */
export async function withdrawApplication(actor: MaybeActor, input: { slug: string }, deps: Deps): Promise<void> {
	const visit = await requireVisit(actor, input.slug, deps);
	authorize(actor, visitPolicy, 'signedIn');
	if (visit.starts_at <= new Date()) throw conflict('visits_error_started');
	await deps.db.transaction().execute(async (trx) => {
		await lockHostedEvent(trx, visit.id);
		const application = await q.findApplication(trx, visit.id, actor.id);
		if (!application || !isLiveApplication(application.status)) throw conflict('visits_error_no_application');
		await q.setApplicationStatus(trx, application.id, 'withdrawn');
		await cancelHostedRegistration(trx, visit.id, actor.id);
	});
}
