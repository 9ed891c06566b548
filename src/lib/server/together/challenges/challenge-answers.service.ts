/**
 * What members do on a challenge's page: answer it (Markdown, optionally linking a practice of
 * the knowledge base), edit or delete their answer, say "we face this too" for their city, and,
 * for the author, mark answers helpful.
 */
import type { Locale } from '$lib/paraglide/runtime';
import { conflict, invalid, notFound, validate, type Deps } from '../../platform/core';
import { authorize, type Actor, type MaybeActor } from '../../platform/auth';
import { follow, insertFollow, unfollow } from '../../notify/follows';
import { recordActivity } from '../../notify/notifications';
import { assertMayPost } from '../moderation';
import { insertAudit } from '../../platform/audit';
import { reindexChallenge } from '../../knowledge/search';
import { canEditAnswer, challengePolicy, type ChallengeRef } from './challenges.policy';
import * as q from './challenges.queries';
import * as responses from './challenge-responses.queries';
import { answerSchema, faceSchema, type AnswerView, type Choice, type FacingCity } from './challenges.schemas';
import { dateOf, visibleChallenge } from './challenge-common';
import { cityName, countryName, renderMarkdown } from '../../shared';

type ChallengeRow = ChallengeRef & { id: number; city_id: number };

/** The answers as the viewer may read them: deleted ones as a note, hidden ones for their author and coordinators. */
export async function answerViews(actor: MaybeActor, challenge: ChallengeRow, locale: Locale, db: Deps['db']): Promise<AnswerView[]> {
	const rows = await responses.listAnswers(db, challenge.id, actor);
	const readable = rows.filter((row) => challengePolicy.readAnswer(actor, row));
	const practiceIds = [...new Set(readable.flatMap((row) => (row.practice_id ? [row.practice_id] : [])))];
	const practices = new Map((await responses.visiblePractices(db, actor, practiceIds, locale)).map((p) => [p.id, p]));
	return rows.map((row) => {
		const read = challengePolicy.readAnswer(actor, row);
		const practice = read && row.practice_id ? practices.get(row.practice_id) : undefined;
		const seesReason = row.hidden_at !== null && read;
		return {
			id: row.id,
			author: row.author_name && row.author_handle ? { name: row.author_name, handle: row.author_handle } : null,
			formerMember: row.author_id === null,
			createdAt: new Date(row.created_at).toISOString(),
			createdDate: dateOf(row.created_at, locale),
			edited: row.edited_at !== null,
			deleted: row.deleted_at !== null,
			hidden: row.hidden_at !== null,
			hiddenReason: seesReason ? (row.hidden_reason ?? '') : null,
			bodyHtml: read ? renderMarkdown(row.body) : null,
			body: read && canEditAnswer(actor, row) ? row.body : null,
			helpful: row.helpful && row.deleted_at === null && row.hidden_at === null,
			practice: practice
				? {
						slug: practice.slug,
						title: practice.title?.title ?? practice.slug,
						titleLang: practice.title?.lang ?? locale,
						cityName: cityName({ name: practice.city_name, name_en: practice.city_name_en }, locale),
						countryName: countryName(practice.country_code, locale)
					}
				: null,
			canEdit: challengePolicy.editAnswer(actor, row),
			canReport: actor !== null && row.deleted_at === null && row.author_id !== actor.id
		};
	});
}

/** The cities a person speaks for: their own and their organisations'. */
async function speakableCities(actor: Actor, db: Deps['db']) {
	const { own, organisations } = await q.citiesOfPerson(db, actor.id);
	const cities = new Map<number, { id: number; name: string; name_en: string | null; country_code: string }>();
	if (own) cities.set(own.id, own);
	for (const o of organisations) cities.set(o.id, o);
	return [...cities.values()];
}

/** Cities the actor may still add to the challenge with "we face this too". */
export async function faceChoices(
	actor: Actor,
	challengeId: number,
	challengeCityId: number,
	locale: Locale,
	db: Deps['db']
): Promise<Choice[]> {
	const [cities, facing] = await Promise.all([speakableCities(actor, db), responses.listFacingCities(db, challengeId, actor)]);
	const taken = new Set([challengeCityId, ...facing.map((f) => f.city_id)]);
	return cities.filter((c) => !taken.has(c.id)).map((c) => ({ value: String(c.id), label: cityName(c, locale) }));
}

