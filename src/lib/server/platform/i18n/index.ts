export { LOCALE_COOKIE, localeFromPath, preferredLocale } from './locale';
export { translate } from './translate';
