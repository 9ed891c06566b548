/**
 * Challenges: a problem a city faces, posted by a member for the network to answer. This file
 * lists, shows, posts and edits them and marks them solved; answers, helpful marks and "we face
 * this too" are in challenge-answers.service.ts.
 */
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { invalid, validate, type Deps } from '../../platform/core';
import { authorize, type Actor, type MaybeActor } from '../../platform/auth';
import { listAreas } from '../../knowledge/areas';
import { countFollowers, insertFollow, isFollowing } from '../../notify/follows';
import { recordActivity } from '../../notify/notifications';
import { assertMayPost } from '../moderation';
import { renderEuropeMap, type MapMarker } from '../../directory/map';
import { listCityChoices } from '../../directory/cities';
import { reindexChallenge } from '../../knowledge/search';
import { insertAudit } from '../../platform/audit';
import { challengePolicy } from './challenges.policy';
import * as q from './challenges.queries';
import * as responses from './challenge-responses.queries';
import { answerViews, faceChoices, facingViews, practiceChoices, speakableCityIds } from './challenge-answers.service';
import { dateOf, visibleChallenge } from './challenge-common';

export { visibleChallenge };
import {
	challengeFiltersSchema,
	challengeSchema,
	statusSchema,
	type ChallengeDetails,
	type ChallengeFormView,
	type ChallengeInput,
	type ChallengeList,
	type ChallengeSummary,
	type Choice
} from './challenges.schemas';
import { sortCollator } from '$lib/intl';
import { cityName, countryName, renderMarkdown, slugCandidates, slugify } from '../../shared';

export const CHALLENGES_PAGE_SIZE = 20;

type AreaRow = Awaited<ReturnType<typeof q.listChallengeAreas>>[number];
type SummaryRow = Pick<
	q.ChallengeListRow,
	| 'id'
	| 'slug'
	| 'title'
	| 'status'
	| 'visibility'
	| 'hidden_at'
	| 'solved_at'
	| 'created_at'
	| 'city_slug'
	| 'city_name'
	| 'city_name_en'
	| 'country_code'
	| 'help_wanted'
	| 'answer_count'
	| 'facing_count'
>;

function toSummary(row: SummaryRow, areas: AreaRow[], locale: string): ChallengeSummary {
	return {
		slug: row.slug,
		title: row.title,
		status: row.status,
		solvedAt: row.solved_at ? new Date(row.solved_at).toISOString() : null,
		solvedDate: row.solved_at ? dateOf(row.solved_at, locale) : null,
		createdAt: new Date(row.created_at).toISOString(),
		createdDate: dateOf(row.created_at, locale),
		city: {
			slug: row.city_slug,
			name: cityName({ name: row.city_name, name_en: row.city_name_en }, locale),
			countryName: countryName(row.country_code, locale)
		},
		areas: areas.filter((a) => a.challenge_id === row.id).map((a) => ({ key: a.key, name: a.name })),
		helpWanted: row.help_wanted as ChallengeSummary['helpWanted'],
		answers: Number(row.answer_count),
		facing: Number(row.facing_count),
		membersOnly: row.visibility === 'members',
		hidden: row.hidden_at !== null
	};
}

async function summaries(db: Deps['db'], rows: SummaryRow[], locale: string) {
	const areas = await q.listChallengeAreas(
		db,
		rows.map((r) => r.id),
		locale
	);
	return rows.map((row) => toSummary(row, areas, locale));
}

/** `/challenges`: the challenges the viewer may see, filtered, open ones first. */
export async function listChallenges(
	actor: MaybeActor,
	input: { query: URLSearchParams; locale: Locale },
	{ db }: Deps
): Promise<ChallengeList> {
	const filters = challengeFiltersSchema.parse(Object.fromEntries(input.query));
	const { rows, total } = await q.listChallenges(db, actor, {
		...filters,
		limit: CHALLENGES_PAGE_SIZE,
		offset: (filters.page - 1) * CHALLENGES_PAGE_SIZE
	});
	const [areas, countries, cities] = await Promise.all([
		listAreas(db, input.locale),
		q.listChallengeCountries(db, actor),
		q.listChallengeCities(db, actor)
	]);
	const collator = sortCollator(input.locale);
	const byLabel = (a: Choice, b: Choice) => collator.compare(a.label, b.label);
	return {
		items: await summaries(db, rows, input.locale),
		total,
		page: filters.page,
		pages: Math.max(1, Math.ceil(total / CHALLENGES_PAGE_SIZE)),
		filters,
		options: {
			areas: areas.map((a) => ({ value: a.key, label: a.name })),
			countries: countries.map((code) => ({ value: code, label: countryName(code, input.locale) })).sort(byLabel),
			cities: cities.map((c) => ({ value: c.slug, label: cityName(c, input.locale) })).sort(byLabel)
		},
		canPost: challengePolicy.post(actor)
	};
}

/**
 * Challenges of a city (its own and those it faces too; open ones first, then solved) or of an
 * area, for the city's and the area's pages: the first few, how many in all, visible ones only.
 */
export async function challengesOf(
	actor: MaybeActor,
	input: { cityId?: number; areaId?: number; openOnly?: boolean; locale: Locale; limit: number },
	{ db }: Deps
): Promise<{ items: ChallengeSummary[]; total: number }> {
	const { rows, total } = await q.listChallenges(db, actor, {
		cityId: input.cityId,
		areaId: input.areaId,
		status: input.openOnly ? 'open' : '',
		limit: input.limit,
		offset: 0
	});
	return { items: await summaries(db, rows, input.locale), total };
}

