import { linkTargets } from '../../shared';

/**
 * Whether a text contains a link or a web or e-mail address: whatever the Markdown renderer
 * would turn into a link (linkTargets: [text](target), <autolinks>, reference links, bare e-mail
 * addresses, in any scheme it lets through, mailto: included), and what reads as an address even
 * unlinked: http(s)://, ftp://, mailto:, www., any [text](target), or a bare domain
 * (example.com/path, example.pl). Bare domains need a slash after them or a common top-level
 * domain written in lower case, so ordinary sentences ("np. tak", "koniec.Dalej", "v2.5") do
 * not count as links.
 */
const SCHEME = /\b(?:(?:https?|ftp):\/\/|mailto:)/i;
const WWW = /(?:^|[^\p{L}\p{N}.-])www\.[\p{L}\p{N}-]+/iu;
const MARKDOWN = /\]\(\s*[^)\s]+/;
const DOMAIN_WITH_PATH = /(?:^|[^\p{L}\p{N}.@-])(?:[\p{L}\p{N}-]+\.)+[a-z]{2,24}\/[^\s]*/u;
const COMMON_TLDS = [
	'com',
	'net',
	'org',
	'info',
	'biz',
	'pl',
	'eu',
	'de',
	'uk',
	'fr',
	'es',
	'it',
	'nl',
	'be',
	'cz',
	'sk',
	'ua',
	'ru',
	'at',
	'ch',
	'se',
	'no',
	'dk',
	'fi',
	'ro',
	'hu',
	'lt',
	'lv',
	'ee',
	'us',
	'io',
	'co',
	'me',
	'ly',
	'gl',
	'cc',
	'tv',
	'xyz',
	'online',
	'site',
	'top',
	'app',
	'dev',
	'shop',
	'club'
];
const BARE_DOMAIN = new RegExp(`(?:^|[^\\p{L}\\p{N}.@-])(?:[\\p{L}\\p{N}-]+\\.)+(?:${COMMON_TLDS.join('|')})(?![\\p{L}\\p{N}-])`, 'u');

export function containsLink(text: string): boolean {
	return [SCHEME, WWW, MARKDOWN, DOMAIN_WITH_PATH, BARE_DOMAIN].some((pattern) => pattern.test(text)) || linkTargets(text).length > 0;
}
