import { baseLocale, isLocale, locales, type Locale } from '$lib/paraglide/runtime';

export const LOCALE_COOKIE = 'hf_lang';

/** The language named by the first path segment (/pl/..., /en/...), if any. */
export function localeFromPath(pathname: string): Locale | undefined {
	const first = pathname.split('/')[1];
	return first && isLocale(first) ? first : undefined;
}

/** For an address without a language: the cookie, then Accept-Language, then Polish. */
export function preferredLocale(cookie: string | undefined, acceptLanguage: string | null): Locale {
	if (cookie && isLocale(cookie)) return cookie;
	const ranked = (acceptLanguage ?? '')
		.split(',')
		.map((part) => {
			const [tag, ...params] = part.trim().split(';');
			const q = params.find((p) => p.trim().startsWith('q='));
			return { lang: tag.trim().slice(0, 2).toLowerCase(), q: q ? Number(q.trim().slice(2)) || 0 : 1 };
		})
		.filter((entry) => entry.q > 0)
		.sort((a, b) => b.q - a.q);
	for (const { lang } of ranked) if (isLocale(lang)) return lang;
	return baseLocale;
}

/** A locale stored with a person (or sent by a client) as one the site speaks; else Polish, the default. */
export function asLocale(value: string | null | undefined): Locale {
	return value && isLocale(value) ? value : baseLocale;
}

/** The same page in another language. */
export function switchLocalePath(pathname: string, to: Locale): string {
	const rest = localeFromPath(pathname) ? pathname.split('/').slice(2).join('/') : pathname.slice(1);
	return `/${to}${rest ? `/${rest}` : ''}`;
}

export { locales };
