/**
 * Asking for a consultation and offering help: the request form, the request, the asker's
 * invitations and withdrawal, a helper's offer and its withdrawal.
 *
 * Online consultations: a member asks the network about a problem, others offer to help, the
 * asker picks experts and a time, which becomes an online event of type `consultation` with
 * only those people registered; afterwards the outcome is written down with the request.
 * A consultation may be about one of the asker's open challenges; the challenge's page then
 * shows it with its outcome.
 */
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { conflict, invalid, validate, type Deps } from '../../platform/core';
import { authorize, type MaybeActor } from '../../platform/auth';
import { insertMail } from '../../platform/mail';
import { insertAudit } from '../../platform/audit';
import { listAreas } from '../../knowledge/areas';
import { consultationPolicy } from './consultations.policy';
import * as q from './consultations.queries';
import * as expertQueries from './consultation-experts.queries';
import { isOwnOpenChallenge, openChallengesOfAuthor } from '../../together/challenges';
import { inviteSchema, newConsultationSchema, offerSchema, type NewConsultationForm } from './consultations.schemas';
import { sortCollator } from '$lib/intl';
import { listCityChoices } from '../../directory/cities';
import { approvedOrganisationsOf, cityName, countryName, newSlugCandidates } from '../../shared';
import { asLocale } from '../../platform/i18n';
import { locked, member, requireOpen } from './consultations-access';

/** What the "ask for a consultation" form offers: areas, cities, the asker's organisations. */
export async function getNewConsultationForm(actor: MaybeActor, input: { locale: Locale }, { db }: Deps): Promise<NewConsultationForm> {
	authorize(actor, consultationPolicy, 'signedIn');
	const [areas, cities, organisations, person, challenges] = await Promise.all([
		listAreas(db, input.locale),
		listCityChoices(db),
		approvedOrganisationsOf(db, actor.id),
		q.findPersonCity(db, actor.id),
		openChallengesOfAuthor(actor, { db, origin: '' })
	]);
	const collator = sortCollator(input.locale);
	return {
		blocked: consultationPolicy.ask(actor) ? null : 'not_member',
		areas: areas.map((a) => ({ id: a.id, name: String(a.name) })),
		cities: cities
			.map((c) => ({ id: c.id, label: `${cityName(c, input.locale)} (${countryName(c.country_code, input.locale)})` }))
			.sort((a, b) => collator.compare(a.label, b.label)),
		organisations: organisations.map((o) => ({ id: o.id, name: o.name })),
		cityId: person?.city_id ?? null,
		challenges: challenges.map((c) => ({ id: Number(c.value), title: c.label }))
	};
}

/**
 * A member asks for a consultation, optionally on behalf of one of their organisations. The city
 * defaults to the organisation's, then the asker's own.
 */
export async function createConsultation(actor: MaybeActor, input: { values: unknown }, { db }: Deps): Promise<{ slug: string }> {
	const asker = member(actor);
	const data = validate(newConsultationSchema, input.values);
	const areaIds = [...new Set(data.areas)];
	if ((await q.existingAreaIds(db, areaIds)).length !== areaIds.length) throw invalid({ areas: { key: 'error_invalid_choice' } });
	let organisation: { id: number; city_id: number } | undefined;
	if (data.organisation_id !== null) {
		organisation = (await approvedOrganisationsOf(db, asker.id)).find((o) => o.id === data.organisation_id);
		if (!organisation) throw invalid({ organisation_id: { key: 'consultations_error_not_your_organisation' } });
	}
	if (data.city_id !== null && !(await q.cityExists(db, data.city_id))) throw invalid({ city_id: { key: 'error_invalid_choice' } });
	const cityId = data.city_id ?? organisation?.city_id ?? (await q.findPersonCity(db, asker.id))?.city_id ?? null;
	if (data.challenge_id !== null && !(await isOwnOpenChallenge(asker, data.challenge_id, { db, origin: '' })))
		throw invalid({ challenge_id: { key: 'error_invalid_choice' } });

	return db.transaction().execute(async (trx) => {
		let slug = '';
		for (const candidate of newSlugCandidates(data.title, 'consultation')) {
			if (!(await q.slugTaken(trx, candidate))) {
				slug = candidate;
				break;
			}
		}
		const created = await q.insertConsultation(trx, {
			slug,
			askerId: asker.id,
			organisationId: organisation?.id ?? null,
			cityId,
			title: data.title,
			problem: data.problem,
			challengeId: data.challenge_id
		});
		await q.insertConsultationAreas(trx, created.id, areaIds);
		await insertAudit(trx, { actorId: asker.id, action: 'consultation.create', subjectType: 'consultation', subjectId: created.id });
		return { slug: created.slug };
	});
}

