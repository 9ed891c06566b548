import { z } from 'zod';
import type { Locale } from '$lib/paraglide/runtime';
import { notFound, type Deps } from '../../platform/core';
import type { MaybeActor } from '../../platform/auth';
import { canSee } from '../../directory/people';
import { countPractices, listPractices } from '../transfers';
import { toPracticeListItem, type CityRef, type PracticeListItem } from '../transfers';
import * as q from './area-pages.queries';
import { cityName, countryName } from '../../shared';

export const AREA_PRACTICES_PAGE_SIZE = 20;
export const AREA_PEOPLE_PAGE_SIZE = 30;

export interface AreaSummary {
	key: string;
	name: string;
	practices: number;
	people: number;
}

export interface AreaPage {
	key: string;
	name: string;
	practices: { items: PracticeListItem[]; total: number; page: number; pages: number };
	people: { items: { handle: string; name: string; city: CityRef | null }[]; total: number; page: number; pages: number };
}

/** Page numbers come from links anyone can edit: nonsense means the first page, not an error. */
const pageNumber = z.coerce.number().int().min(1).max(100_000).catch(1);

const paging = (total: number, size: number, asked: unknown) => {
	const pages = Math.max(1, Math.ceil(total / size));
	const page = Math.min(pageNumber.parse(asked ?? 1), pages);
	return { pages, page, offset: (page - 1) * size };
};

/** Every thematic area with the number of practices and people in it that the viewer may see. */
export async function listAreaPages(actor: MaybeActor, input: { locale: Locale }, { db }: Deps): Promise<AreaSummary[]> {
	const rows = await q.listAreasWithCounts(db, actor, input.locale);
	return rows.map((row) => ({ key: row.key, name: row.name, practices: Number(row.practices ?? 0), people: Number(row.people ?? 0) }));
}

/**
 * One area: its name in the page language, its practices the viewer may see (title in the
 * reader's language or the original) and the people who made this expertise visible to the
 * viewer; each list paged on its own. Unknown key: not found.
 */
export async function getAreaPage(
	actor: MaybeActor,
	input: { key: string; locale: Locale; practicesPage?: unknown; peoplePage?: unknown },
	{ db }: Deps
): Promise<AreaPage> {
	const { locale } = input;
	const area = await q.findArea(db, input.key, locale);
	if (!area) throw notFound();
	const [practicesTotal, peopleTotal] = await Promise.all([
		countPractices(db, actor, { areaId: area.id }),
		q.countAreaPeople(db, actor, area.id)
	]);
	const pp = paging(practicesTotal, AREA_PRACTICES_PAGE_SIZE, input.practicesPage);
	const pe = paging(peopleTotal, AREA_PEOPLE_PAGE_SIZE, input.peoplePage);
	const [practices, people] = await Promise.all([
		practicesTotal ? listPractices(db, actor, { areaId: area.id }, locale, AREA_PRACTICES_PAGE_SIZE, pp.offset) : [],
		peopleTotal ? q.listAreaPeople(db, actor, area.id, AREA_PEOPLE_PAGE_SIZE, pe.offset) : []
	]);
	return {
		key: area.key,
		name: area.name,
		practices: { items: practices.map((row) => toPracticeListItem(row, locale)), total: practicesTotal, page: pp.page, pages: pp.pages },
		people: {
			// The query already applied the rules; canSee is the second lock on each field shown.
			items: people
				.filter((p) => canSee(actor, p, 'areas'))
				.map((p) => ({
					handle: p.handle,
					name: p.name,
					city:
						p.city_slug && p.city_name && p.country_code && canSee(actor, p, 'city')
							? {
									slug: p.city_slug,
									name: cityName({ name: p.city_name, name_en: p.city_name_en }, locale),
									countryCode: p.country_code,
									countryName: countryName(p.country_code, locale)
								}
							: null
				})),
			total: peopleTotal,
			page: pe.page,
			pages: pe.pages
		}
	};
}
