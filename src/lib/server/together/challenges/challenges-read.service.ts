/**
 * Reading challenges: the filtered list, a city's or an area's few, one challenge's page with
 * its answers and the cities facing it, and the asker's own open ones for the consultation form.
 */
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import type { Deps } from '../../platform/core';
import type { MaybeActor } from '../../platform/auth';
import { listAreas } from '../../knowledge/areas';
import { countFollowers, isFollowing } from '../../notify/follows';
import { renderEuropeMap, type MapMarker } from '../../directory/map';
import { challengePolicy } from './challenges.policy';
import * as q from './challenges.queries';
import * as responses from './challenge-responses.queries';
import { answerViews, faceChoices, facingViews, practiceChoices, speakableCityIds } from './challenge-answers.service';
import { dateOf, visibleChallenge } from './challenge-common';
import {
	challengeFiltersSchema,
	type ChallengeDetails,
	type ChallengeList,
	type ChallengeSummary,
	type Choice
} from './challenges.schemas';
import { sortCollator } from '$lib/intl';
import { cityName, countryName, renderMarkdown } from '../../shared';

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
