/** Dates on the home page, written the way the page's language writes them. */
import { dateFormat, numberFormat } from '$lib/intl';
export function formatDate(date: Date | string, locale: string): string {
	return dateFormat(locale, { dateStyle: 'long' }).format(new Date(date));
}

export function formatNumber(value: number, locale: string): string {
	return numberFormat(locale).format(value);
}