export function facingViews(
	actor: MaybeActor,
	rows: Awaited<ReturnType<typeof responses.listFacingCities>>,
	locale: Locale,
	undoable: Set<number>
): FacingCity[] {
	return rows.map((row) => ({
		slug: row.slug,
		name: cityName(row, locale),
		countryName: countryName(row.country_code, locale),
		note: row.note,
		by: row.person_name && row.person_handle ? { name: row.person_name, handle: row.person_handle } : null,
		date: dateOf(row.created_at, locale),
		canUndo: challengePolicy.undoFacing(actor, { personId: row.person_id, speaksForCity: undoable.has(row.city_id) })
	}));
}

/** The ids of the cities the actor speaks for (for the undo buttons). */
export async function speakableCityIds(actor: MaybeActor, db: Deps['db']): Promise<Set<number>> {
	if (!actor) return new Set();
	return new Set((await speakableCities(actor, db)).map((c) => c.id));
}

/** Practices the viewer may see whose title contains the words, as choices for the answer form. */
export async function practiceChoices(actor: MaybeActor, text: string, locale: Locale, db: Deps['db']): Promise<Choice[]> {
	const rows = await responses.searchPracticesByTitle(db, actor, text, locale, 20);
	return rows.map((row) => ({
		value: String(row.id),
		label: `${row.title?.title ?? row.slug} (${cityName({ name: row.city_name, name_en: row.city_name_en }, locale)})`
	}));
}

async function checkPractice(actor: MaybeActor, practiceId: number | null, locale: Locale, db: Deps['db']) {
	if (practiceId === null) return;
	const found = await responses.visiblePractices(db, actor, [practiceId], locale);
	if (found.length === 0) throw invalid({ practice_id: { key: 'challenges_error_practice' } });
}

/** A member answers; they follow the challenge from then on, and its followers hear of it. */
export async function answerChallenge(
	actor: MaybeActor,
	input: { slug: string; values: unknown; locale?: Locale },
	{ db }: Deps
): Promise<{ id: number }> {
	authorize(actor, challengePolicy, 'signedIn');
	const challenge = await visibleChallenge(actor, input.slug, db);
	authorize(actor, challengePolicy, 'answer', challenge);
	const values = validate(answerSchema, input.values);
	await checkPractice(actor, values.practice_id, input.locale ?? 'en', db);
	return db.transaction().execute(async (trx) => {
		await assertMayPost(trx, actor, values.body);
		const answer = await responses.insertAnswer(trx, {
			challenge_id: challenge.id,
			author_id: actor.id,
			body: values.body,
			practice_id: values.practice_id
		});
		await insertFollow(trx, actor.id, { type: 'challenge', id: challenge.id });
		await recordActivity(trx, {
			kind: 'challenge_answered',
			actorId: actor.id,
			subjectType: 'answer',
			subjectId: answer.id,
			contextType: 'challenge',
			contextId: challenge.id,
			payload: { title: challenge.title }
		});
		return answer;
	});
}

async function ownAnswer(actor: Actor, slug: string, answerId: number, db: Deps['db']) {
	const challenge = await visibleChallenge(actor, slug, db);
	const answer = await responses.findAnswer(db, answerId);
	if (!answer || answer.challenge_id !== challenge.id) throw notFound();
	authorize(actor, challengePolicy, 'readAnswer', answer);
	authorize(actor, challengePolicy, 'editAnswer', answer);
	return { challenge, answer };
}

/** The author corrects their answer's text (marked "edited"); the linked practice stays. */
export async function editAnswer(
	actor: MaybeActor,
	input: { slug: string; answerId: number; values: unknown },
	{ db }: Deps
): Promise<void> {
	authorize(actor, challengePolicy, 'signedIn');
	const { answer } = await ownAnswer(actor, input.slug, input.answerId, db);
	const { body } = validate(answerSchema.pick({ body: true }), input.values);
	await db.transaction().execute(async (trx) => {
		await assertMayPost(trx, actor, body);
		await responses.updateAnswer(trx, answer.id, { body, practice_id: answer.practice_id });
	});
}

