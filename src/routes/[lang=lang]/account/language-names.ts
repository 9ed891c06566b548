import { m } from '$lib/paraglide/messages';

/** Names of the languages a person may speak, in the page's language. */
export const languageNames: Record<string, () => string> = {
	pl: m.account_language_name_pl,
	en: m.account_language_name_en,
	de: m.account_language_name_de,
	cs: m.account_language_name_cs,
	sk: m.account_language_name_sk,
	fr: m.account_language_name_fr,
	nl: m.account_language_name_nl,
	it: m.account_language_name_it,
	es: m.account_language_name_es,
	uk: m.account_language_name_uk,
	ro: m.account_language_name_ro,
	hu: m.account_language_name_hu,
	lt: m.account_language_name_lt,
	sl: m.account_language_name_sl,
	hr: m.account_language_name_hr,
	pt: m.account_language_name_pt
};
