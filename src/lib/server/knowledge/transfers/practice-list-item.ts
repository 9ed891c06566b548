import type { PracticeListRow } from './practice-lists.sql';
import type { PracticeListItem } from './transfers.schemas';
import { cityName, countryName } from '../../shared';

export function toPracticeListItem(row: PracticeListRow, locale: string): PracticeListItem {
	return {
		slug: row.slug,
		title: row.title?.title ?? row.slug,
		titleLang: row.title?.lang ?? 'und',
		status: row.status,
		city: {
			slug: row.city_slug,
			name: cityName({ name: row.city_name, name_en: row.city_name_en }, locale),
			countryCode: row.country_code,
			countryName: countryName(row.country_code, locale)
		}
	};
}
