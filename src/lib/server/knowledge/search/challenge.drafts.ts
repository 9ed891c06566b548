/**
 * The search document of a challenge: found at its visibility (members-only ones by members
 * only), placed in its own city; the cities facing it too and its areas find it as well. A
 * challenge hidden by the moderators gives no document. Its language is not recorded, so it is
 * analysed as Polish and English. The status (open or solved) is shown on the hit.
 */
import { sizeBand, plainText } from './tsvector';
import { EMPTY, countryNames, yearOf, type Draft } from './search.drafts';
import type { ChallengeSource } from './challenge-index.queries';

const lines = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join('\n');

export function challengeDraft(challenge: ChallengeSource): Draft | null {
	if (challenge.hidden_at) return null;
	const body = [plainText(challenge.description), plainText(challenge.tried)].filter(Boolean).join('\n\n');
	return {
		doc: {
			...EMPTY,
			type: 'challenge',
			source_id: challenge.id,
			key: challenge.slug,
			visibility: challenge.visibility,
			title: challenge.title,
			body,
			city_id: challenge.city_id,
			city_name: challenge.city_name,
			country_code: challenge.country_code,
			industries: challenge.industries ?? [],
			population: challenge.population,
			size_band: sizeBand(challenge.population),
			area_ids: challenge.area_ids,
			org_types: challenge.organisation_type ? [challenge.organisation_type] : [],
			status: challenge.status,
			year: yearOf(challenge.created_at),
			published_at: challenge.created_at,
			source_updated_at: challenge.updated_at
		},
		sections: [
			{ text: challenge.title, weight: 'A', language: null },
			{ text: body, weight: 'B', language: null },
			{
				text: lines(
					challenge.city_name,
					challenge.city_name_en,
					countryNames(challenge.country_code),
					challenge.organisation_name,
					...challenge.facing_names,
					...challenge.area_names
				),
				weight: 'C',
				language: null
			}
		]
	};
}
