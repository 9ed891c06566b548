/**
 * Challenges: a problem a city faces, posted by a member for the network to answer. This file
 * posts and edits them and marks them solved; lists and a challenge's page are in
 * challenges-read.service.ts, answers, helpful marks and "we face this too" in
 * challenge-answers.service.ts.
 */
import type { Locale } from '$lib/paraglide/runtime';
import { checkVersion, editVersion, invalid, notFound, validate, type Deps } from '../../platform/core';
import { authorize, type Actor, type MaybeActor } from '../../platform/auth';
import { listAreas } from '../../knowledge/areas';
import { insertFollow } from '../../notify/follows';
import { recordActivity } from '../../notify/notifications';
import { assertMayPost } from '../moderation';
import { listCityChoices } from '../../directory/cities';
import { reindexChallenge } from '../../knowledge/search';
import { insertAudit } from '../../platform/audit';
import { challengePolicy } from './challenges.policy';
import * as q from './challenges.queries';
import * as responses from './challenge-responses.queries';
import { visibleChallenge } from './challenge-common';
import { challengeSchema, statusSchema, type ChallengeFormView, type ChallengeInput, type Choice } from './challenges.schemas';
import { cityName, countryName, newSlugCandidates } from '../../shared';

/** Cities the actor may post for: their own and their organisations' (coordinators: any). */
async function cityChoices(actor: Actor, locale: Locale, db: Deps['db']) {
	const { own, organisations } = await q.citiesOfPerson(db, actor.id);
	const cities = new Map<number, { id: number; name: string; name_en: string | null; country_code: string }>();
	if (own) cities.set(own.id, own);
	for (const o of organisations) cities.set(o.id, o);
	if (challengePolicy.actForNetwork(actor)) for (const c of await listCityChoices(db)) cities.set(c.id, c);
	return {
		own,
		cities: [...cities.values()].map((c) => ({
			value: String(c.id),
			label: `${cityName(c, locale)} (${countryName(c.country_code, locale)})`
		})),
		organisations: organisations.map((o) => ({ value: String(o.organisation_id), label: o.organisation_name, cityId: o.id }))
	};
}

async function formOptions(actor: Actor, locale: Locale, db: Deps['db']) {
	const [choices, areas] = await Promise.all([cityChoices(actor, locale, db), listAreas(db, locale)]);
	return {
		own: choices.own,
		firstOrganisationCity: choices.organisations[0]?.cityId ?? null,
		view: {
			cities: choices.cities,
			organisations: choices.organisations.map(({ value, label }) => ({ value, label })),
			areas: areas.map((a) => ({ value: String(a.id), label: a.name }))
		}
	};
}

/** A stored challenge as the values of its form. */
async function challengeFormValues(db: Deps['db'], challenge: q.ChallengeRow) {
	const areas = await q.listChallengeAreas(db, [challenge.id], 'en');
	return {
		title: challenge.title,
		description: challenge.description,
		tried: challenge.tried,
		city_id: String(challenge.city_id),
		organisation_id: challenge.organisation_id ? String(challenge.organisation_id) : '',
		visibility: challenge.visibility,
		areas: areas.map((a) => String(a.id)),
		help_wanted: challenge.help_wanted
	};
}

/** The empty form; the city defaults to the member's own (or their organisation's). */
export async function getNewChallengeForm(actor: MaybeActor, input: { locale: Locale }, { db }: Deps): Promise<ChallengeFormView> {
	authorize(actor, challengePolicy, 'post');
	const { own, firstOrganisationCity, view } = await formOptions(actor, input.locale, db);
	const city = own?.id ?? firstOrganisationCity;
	return {
		values: {
			city_id: city ? String(city) : '',
			organisation_id: view.organisations.length === 1 ? view.organisations[0].value : '',
			visibility: 'public',
			areas: [],
			help_wanted: []
		},
		...view
	};
}

export async function getEditChallengeForm(
	actor: MaybeActor,
	input: { slug: string; locale: Locale },
	{ db }: Deps
): Promise<ChallengeFormView & { slug: string; title: string }> {
	authorize(actor, challengePolicy, 'signedIn');
	const challenge = await visibleChallenge(actor, input.slug, db);
	authorize(actor, challengePolicy, 'edit', challenge);
	const [{ view }, values] = await Promise.all([formOptions(actor, input.locale, db), challengeFormValues(db, challenge)]);
	const keep = (choices: Choice[], value: number | null, label: string) =>
		value === null || choices.some((c) => c.value === String(value)) ? choices : [{ value: String(value), label }, ...choices];
	return {
		slug: challenge.slug,
		title: challenge.title,
		values,
		version: editVersion(challenge.version, values),
		...view,
		cities: keep(view.cities, challenge.city_id, cityName({ name: challenge.city_name, name_en: challenge.city_name_en }, input.locale)),
		organisations: keep(view.organisations, challenge.organisation_id, challenge.organisation_name ?? '')
	};
}

/**
 * The city must be one the actor may speak for (their own, an organisation's; coordinators any),
 * the organisation one of theirs; what a challenge had already may stay when it is edited.
 */