function challengeMap(challenge: q.ChallengeRow, facing: Awaited<ReturnType<typeof responses.listFacingCities>>, locale: Locale): string {
	const own = cityName({ name: challenge.city_name, name_en: challenge.city_name_en }, locale);
	const markers: MapMarker[] = [
		...facing.map((city) => ({
			href: `/${locale}/cities/${city.slug}`,
			label: m.challenges_map_marker_facing({ name: cityName(city, locale) }, { locale }),
			latitude: city.latitude,
			longitude: city.longitude,
			kind: 'member' as const
		})),
		{
			href: `/${locale}/cities/${challenge.city_slug}`,
			label: m.challenges_map_marker_own({ name: own }, { locale }),
			latitude: challenge.latitude,
			longitude: challenge.longitude,
			kind: 'highlight'
		}
	];
	return renderEuropeMap(markers);
}

/**
 * One challenge with its answers, the cities facing it (on a map and as a list), and what the
 * viewer may do. `practiceQuery` is the answer form's title search for a practice to link.
 */
export async function getChallenge(
	actor: MaybeActor,
	input: { slug: string; locale: Locale; practiceQuery?: string },
	deps: Deps
): Promise<ChallengeDetails> {
	const { db } = deps;
	const challenge = await visibleChallenge(actor, input.slug, db);
	const target = { type: 'challenge' as const, id: challenge.id };
	const mayAnswer = challengePolicy.answer(actor, challenge);
	const practiceQuery = (input.practiceQuery ?? '').replace(/\s+/g, ' ').trim().slice(0, 100);
	const [[summary], facing, answers, followers, following, faces, practices, consultations, speakable] = await Promise.all([
		summaries(db, [challenge], input.locale),
		responses.listFacingCities(db, challenge.id, actor),
		answerViews(actor, challenge, input.locale, db),
		countFollowers(target, deps),
		isFollowing(actor, target, deps),
		challengePolicy.faceToo(actor, challenge)
			? faceChoices(actor!, challenge.id, challenge.city_id, input.locale, db)
			: Promise.resolve([]),
		mayAnswer && practiceQuery ? practiceChoices(actor, practiceQuery, input.locale, db) : Promise.resolve([]),
		challengePolicy.seeConsultations(actor) ? q.listConsultationsOfChallenge(db, challenge.id) : Promise.resolve([]),
		speakableCityIds(actor, db)
	]);
	const seesReason = challengePolicy.seeHiddenReason(actor, challenge);
	return {
		...summary,
		id: challenge.id,
		descriptionHtml: renderMarkdown(challenge.description),
		triedHtml: challenge.tried ? renderMarkdown(challenge.tried) : '',
		organisation:
			challenge.organisation_slug && challenge.organisation_name
				? { slug: challenge.organisation_slug, name: challenge.organisation_name }
				: null,
		author: challenge.author_name && challenge.author_handle ? { name: challenge.author_name, handle: challenge.author_handle } : null,
		hiddenReason: seesReason ? (challenge.hidden_reason ?? '') : null,
		map: { svg: challengeMap(challenge, facing, input.locale) },
		facingCities: facingViews(actor, facing, input.locale, speakable),
		answerList: answers,
		following,
		followers,
		faceChoices: faces,
		practiceChoices: practices,
		practiceQuery,
		consultations: consultations.map((c) => ({
			slug: c.slug,
			title: c.title,
			status: c.status,
			outcomeHtml: c.outcome ? renderMarkdown(c.outcome) : ''
		})),
		can: {
			edit: challengePolicy.edit(actor, challenge),
			answer: mayAnswer,
			markHelpful: challengePolicy.markHelpful(actor, challenge),
			changeStatus: challengePolicy.changeStatus(actor, challenge),
			faceToo: challengePolicy.faceToo(actor, challenge) && faces.length > 0,
			follow: challengePolicy.follow(actor, challenge),
			report: actor !== null,
			askConsultation: challengePolicy.askConsultation(actor, challenge)
		}
	};
}

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
	const [{ view }, areas] = await Promise.all([
		formOptions(actor, input.locale, db),
		q.listChallengeAreas(db, [challenge.id], input.locale)
	]);
	const keep = (choices: Choice[], value: number | null, label: string) =>
		value === null || choices.some((c) => c.value === String(value)) ? choices : [{ value: String(value), label }, ...choices];
	return {
		slug: challenge.slug,
		title: challenge.title,
		values: {
			title: challenge.title,
			description: challenge.description,
			tried: challenge.tried,
			city_id: String(challenge.city_id),
			organisation_id: challenge.organisation_id ? String(challenge.organisation_id) : '',
			visibility: challenge.visibility,
			areas: areas.map((a) => String(a.id)),
			help_wanted: challenge.help_wanted
		},
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
		for (const candidate of slugCandidates(slugify(values.title, 'challenge'))) {
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

/** The asker's own open challenges, for the consultation form ("links a challenge if there is one"). */
export async function openChallengesOfAuthor(actor: MaybeActor, { db }: Deps): Promise<Choice[]> {
	if (!actor) return [];
	const rows = await q.listOpenChallengesOfAuthor(db, actor.id);
	return rows.map((r) => ({ value: String(r.id), label: r.title }));
}

/** Whether the challenge is the actor's own and open (the consultation form's check). */
export async function isOwnOpenChallenge(actor: MaybeActor, challengeId: number, { db }: Deps): Promise<boolean> {
	if (!actor) return false;
	const rows = await q.listOpenChallengesOfAuthor(db, actor.id);
	return rows.some((r) => r.id === challengeId);
}