/** A member offers to help, with a message; the asker hears of it by mail. */
export async function offerHelp(actor: MaybeActor, input: { slug: string; values: unknown }, deps: Deps): Promise<void> {
	const helper = member(actor);
	const { message } = validate(offerSchema, input.values);
	await deps.db.transaction().execute(async (trx) => {
		const { consultation, role } = await locked(trx, helper, input.slug);
		requireOpen(role);
		authorize(helper, consultationPolicy, 'offerAsGuest', role);
		authorize(helper, consultationPolicy, 'offer', role);
		await expertQueries.insertOffer(trx, consultation.id, helper.id, message);
		const [asker] = await q.peopleForMail(trx, [consultation.asker_id]);
		if (asker) {
			const locale = asLocale(asker.locale);
			await insertMail(trx, {
				to: asker.email,
				subject: m.consultations_mail_offer_subject({ title: consultation.title }, { locale }),
				text: m.consultations_mail_offer_text(
					{
						name: asker.name,
						helper: helper.name,
						title: consultation.title,
						message,
						url: `${deps.origin}/${locale}/consultations/${consultation.slug}`
					},
					{ locale }
				)
			});
		}
	});
}

export async function withdrawOffer(actor: MaybeActor, input: { slug: string }, { db }: Deps): Promise<void> {
	const helper = member(actor);
	await db.transaction().execute(async (trx) => {
		const { consultation, role } = await locked(trx, helper, input.slug);
		requireOpen(role);
		authorize(helper, consultationPolicy, 'withdrawOffer', role);
		await expertQueries.deleteOffer(trx, consultation.id, helper.id);
	});
}

/** The asker withdraws a request nobody has been scheduled for yet. */
export async function withdrawConsultation(actor: MaybeActor, input: { slug: string }, { db }: Deps): Promise<void> {
	const asker = member(actor);
	await db.transaction().execute(async (trx) => {
		const { consultation, role } = await locked(trx, asker, input.slug);
		authorize(asker, consultationPolicy, 'actAsAsker', role);
		requireOpen(role);
		await q.setStatus(trx, consultation.id, 'withdrawn');
		await insertAudit(trx, { actorId: asker.id, action: 'consultation.withdraw', subjectType: 'consultation', subjectId: consultation.id });
	});
}

/** The asker invites a suggested person by mail to look at the request; once per person. */
export async function inviteExpert(actor: MaybeActor, input: { slug: string; values: unknown }, deps: Deps): Promise<{ name: string }> {
	const asker = member(actor);
	const { person_id: personId } = validate(inviteSchema, input.values);
	return deps.db.transaction().execute(async (trx) => {
		const { consultation, role } = await locked(trx, asker, input.slug);
		authorize(asker, consultationPolicy, 'actAsAsker', role);
		requireOpen(role);
		if (!(await expertQueries.isSuggestable(trx, asker, consultation.id, consultation.asker_id, personId)))
			throw invalid({ person_id: { key: 'consultations_error_not_suggested' } });
		if ((await expertQueries.invitedPeople(trx, consultation.id)).has(personId)) throw conflict('consultations_error_already_invited');
		const [invitee] = await q.peopleForMail(trx, [personId]);
		const locale = asLocale(invitee.locale);
		await insertMail(trx, {
			to: invitee.email,
			subject: m.consultations_mail_invite_subject({}, { locale }),
			text: m.consultations_mail_invite_text(
				{
					name: invitee.name,
					asker: asker.name,
					title: consultation.title,
					url: `${deps.origin}/${locale}/consultations/${consultation.slug}`
				},
				{ locale }
			)
		});
		await insertAudit(trx, {
			actorId: asker.id,
			action: 'consultation.invite',
			subjectType: 'consultation',
			subjectId: consultation.id,
			details: { personId }
		});
		return { name: invitee.name };
	});
}
