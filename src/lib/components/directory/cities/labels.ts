/** Translated labels for the cities domain's fixed values (industries, sizes, organisation types). */
import { m } from '$lib/paraglide/messages';
import { numberFormat } from '$lib/intl';

type Message = () => string;

const INDUSTRY_LABELS: Record<string, Message> = {
	coal_mining: m.cities_industry_coal_mining,
	steel: m.cities_industry_steel,
	textiles: m.cities_industry_textiles,
	shipbuilding: m.cities_industry_shipbuilding,
	chemicals: m.cities_industry_chemicals,
	glass_ceramics: m.cities_industry_glass_ceramics,
	other: m.cities_industry_other
};

const SIZE_LABELS: Record<string, Message> = {
	under_20k: m.cities_size_under_20k,
	'20k_50k': m.cities_size_20k_50k,
	'50k_100k': m.cities_size_50k_100k,
	'100k_250k': m.cities_size_100k_250k,
	'250k_1m': m.cities_size_250k_1m,
	over_1m: m.cities_size_over_1m
};

const ORG_TYPE_LABELS: Record<string, Message> = {
	local_government: m.cities_org_type_local_government,
	ngo: m.cities_org_type_ngo,
	public_institution: m.cities_org_type_public_institution,
	informal_group: m.cities_org_type_informal_group,
	research: m.cities_org_type_research,
	business: m.cities_org_type_business
};

export const industryLabel = (key: string) => INDUSTRY_LABELS[key]?.() ?? key;
export const organisationTypeLabel = (key: string) => ORG_TYPE_LABELS[key]?.() ?? key;

export const industryOptions = () => Object.keys(INDUSTRY_LABELS).map((value) => ({ value, label: industryLabel(value) }));
export const sizeOptions = () => Object.entries(SIZE_LABELS).map(([value, label]) => ({ value, label: label() }));

/** A whole number in the page's language: "127 431" in Polish, "127,431" in English. */
export const formatNumber = (value: number, locale: string) => numberFormat(locale).format(value);
