/** Dates on the home page, written the way the page's language writes them. */
export function formatDate(date: Date | string, locale: string): string {
	return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(date));
}

export function formatNumber(value: number, locale: string): string {
	return new Intl.NumberFormat(locale).format(value);
}
