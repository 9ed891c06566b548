export { LOCALE_COOKIE, asLocale, localeFromPath, preferredLocale } from './locale';
export { translate } from './translate';