async function checkChoices(
	actor: Actor,
	input: ChallengeInput,
	db: Deps['db'],
	existing?: { city_id: number; organisation_id: number | null }
) {
	const { own, organisations } = await q.citiesOfPerson(db, actor.id);
	const allowedCities = new Set([...(own ? [own.id] : []), ...organisations.map((o) => o.id), ...(existing ? [existing.city_id] : [])]);
	const errors: Record<string, { key: string }> = {};
	if (!allowedCities.has(input.city_id) && !(challengePolicy.actForNetwork(actor) && (await q.findCityRow(db, input.city_id))))
		errors.city_id = { key: 'challenges_error_city' };
	if (
		input.organisation_id !== null &&
		input.organisation_id !== existing?.organisation_id &&
		!organisations.some((o) => o.organisation_id === input.organisation_id)
	)
		errors.organisation_id = { key: 'error_invalid_choice' };
	const known = await q.existingAreaIds(db, input.areas);
	if (known.length !== input.areas.length) errors.areas = { key: 'error_invalid_choice' };
	if (Object.keys(errors).length) throw invalid(errors);
}

const fieldsOf = (input: ChallengeInput): q.ChallengeFields => ({
	title: input.title,
	description: input.description,
	tried: input.tried,
	city_id: input.city_id,
	organisation_id: input.organisation_id,
	help_wanted: input.help_wanted,
	visibility: input.visibility
});

const textOf = (input: ChallengeInput) => [input.title, input.description, input.tried].join('\n');

/** A member posts a challenge; they follow it, and followers of its city and areas hear of it. */
export async function createChallenge(actor: MaybeActor, input: { values: unknown }, { db }: Deps): Promise<{ slug: string; id: number }> {
	authorize(actor, challengePolicy, 'post');
	const values = validate(challengeSchema, input.values);
	await checkChoices(actor, values, db);
	return db.transaction().execute(async (trx) => {
		await assertMayPost(trx, actor, textOf(values), 'description');
		let slug = '';
		for (const candidate of newSlugCandidates(values.title, 'challenge')) {
			if (!(await q.slugTaken(trx, candidate))) {
				slug = candidate;
				break;
			}
		}
		const created = await q.insertChallenge(trx, { ...fieldsOf(values), slug, author_id: actor.id });
		await q.setChallengeAreas(trx, created.id, values.areas);
		await insertFollow(trx, actor.id, { type: 'challenge', id: created.id });
		await recordActivity(trx, {
			kind: 'challenge_posted',
			actorId: actor.id,
			subjectType: 'challenge',
			subjectId: created.id,
			contextType: 'challenge',
			contextId: created.id,
			related: [{ type: 'city', id: values.city_id }, ...values.areas.map((id) => ({ type: 'area' as const, id }))],
			payload: { title: values.title }
		});
		await reindexChallenge(trx, created.id);
		return created;
	});
}

/** The author or a coordinator corrects the challenge. */
export async function updateChallenge(
	actor: MaybeActor,
	input: { slug: string; values: unknown },
	{ db }: Deps
): Promise<{ slug: string }> {
	authorize(actor, challengePolicy, 'signedIn');
	const existing = await visibleChallenge(actor, input.slug, db);
	authorize(actor, challengePolicy, 'edit', existing);
	const values = validate(challengeSchema, input.values);
	await checkChoices(actor, values, db, existing);
	await db.transaction().execute(async (trx) => {
		const locked = await q.lockChallenge(trx, existing.id);
		if (!locked) throw notFound();
		await checkVersion({
			input: input.values,
			current: locked.version,
			theirs: async () => {
				const now = await q.findChallengeById(trx, existing.id, actor);
				if (!now) throw notFound();
				return challengeFormValues(trx, now);
			}
		});
		await assertMayPost(trx, actor, textOf(values), 'description');
		await q.updateChallenge(trx, existing.id, fieldsOf(values));
		await q.setChallengeAreas(trx, existing.id, values.areas);
		// The challenge's own city cannot also be one that "faces it too".
		await responses.deleteFacing(trx, existing.id, values.city_id);
		if (existing.author_id !== actor.id)
			await insertAudit(trx, { actorId: actor.id, action: 'challenge.edit', subjectType: 'challenge', subjectId: existing.id });
		await reindexChallenge(trx, existing.id);
	});
	return { slug: existing.slug };
}

/**
 * The author (or a coordinator) marks the challenge solved, or open again. Marking it solved
 * tells its followers; marking what it already is changes nothing.
 */
export async function setChallengeStatus(
	actor: MaybeActor,
	input: { slug: string; values: unknown },
	{ db }: Deps
): Promise<{ status: 'open' | 'solved' }> {
	authorize(actor, challengePolicy, 'signedIn');
	const challenge = await visibleChallenge(actor, input.slug, db);
	authorize(actor, challengePolicy, 'changeStatus', challenge);
	const { status } = validate(statusSchema, input.values);
	await db.transaction().execute(async (trx) => {
		const changed = await q.setStatus(trx, challenge.id, status);
		if (!changed) return;
		if (status === 'solved')
			await recordActivity(trx, {
				kind: 'challenge_solved',
				actorId: actor.id,
				subjectType: 'challenge',
				subjectId: challenge.id,
				contextType: 'challenge',
				contextId: challenge.id,
				payload: { title: challenge.title }
			});
		if (challenge.author_id !== actor.id)
			await insertAudit(trx, { actorId: actor.id, action: `challenge.${status}`, subjectType: 'challenge', subjectId: challenge.id });
		await reindexChallenge(trx, challenge.id);
	});
	return { status };
}
