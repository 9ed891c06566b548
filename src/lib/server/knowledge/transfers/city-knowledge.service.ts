import type { Locale } from '$lib/paraglide/runtime';
import type { Deps } from '../../platform/core';
import type { MaybeActor } from '../../platform/auth';
import { countPractices, listPractices } from './practice-lists.sql';
import { listTransfers } from './transfers.queries';
import { toPracticeListItem } from './practice-list-item';
import { toTransferSummary } from './transfers.service';
import type { CityKnowledge } from './transfers.schemas';

/** How many of a city's practices its page lists; the practice list has them all. */
export const CITY_PRACTICES_SHOWN = 20;

/**
 * What a city brings to the knowledge base, for its page: its own practices, the practices it
 * took from other cities and those others took from it. Only practices the viewer may see, and
 * so only their transfers, appear. Public: the city page is.
 */
export async function getCityKnowledge(
	actor: MaybeActor,
	input: { cityId: number; locale: Locale },
	{ db }: Pick<Deps, 'db'>
): Promise<CityKnowledge> {
	const { cityId, locale } = input;
	const [total, practices, took, gave] = await Promise.all([
		countPractices(db, actor, { cityId }),
		listPractices(db, actor, { cityId }, locale, CITY_PRACTICES_SHOWN, 0),
		listTransfers(db, actor, { intoCityId: cityId }, locale),
		listTransfers(db, actor, { fromCityId: cityId }, locale)
	]);
	return {
		cityId,
		practices: practices.map((row) => toPracticeListItem(row, locale)),
		practicesTotal: total,
		took: took.map((row) => toTransferSummary(row, locale)),
		gave: gave.map((row) => toTransferSummary(row, locale))
	};
}
