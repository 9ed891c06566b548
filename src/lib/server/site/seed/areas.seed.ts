import type { Deps } from '../../platform/core';

/** The thematic (priority) areas from DESIGN.md, in Polish and English. */
export const DEMO_AREAS: { key: string; pl: string; en: string }[] = [
	{ key: 'brownfield-reuse', pl: 'Ponowne wykorzystanie terenów poprzemysłowych', en: 'Brownfield reuse' },
	{ key: 'economic-diversification', pl: 'Dywersyfikacja gospodarki', en: 'Economic diversification' },
	{ key: 'social-inclusion', pl: 'Włączenie społeczne', en: 'Social inclusion' },
	{ key: 'culture-identity', pl: 'Kultura i tożsamość', en: 'Culture and identity' },
	{ key: 'demography', pl: 'Demografia', en: 'Demography' },
	{ key: 'energy-transition', pl: 'Transformacja energetyczna', en: 'Energy transition' },
	{ key: 'housing', pl: 'Mieszkalnictwo', en: 'Housing' },
	{ key: 'mobility', pl: 'Mobilność', en: 'Mobility' },
	{ key: 'participation', pl: 'Partycypacja', en: 'Participation' }
];

export async function seedAreas({ db }: Deps): Promise<void> {
	for (const [position, area] of DEMO_AREAS.entries()) {
		const { id } = await db.insertInto('areas').values({ key: area.key, position }).returning('id').executeTakeFirstOrThrow();
		await db
			.insertInto('area_names')
			.values([
				{ area_id: id, locale: 'pl', name: area.pl },
				{ area_id: id, locale: 'en', name: area.en }
			])
			.execute();
	}
}