/** The author deletes their answer: its text goes, a note keeps its place. */
export async function deleteAnswer(actor: MaybeActor, input: { slug: string; answerId: number }, { db }: Deps): Promise<void> {
	authorize(actor, challengePolicy, 'signedIn');
	const { answer } = await ownAnswer(actor, input.slug, input.answerId, db);
	await responses.markAnswerDeleted(db, answer.id);
}

/** The challenge's author marks an answer helpful, or takes the mark back. */
export async function markHelpful(
	actor: MaybeActor,
	input: { slug: string; answerId: number; helpful: boolean },
	{ db }: Deps
): Promise<void> {
	authorize(actor, challengePolicy, 'signedIn');
	const challenge = await visibleChallenge(actor, input.slug, db);
	authorize(actor, challengePolicy, 'markHelpful', challenge);
	const answer = await responses.findAnswer(db, input.answerId);
	if (!answer || answer.challenge_id !== challenge.id) throw notFound();
	authorize(actor, challengePolicy, 'readAnswer', answer);
	authorize(actor, challengePolicy, 'markAnswer', answer);
	await responses.setHelpful(db, answer.id, input.helpful);
}

/**
 * "We face this too": a member adds their city (or one of their organisations' cities) to the
 * challenge and its map, with an optional note. They follow the challenge; its followers hear.
 */
export async function faceToo(actor: MaybeActor, input: { slug: string; values: unknown }, { db }: Deps): Promise<{ cityId: number }> {
	authorize(actor, challengePolicy, 'signedIn');
	const challenge = await visibleChallenge(actor, input.slug, db);
	authorize(actor, challengePolicy, 'faceToo', challenge);
	const { city_id, note } = validate(faceSchema, input.values);
	if (city_id === challenge.city_id) throw conflict('challenges_error_own_city', { city_id: { key: 'challenges_error_own_city' } });
	const cities = await speakableCities(actor, db);
	const city = cities.find((c) => c.id === city_id);
	if (!city) throw invalid({ city_id: { key: 'challenges_error_city' } });
	return db.transaction().execute(async (trx) => {
		if (note) await assertMayPost(trx, actor, note, 'note');
		const added = await responses.insertFacing(trx, { challenge_id: challenge.id, city_id, person_id: actor.id, note });
		if (!added) throw conflict('challenges_error_already_facing', { city_id: { key: 'challenges_error_already_facing' } });
		await insertFollow(trx, actor.id, { type: 'challenge', id: challenge.id });
		await recordActivity(trx, {
			kind: 'challenge_joined',
			actorId: actor.id,
			subjectType: 'city',
			subjectId: city_id,
			contextType: 'challenge',
			contextId: challenge.id,
			payload: { title: challenge.title, city: city.name }
		});
		await reindexChallenge(trx, challenge.id);
		return { cityId: city_id };
	});
}

/** Takes a city off the challenge again: whoever added it, people of that city, coordinators. */
export async function undoFaceToo(actor: MaybeActor, input: { slug: string; cityId: number }, { db }: Deps): Promise<void> {
	authorize(actor, challengePolicy, 'signedIn');
	const challenge = await visibleChallenge(actor, input.slug, db);
	const row = await responses.findFacing(db, challenge.id, input.cityId);
	if (!row) throw notFound();
	const speaksForCity = (await speakableCities(actor, db)).some((c) => c.id === row.city_id);
	authorize(actor, challengePolicy, 'undoFacing', { personId: row.person_id, speaksForCity });
	await db.transaction().execute(async (trx) => {
		await responses.deleteFacing(trx, challenge.id, input.cityId);
		if (row.person_id !== actor.id && challengePolicy.actForNetwork(actor))
			await insertAudit(trx, {
				actorId: actor.id,
				action: 'challenge.unface',
				subjectType: 'challenge',
				subjectId: challenge.id,
				details: { cityId: input.cityId }
			});
		await reindexChallenge(trx, challenge.id);
	});
}

/** Follows or stops following a challenge the actor may see (the page's own form). */
export async function followChallenge(actor: MaybeActor, input: { slug: string; follow: boolean }, deps: Deps): Promise<void> {
	authorize(actor, challengePolicy, 'signedIn');
	const challenge = await visibleChallenge(actor, input.slug, deps.db);
	const target = { type: 'challenge' as const, id: challenge.id };
	if (!input.follow) return unfollow(actor, target, deps);
	authorize(actor, challengePolicy, 'follow', challenge);
	await follow(actor, target, deps);
}
